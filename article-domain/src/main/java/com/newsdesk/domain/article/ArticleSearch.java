package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.failure.Violations;
import java.util.Objects;

/**
 * Which articles a reader lists: those in {@code status} (published, unless the newsroom asks for its drafts),
 * published within {@code published} (UTC days) and, when {@code words} is given, containing those words in the
 * headline or body (web-search syntax: quoted phrases, {@code -excluded}, {@code or}). For drafts and scheduled
 * stories, which have no publication date yet, the date range applies to when they were last changed.
 */
public record ArticleSearch(ArticleStatus status, DateRange published, String words) {

    public static final int MAX_WORDS = 200;

    public ArticleSearch {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(published, "published");
        new Violations().optionalText("q", words, MAX_WORDS).throwIfAny();
        words = words == null || words.isBlank() ? null : words.strip();
    }

    /** The public list: published stories only. */
    public ArticleSearch(DateRange published, String words) {
        this(ArticleStatus.PUBLISHED, published, words);
    }
}
