package com.newsdesk.domain.timeline;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.search.Snippet;
import java.util.Objects;

/** A timeline event found across articles, with the article that mentions it. */
public record TimelineEntry(
        TimelineEvent event, ArticleId articleId, Slug articleSlug, String articleHeadline, Snippet snippet) {
    public TimelineEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleSlug, "articleSlug");
        Objects.requireNonNull(articleHeadline, "articleHeadline");
    }

    /** An entry of a list that is not a word search, which has no snippet. */
    public TimelineEntry(TimelineEvent event, ArticleId articleId, Slug articleSlug, String articleHeadline) {
        this(event, articleId, articleSlug, articleHeadline, null);
    }
}
