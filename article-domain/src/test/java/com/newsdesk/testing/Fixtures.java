package com.newsdesk.testing;

import com.newsdesk.domain.article.DefectorStory;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.QuoteId;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.article.TimelineEvent;
import java.util.List;
import java.util.UUID;

/** Stories for tests that write: the seeded story's text under fresh ids, and slugs no other test uses. */
public final class Fixtures {

    private Fixtures() {}

    /** The defector story's text, under fresh quote and event ids (speakers are shared, as between real stories). */
    public static Story freshDefectorStory() {
        Story seed = DefectorStory.story();
        List<Quote> quotes = seed.quotes().stream()
                .map(q -> new Quote(
                        QuoteId.newId(), q.blockId(), q.speaker(), q.text(), q.partial(), q.said(), q.context()))
                .toList();
        List<TimelineEvent> events = seed.timeline().stream()
                .map(e -> new TimelineEvent(EventId.newId(), e.blockId(), e.title(), e.when(), e.phrase()))
                .toList();
        return new Story(
                seed.headline(),
                seed.standfirst(),
                seed.bylines(),
                seed.dateline(),
                seed.publisher(),
                seed.body(),
                quotes,
                events);
    }

    /** A slug no other test uses. */
    public static Slug uniqueSlug(String prefix) {
        return new Slug(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
