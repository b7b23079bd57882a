package com.newsdesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.NewsdeskApplication;
import com.newsdesk.api.publishing.PublishingExamples;
import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.EventStream;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.web.ReadCacheFilter;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.DefectorStory;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.Fixtures;
import com.newsdesk.testing.StoryCopies;
import com.newsdesk.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Caching must not lie: two service nodes on one database, each with its own read cache, each hearing of the other's
 * changes. Right after one node acknowledges a correction, the other answers a no-cache or credentialed request with
 * the new revision, and every other request as soon as it hears of the change (bounded here by a second; the
 * benchmark measures the delay); what the change did not touch stays cached. A scheduled story is published by exactly
 * one of the nodes.
 */
@Tag("database")
class TwoNodesTest {

    private static final String STORY = "/api/articles/" + StoryCopies.SEEDED_SLUG;
    /** The same article by id: another URL, so another cache entry, read only plainly. */
    private static final String BY_ID = "/api/articles/" + StoryCopies.SEEDED_ID;
    /** Another story, which the correction does not touch. */
    private static final String OTHER = "/api/articles/other-story";

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeEach
    void twoNodesOnOneDatabase() {
        TestDatabases.Database database = TestDatabases.fresh();
        for (int i = 0; i < 2; i++) {
            nodes.add(new SpringApplicationBuilder(NewsdeskApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + database.url(),
                            "--spring.datasource.username=" + database.username(),
                            "--spring.datasource.password=" + database.password(),
                            "--newsdesk.editor.password=" + Accounts.EDITOR_PASSWORD,
                            "--newsdesk.publishing.poll=100ms"));
        }
        nodes.get(0)
                .getBean(PublishingService.class)
                .importPublished(
                        ArticleId.newId(),
                        new Slug("other-story"),
                        Fixtures.freshDefectorStory(),
                        DefectorStory.PUBLISHED_AT,
                        "newsdesk");
    }

    @AfterEach
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    private Http node(int i) {
        return new Http(Integer.parseInt(nodes.get(i).getEnvironment().getProperty("local.server.port")));
    }

    private static int revision(Http node, String... headers) {
        return revisionAt(node, STORY, headers);
    }

    private static int revisionAt(Http node, String path, String... headers) {
        return node.get(path, headers).expect(200).json().path("revision").asInt();
    }

    @Test
    void afterA201OnOneNodeTheOtherNeverServesTheOldRevisionForMoreThanASecond() throws Exception {
        Http a = node(0);
        Http b = node(1);
        // Both nodes have the article in their caches, and the other node another one too.
        assertThat(revision(a)).isEqualTo(1);
        assertThat(revision(b)).isEqualTo(1);
        assertThat(revisionAt(b, BY_ID)).isEqualTo(1);
        assertThat(revisionAt(b, OTHER)).isEqualTo(1);

        a.postJson(STORY + "/corrections", """
                        {"blockId": "b12", "find": "30,000", "replace": "31,000", "kind": "update", "note": "New."}""", "Authorization", Accounts.editor(), "If-Match", "\"r1\"")
                .expect(201);
        long acknowledged = System.nanoTime();

        // Every other request on the other node: possibly the old revision, never for more than a second after the
        // 201. A reader polls the article by id from now on, while the checks below run.
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<Long> lastOldMillis = reader.submit(() -> {
            long lastOld = -1;
            long deadline = acknowledged + 1_500_000_000L;
            while (System.nanoTime() < deadline) {
                long asked = System.nanoTime();
                if (revisionAt(b, BY_ID) == 1) {
                    lastOld = (asked - acknowledged) / 1_000_000;
                }
                Thread.sleep(5);
            }
            return lastOld;
        });

        // Right after the 201, on the other node: asking for fresh data, or as an editor, gets the new revision.
        assertThat(revision(b, "Cache-Control", "no-cache")).isEqualTo(2);
        assertThat(revision(b, "Authorization", Accounts.editor())).isEqualTo(2);
        assertThat(revision(a)).isEqualTo(2);

        long lastOld = lastOldMillis.get(30, TimeUnit.SECONDS);
        reader.shutdown();
        // Exact: the other node still holds what the correction did not touch.
        ReadCacheFilter cacheB = nodes.get(1).getBean(ReadCacheFilter.class);
        long missesBefore = cacheB.statistics().misses();
        assertThat(b.get(OTHER).expect(200).json().path("revision").asInt()).isEqualTo(1);
        assertThat(cacheB.statistics().misses()).isEqualTo(missesBefore);
        assertThat(lastOld)
                .as("the old revision was served this long after the 201 (ms)")
                .isLessThan(1_000);
        assertThat(revisionAt(b, BY_ID)).isEqualTo(2);
        System.out.printf(
                "Second node: old revision last served %s after the 201%n", lastOld < 0 ? "never" : lastOld + " ms");
    }

    @Test
    void aCorrectionMadeOnOneNodeIsOnTheOtherNodesChangeStreamWithinASecond() throws Exception {
        Http a = node(0);
        try (EventStream stream = EventStream.open(port(1), "/api/changes")) {
            assertThat(stream.status()).isEqualTo(200);
            // The client reads node a's API document once, before its first answer is checked: not now.
            a.get(STORY).expect(200);
            long sent = System.nanoTime();
            a.postJson(STORY + "/corrections", """
                            {"blockId": "b12", "find": "30,000", "replace": "31,000", "kind": "update", "note": "New."}""", "Authorization", Accounts.editor(), "If-Match", "\"r1\"")
                    .expect(201);
            long acknowledged = System.nanoTime();
            EventStream.Event event = stream.next(Duration.ofSeconds(5));
            assertThat(event).as("the correction, on the other node's stream").isNotNull();
            // The event may well arrive before the 201 does: the node that commits announces it at commit.
            long millis = Math.max(0, event.receivedAt() - acknowledged) / 1_000_000;
            long millisFromRequest = (event.receivedAt() - sent) / 1_000_000;
            assertThat(event.name()).isEqualTo("corrected");
            assertThat(event.json().path("slug").asString()).isEqualTo(StoryCopies.SEEDED_SLUG);
            assertThat(event.json().path("revision").asInt()).isEqualTo(2);
            assertThat(event.json().path("notice").path("note").asString()).isEqualTo("New.");
            assertThat(millis)
                    .as("ms from the 201 on one node to the event on the other")
                    .isLessThan(1_000);
            assertThat(millisFromRequest)
                    .as("ms from sending the correction to the event")
                    .isLessThan(1_000);
            System.out.printf(
                    "Second node's change stream: the correction arrived %d ms after the 201 (%d ms after the request"
                            + " was sent)%n",
                    millis, millisFromRequest);

            // A reader that reconnects to the first node with the id it got from the second misses nothing either.
            a.postJson(
                            STORY + "/retraction",
                            "{\"note\": \"Withdrawn.\"}",
                            "Authorization",
                            Accounts.editor(),
                            "If-Match",
                            "\"r2\"")
                    .expect(200);
            try (EventStream other = EventStream.open(port(0), "/api/changes", "Last-Event-ID", event.id())) {
                EventStream.Event retracted = other.next(Duration.ofSeconds(5));
                assertThat(retracted).isNotNull();
                assertThat(retracted.name()).isEqualTo("retracted");
                assertThat(other.next(Duration.ofMillis(300))).isNull();
            }
        }
    }

    private int port(int i) {
        return Integer.parseInt(nodes.get(i).getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aScheduledStoryIsPublishedByExactlyOneOfTheNodes() throws Exception {
        Http a = node(0);
        Http b = node(1);
        String path = a.postJson("/api/articles", PublishingExamples.STORY, "Authorization", Accounts.editor())
                .expect(201)
                .header("Location");
        Instant at = Instant.now().plusMillis(1_500);
        a.postJson(
                        path + "/publication",
                        "{\"publishAt\": \"" + at + "\"}",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        "\"r1\"")
                .expect(200);

        long deadline = System.nanoTime() + 15_000_000_000L;
        while (b.get(path).status() == 404) {
            assertThat(System.nanoTime()).as("published within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        // Both nodes kept polling meanwhile; let them have a few more rounds at it.
        Thread.sleep(1_000);
        assertThat(a.get(path + "/revisions", "Authorization", Accounts.editor())
                        .expect(200)
                        .json())
                .extracting(r -> r.path("kind").asString())
                .containsExactly("creation", "schedule", "publication");
        assertThat(a.get(path).expect(200).json().path("status").asString()).isEqualTo("published");
    }
}
