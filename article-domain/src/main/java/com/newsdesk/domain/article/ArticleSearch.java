package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.failure.Violations;
import java.util.Objects;

/**
 * Which articles a reader lists: those published within {@code published} (UTC days) and, when {@code words} is
 * given, containing those words in the headline or body (web-search syntax: quoted phrases, {@code -excluded},
 * {@code or}).
 */
public record ArticleSearch(DateRange published, String words) {

    public static final int MAX_WORDS = 200;

    public ArticleSearch {
        Objects.requireNonNull(published, "published");
        new Violations().optionalText("q", words, MAX_WORDS).throwIfAny();
        words = words == null || words.isBlank() ? null : words.strip();
    }
}
