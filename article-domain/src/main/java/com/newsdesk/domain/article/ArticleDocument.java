package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as it reads at one revision, in the form it is served: the JSON document made when the revision was
 * written, with the facts a reader's cache and access rules need beside it.
 */
public record ArticleDocument(
        ArticleId id, Slug slug, ArticleStatus status, int revision, Instant updatedAt, String json) {

    public ArticleDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(json, "json");
    }
}
