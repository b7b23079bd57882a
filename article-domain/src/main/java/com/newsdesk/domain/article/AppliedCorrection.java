package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a correction did: the revision it produced, the request, who made it and when, and every value it changed (the
 * target, and any quote or event phrase inside the changed text that moved with it).
 */
public record AppliedCorrection(
        CorrectionId id,
        ArticleId articleId,
        int revision,
        Correction request,
        String editor,
        Instant correctedAt,
        List<Change> changes) {

    public AppliedCorrection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(correctedAt, "correctedAt");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a correction changes something");
        }
    }

    public CorrectionKind kind() {
        return request.kind();
    }

    /** The public notice readers see; none for a typo. */
    public Optional<CorrectionNotice> notice() {
        return kind().isPublic()
                ? Optional.of(new CorrectionNotice(id, kind(), request.note(), correctedAt, revision))
                : Optional.empty();
    }

    /** A one-line account for the revision history: the note, or for a silent fix what it changed. */
    public String summary() {
        if (request.note() != null && !request.note().isBlank()) {
            return request.note();
        }
        TextEdit edit = request.edit();
        String what = edit != null ? "“" + edit.find() + "” → “" + edit.replace() + "”" : "new dates";
        return capitalized(kind().code()) + " in " + request.target().path() + ": " + what;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
