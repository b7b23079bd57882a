package com.newsdesk.domain.article;

import com.newsdesk.domain.search.Snippet;
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
        String lede,
        /** For a word search: the passages of the headline, standfirst or body that match; else null. */
        Snippet snippet) {

    public ArticleSummary {
        bylines = List.copyOf(bylines);
    }

    public ArticleSummary(
            ArticleId id,
            Slug slug,
            ArticleStatus status,
            String headline,
            List<Byline> bylines,
            String dateline,
            String publisher,
            Instant publishedAt,
            Instant updatedAt,
            int revision,
            String lede) {
        this(id, slug, status, headline, bylines, dateline, publisher, publishedAt, updatedAt, revision, lede, null);
    }
}
