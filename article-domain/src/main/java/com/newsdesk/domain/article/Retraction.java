package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.Objects;

/** Why and when a published story was withdrawn, and by whom: shown to readers with the story. */
public record Retraction(String note, Instant retractedAt, String editor) {

    /** The longest retraction note, in characters. */
    public static final int MAX_NOTE = Correction.MAX_NOTE;

    public Retraction {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(retractedAt, "retractedAt");
        Objects.requireNonNull(editor, "editor");
    }
}
