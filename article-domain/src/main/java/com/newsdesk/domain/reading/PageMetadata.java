package com.newsdesk.domain.reading;

import java.time.LocalDate;
import java.util.List;

/**
 * What the page (or the caller) says about the story apart from its text: for an HTML page its JSON-LD, OpenGraph and
 * {@code <time>} elements; for plain text only what the caller gives. Every part may be null (or empty); the reader
 * then looks for it in the text.
 */
public record PageMetadata(
        String headline,
        String standfirst,
        List<String> bylines,
        String publisher,
        LocalDate publishedOn,
        String sourceUrl) {

    public PageMetadata {
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
    }

    public static PageMetadata none() {
        return new PageMetadata(null, null, List.of(), null, null, null);
    }

    /** This metadata, with the caller's values filling what the page did not say. */
    public PageMetadata orElse(PageMetadata caller) {
        return new PageMetadata(
                headline != null ? headline : caller.headline,
                standfirst != null ? standfirst : caller.standfirst,
                !bylines.isEmpty() ? bylines : caller.bylines,
                publisher != null ? publisher : caller.publisher,
                publishedOn != null ? publishedOn : caller.publishedOn,
                sourceUrl != null ? sourceUrl : caller.sourceUrl);
    }
}
