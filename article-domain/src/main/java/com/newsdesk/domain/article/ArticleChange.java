package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One committed change to a story, as the aggregate reports it: what kind of change, the revision it made, who made it
 * and when, a one-line summary for the history, the before and after of every value it changed (for readers), and
 * the edits the store must write (for the writer). A correction also carries the correction as applied.
 */
public record ArticleChange(
        ChangeKind kind,
        ArticleId articleId,
        int revision,
        String editor,
        Instant at,
        String summary,
        List<Change> changes,
        List<Edit> edits,
        AppliedCorrection correction) {

    public ArticleChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
        changes = List.copyOf(changes);
        edits = List.copyOf(edits);
        if ((kind == ChangeKind.CORRECTED) != (correction != null)) {
            throw new IllegalArgumentException("a correction, and only a correction, carries the applied correction");
        }
    }

    /** The kind the revision history shows: the correction's own kind for a correction, else this change's. */
    public String revisionKind() {
        return correction != null ? correction.kind().code() : kind.revisionKind();
    }

    public Optional<AppliedCorrection> appliedCorrection() {
        return Optional.ofNullable(correction);
    }

    public boolean rewritesWholeStory() {
        return edits.stream().anyMatch(Edit.WholeStory.class::isInstance);
    }
}
