package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.Objects;

/** What names an article and says where it is in its life, without its text. */
public record ArticleHead(ArticleId id, Slug slug, ArticleStatus status, int revision, Instant updatedAt) {
    public ArticleHead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
