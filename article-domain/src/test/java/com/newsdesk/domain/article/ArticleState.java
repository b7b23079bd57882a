package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.List;

/**
 * Everything an article holds, as plain values that compare by equality: a refused correction must leave every one
 * of them exactly as it was.
 */
record ArticleState(
        ArticleId id,
        Slug slug,
        String headline,
        List<Byline> bylines,
        String dateline,
        String publisher,
        Instant publishedAt,
        Instant updatedAt,
        int revision,
        List<BodyBlock> body,
        List<Quote> quotes,
        List<TimelineEvent> timeline,
        List<CorrectionNotice> corrections) {

    static ArticleState of(Article article) {
        return new ArticleState(
                article.id(),
                article.slug(),
                article.headline(),
                List.copyOf(article.bylines()),
                article.dateline(),
                article.publisher(),
                article.publishedAt(),
                article.updatedAt(),
                article.revision(),
                article.body(),
                article.quotes(),
                article.timeline(),
                article.corrections());
    }

    /** The article these values describe; its constructor checks every invariant again. */
    Article rebuilt() {
        return new Article(
                id,
                slug,
                new Story(headline, null, bylines, dateline, publisher, body, quotes, timeline),
                Lifecycle.published(publishedAt),
                updatedAt,
                revision,
                corrections);
    }
}
