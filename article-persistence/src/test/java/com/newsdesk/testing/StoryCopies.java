package com.newsdesk.testing;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.QuoteId;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Copies of a real article under new ids and a new slug, so a test can correct "the defector story" without touching
 * the seeded one other tests read. Speakers are shared, as they are between real articles.
 */
public final class StoryCopies {

    /** The seeded story's id and slug (V2__seed_defector_story.sql). */
    public static final String SEEDED_ID = "bfd56bd5-f8d8-465f-acf5-a334fb335a7f";

    public static final String SEEDED_SLUG = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";

    private StoryCopies() {}

    /** A copy of {@code original} at revision 1, with fresh ids, the given slug, and no corrections. */
    public static Article copy(Article original, String slug) {
        return copy(original, slug, original.publishedAt());
    }

    public static Article copy(Article original, String slug, Instant publishedAt) {
        List<Quote> quotes = original.quotes().stream()
                .map(q -> new Quote(
                        QuoteId.newId(), q.blockId(), q.speaker(), q.text(), q.partial(), q.said(), q.context()))
                .toList();
        List<TimelineEvent> events = original.timeline().stream()
                .map(e -> new TimelineEvent(EventId.newId(), e.blockId(), e.title(), e.when(), e.phrase()))
                .toList();
        return new Article(
                ArticleId.newId(),
                new Slug(slug),
                original.headline(),
                original.bylines(),
                original.dateline(),
                original.publisher(),
                publishedAt,
                publishedAt,
                1,
                original.body(),
                quotes,
                events,
                List.of());
    }

    /** A slug no other test uses. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
