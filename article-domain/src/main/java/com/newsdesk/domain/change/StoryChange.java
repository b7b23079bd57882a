package com.newsdesk.domain.change;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ChangeKind;
import java.time.Instant;
import java.util.Objects;

/**
 * A committed change to a story, as the change table records it: a sequence number that orders every change of every
 * story (and never goes backwards in commit order), the article, what happened, the revision it made, and when.
 */
public record StoryChange(long sequence, ArticleId article, ChangeKind kind, int revision, Instant at) {
    public StoryChange {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
