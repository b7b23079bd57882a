package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.Objects;

/**
 * The publication state of an article: its status and the facts that go with it. A draft has none of the dates; a
 * scheduled story has the instant it will be published and who set it; a published story has its publication time;
 * a retracted one also its retraction.
 */
public record Lifecycle(
        ArticleStatus status, Instant publishedAt, Instant publishAt, String scheduledBy, Retraction retraction) {

    public Lifecycle {
        Objects.requireNonNull(status, "status");
        boolean ok = switch (status) {
            case DRAFT -> publishedAt == null && publishAt == null && retraction == null;
            case SCHEDULED -> publishedAt == null && publishAt != null && scheduledBy != null && retraction == null;
            case PUBLISHED -> publishedAt != null && publishAt == null && retraction == null;
            case RETRACTED -> publishedAt != null && publishAt == null && retraction != null;
        };
        if (!ok) {
            throw new IllegalArgumentException("a " + status.code() + " article cannot have publishedAt " + publishedAt
                    + ", publishAt " + publishAt + " and retraction " + retraction);
        }
    }

    public static Lifecycle draft() {
        return new Lifecycle(ArticleStatus.DRAFT, null, null, null, null);
    }

    public static Lifecycle scheduled(Instant publishAt, String editor) {
        return new Lifecycle(ArticleStatus.SCHEDULED, null, publishAt, editor, null);
    }

    public static Lifecycle published(Instant publishedAt) {
        return new Lifecycle(ArticleStatus.PUBLISHED, publishedAt, null, null, null);
    }

    Lifecycle retracted(Retraction retraction) {
        return new Lifecycle(ArticleStatus.RETRACTED, publishedAt, null, null, retraction);
    }
}
