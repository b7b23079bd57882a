package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.List;

/** An article as a list shows it: the masthead and the first paragraph, without the body. */
public record ArticleSummary(
        ArticleId id,
        Slug slug,
        ArticleStatus status,
        String headline,
        List<Byline> bylines,
        String dateline,
        String publisher,
        /** When it was published; null for a draft or a scheduled story. */
        Instant publishedAt,
        Instant updatedAt,
        int revision,
        String lede) {

    public ArticleSummary {
        bylines = List.copyOf(bylines);
    }
}
