package com.newsdesk.domain.change;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.article.Slug;
import java.time.Instant;
import java.util.Objects;

/**
 * A committed change the public may hear of (a publication, a correction or a retraction of a story that has been
 * published), with what a reader of the change stream needs to act on it without another request: the story's slug
 * and headline (as they are now), and the public notice the change carried.
 *
 * @param noticeKind for a correction its kind ({@code correction}, {@code clarification}, {@code update},
 *     {@code typo}); {@code retraction} for a retraction; null for a publication
 * @param note the public notice (a correction's note, a retraction's), or null where there is none (a typo fix, a
 *     publication)
 */
public record PublicChange(
        long sequence,
        ArticleId article,
        Slug slug,
        String headline,
        ChangeKind kind,
        int revision,
        Instant at,
        String noticeKind,
        String note) {

    public PublicChange {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (!kind.isPublic()) {
            throw new IllegalArgumentException("not a public change: " + kind.code());
        }
    }
}
