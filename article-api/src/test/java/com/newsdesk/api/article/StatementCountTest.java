package com.newsdesk.api.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.StatementCounter;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.BodyBlock;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.QuoteId;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * An article is read with one SQL statement whatever its size (the stored document of its revision), and lists with a
 * fixed number whatever the page size (no N+1): every statement the service sends through its DataSource is counted,
 * for a small article and one five times its size.
 */
@ApiTest
@Import(StatementCounter.class)
class StatementCountTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    /** Statements for one read that goes to the database (no-cache: the read cache would answer without any). */
    private int statementsFor(Http http, String path) {
        http.get(path, "Cache-Control", "no-cache").expect(200);
        return StatementCounter.during(
                () -> http.get(path, "Cache-Control", "no-cache").expect(200));
    }

    @Test
    void anArticleLoadsWithTheSameFewStatementsWhateverItsSize() {
        Http http = new Http(port);
        Article small = Stories.copyOfDefectorStory(publishing, "small");
        Slug large = Fixtures.uniqueSlug("large");
        publishing.importPublished(ArticleId.newId(), large, fiveTimesTheStory(small), small.publishedAt(), "newsdesk");
        // Corrections too are part of what an article loads.
        for (int i = 0; i < 4; i++) {
            String etag = http.get("/api/articles/" + large).header("ETag");
            http.postJson(
                            "/api/articles/" + large + "/corrections",
                            """
                            {"blockId": "b12-0", "find": "%s", "replace": "%s", "kind": "update", "note": "Figure %d."}""".formatted(i == 0 ? "30,000" : String.valueOf(30_000 + i), 30_001 + i, i),
                            "Authorization",
                            Accounts.editor(),
                            "If-Match",
                            etag)
                    .expect(201);
        }

        int smallCount = statementsFor(http, "/api/articles/" + small.slug());
        int largeCount = statementsFor(http, "/api/articles/" + large);
        // One statement returns the stored document, with no transaction around it (no BEGIN, no read-only or
        // isolation settings, no COMMIT): one round trip holding a pooled connection.
        assertThat(smallCount).isEqualTo(1);
        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(StatementCounter.transactionControlDuring(
                        () -> http.get("/api/articles/" + large, "Cache-Control", "no-cache")
                                .expect(200)))
                .isZero();

        int onePage = statementsFor(http, "/api/quotes?size=1");
        int fullPage = statementsFor(http, "/api/quotes?size=100");
        assertThat(fullPage).isEqualTo(onePage).isLessThanOrEqualTo(3);
        assertThat(statementsFor(http, "/api/timeline?size=100"))
                .isEqualTo(statementsFor(http, "/api/timeline?size=1"));
        assertThat(statementsFor(http, "/api/articles?size=100"))
                .isEqualTo(statementsFor(http, "/api/articles?size=1"));
    }

    private static Story fiveTimesTheStory(Article story) {
        List<BodyBlock> body = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            String suffix = "-" + copy;
            for (BodyBlock b : story.body()) {
                body.add(new BodyBlock(new BlockId(b.id().value() + suffix), b.type(), b.text(), b.video()));
            }
            for (Quote q : story.quotes()) {
                quotes.add(new Quote(
                        QuoteId.newId(),
                        new BlockId(q.blockId().value() + suffix),
                        q.speaker(),
                        q.text(),
                        q.partial(),
                        q.said(),
                        q.context()));
            }
            for (TimelineEvent e : story.timeline()) {
                events.add(new TimelineEvent(
                        EventId.newId(), new BlockId(e.blockId().value() + suffix), e.title(), e.when(), e.phrase()));
            }
        }
        return new Story(
                story.headline(),
                story.standfirst(),
                story.bylines(),
                story.dateline(),
                story.publisher(),
                body,
                quotes,
                events);
    }
}
