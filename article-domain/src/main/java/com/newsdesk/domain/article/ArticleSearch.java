package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.failure.Violations;
import com.newsdesk.domain.search.SearchOrder;
import java.util.Objects;

/**
 * Which articles a reader lists: those in {@code status} (published, unless the newsroom asks for its drafts),
 * published within {@code published} (UTC days), containing {@code words} in the headline, standfirst or body
 * (web-search syntax: quoted phrases, {@code -excluded}, {@code or}; accents and case do not matter), written by
 * {@code byline}, and quoting {@code speaker} (a name or an alias), in {@code order}. For drafts and scheduled stories,
 * which have no publication date yet, the date range applies to when they were last changed.
 *
 * <p>Names (byline, speaker) are compared as the store's {@code name_key} compares them: without accents, case, dots
 * or a leading "the", so "the U.N." finds the United Nations when "UN" is one of its aliases.
 */
public record ArticleSearch(
        ArticleStatus status, DateRange published, String words, String byline, String speaker, SearchOrder order) {

    public static final int MAX_WORDS = 200;
    public static final int MAX_NAME = 200;

    public ArticleSearch {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(published, "published");
        new Violations()
                .optionalText("q", words, MAX_WORDS)
                .optionalText("byline", byline, MAX_NAME)
                .optionalText("speaker", speaker, MAX_NAME)
                .throwIfAny();
        words = words == null || words.isBlank() ? null : words.strip();
        byline = byline == null || byline.isBlank() ? null : Speaker.fold(byline);
        speaker = speaker == null || speaker.isBlank() ? null : Speaker.fold(speaker);
        order = SearchOrder.resolve(order, words != null, SearchOrder.NEWEST);
    }

    public ArticleSearch(ArticleStatus status, DateRange published, String words) {
        this(status, published, words, null, null, null);
    }

    /** The public list: published stories only. */
    public ArticleSearch(DateRange published, String words) {
        this(ArticleStatus.PUBLISHED, published, words);
    }
}
