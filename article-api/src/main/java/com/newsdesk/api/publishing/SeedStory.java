package com.newsdesk.api.publishing;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.BlockResponse;
import com.newsdesk.api.article.EventResponse;
import com.newsdesk.api.article.QuoteResponse;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.BlockType;
import com.newsdesk.domain.article.BodyBlock;
import com.newsdesk.domain.article.Byline;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.QuoteId;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.SpeakerKind;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.article.Video;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.domain.publishing.StartupSteps;
import com.newsdesk.domain.transaction.Transactions;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the first story, NBC News' report on the North Korean defector (2019-04-15), into a new database, through the
 * same writer every story takes, so that a fresh install has something to read. The story is kept as the very
 * document it is served as ({@code seed/defector-story.json}, ids included, so its links never change). It is written
 * once per database: a story an operator deleted stays deleted. {@code newsdesk.seed.enabled=false} skips it.
 */
@Component
class SeedStory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedStory.class);
    private static final String STEP = "seed-defector-story";

    private final PublishingService publishing;
    private final StartupSteps steps;
    private final Transactions transactions;
    private final JsonMapper json;
    private final boolean enabled;

    SeedStory(
            PublishingService publishing,
            StartupSteps steps,
            Transactions transactions,
            JsonMapper json,
            @Value("${newsdesk.seed.enabled:true}") boolean enabled) {
        this.publishing = publishing;
        this.steps = steps;
        this.transactions = transactions;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (!enabled) {
            return;
        }
        ArticleResponse seed;
        try (InputStream in = new ClassPathResource("seed/defector-story.json").getInputStream()) {
            seed = json.readValue(in, ArticleResponse.class);
        }
        boolean written = transactions.inTransaction(() -> steps.claim(STEP)
                && publishing.importPublished(
                        new ArticleId(seed.id()), new Slug(seed.slug()), story(seed), seed.publishedAt(), "newsdesk"));
        if (written) {
            log.info("Wrote the seeded story '{}'", seed.slug());
        }
    }

    private static Story story(ArticleResponse seed) {
        return new Story(
                seed.headline(),
                seed.standfirst(),
                seed.bylines().stream().map(b -> new Byline(b.name())).toList(),
                seed.dateline(),
                seed.publisher(),
                seed.body().stream().map(SeedStory::block).toList(),
                seed.quotes().stream().map(SeedStory::quote).toList(),
                seed.timeline().stream().map(SeedStory::event).toList());
    }

    private static BodyBlock block(BlockResponse b) {
        Video video = b.video() == null
                ? null
                : new Video(b.video().publishedOn(), b.video().duration());
        return new BodyBlock(new BlockId(b.id()), BlockType.fromCode(b.type()), b.text(), video);
    }

    private static Quote quote(QuoteResponse q) {
        return new Quote(
                new QuoteId(q.id()),
                new BlockId(q.blockId()),
                new Speaker(
                        new SpeakerId(q.speaker().id()),
                        q.speaker().name(),
                        SpeakerKind.fromCode(q.speaker().kind()),
                        q.speaker().aliases()),
                q.text(),
                q.partial(),
                new DateSpan(
                        q.saidOn(),
                        q.saidUntil(),
                        DatePrecision.fromCode(q.saidPrecision()).orElseThrow(),
                        q.saidApproximate()),
                q.context());
    }

    private static TimelineEvent event(EventResponse e) {
        return new TimelineEvent(
                new EventId(e.id()),
                new BlockId(e.blockId()),
                e.title(),
                new DateSpan(
                        e.start(),
                        e.end(),
                        DatePrecision.fromCode(e.precision()).orElseThrow(),
                        e.approximate()),
                e.phrase());
    }
}
