package com.newsdesk.domain.search;

import java.util.Objects;

/**
 * A passage of text around the words a search found, with each match marked: {@link #START} before it and
 * {@link #STOP} after it. The markers are control characters, which no stored text may contain (see
 * {@code Text.fault}), so they can never be confused with the text itself; a reader's representation (HTML) escapes
 * the text first and then turns the markers into its own.
 */
public record Snippet(String marked) {

    public static final char START = '\u0002';
    public static final char STOP = '\u0003';

    public Snippet {
        Objects.requireNonNull(marked, "marked");
    }

    /** The passage without its marks. */
    public String plain() {
        return marked.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
    }

    /** Null for null: lists carry a snippet only for word searches. */
    public static Snippet ofNullable(String marked) {
        return marked == null ? null : new Snippet(marked);
    }
}
