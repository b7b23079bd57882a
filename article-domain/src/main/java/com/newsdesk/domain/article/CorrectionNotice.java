package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.Objects;

/** What readers are told about a correction: its kind, the editor's note, when, and the revision it produced. */
public record CorrectionNotice(CorrectionId id, CorrectionKind kind, String note, Instant correctedAt, int revision) {
    public CorrectionNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(correctedAt, "correctedAt");
        if (!kind.isPublic()) {
            throw new IllegalArgumentException("a " + kind.code() + " has no public notice");
        }
    }
}
