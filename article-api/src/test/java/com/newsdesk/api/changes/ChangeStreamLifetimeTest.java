package com.newsdesk.api.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.publishing.PublishingExamples;
import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.EventStream;
import com.newsdesk.api.support.EventStream.Event;
import com.newsdesk.api.support.Http;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A stream lives at most {@code max-lifetime} (here 2 s): the server ends it, and the client that reconnects with the
 * id of the last event it got misses nothing that was made in between.
 */
@ApiTest
@TestPropertySource(properties = {"newsdesk.changes.stream.max-lifetime=2s", "newsdesk.changes.stream.heartbeat=200ms"})
class ChangeStreamLifetimeTest {

    @LocalServerPort
    int port;

    @Autowired
    ChangeStreams streams;

    @Test
    void aStreamEndsAfterItsLifetimeAndTheClientResumesWhereItWas() throws Exception {
        Http http = new Http(port);
        String path = http.postJson(
                        "/api/articles",
                        PublishingExamples.STORY.replace(
                                "City council approves a protected bike lane on Harbor Street",
                                "Stream test: a story published just before a stream ends"),
                        "Authorization",
                        Accounts.editor())
                .expect(201)
                .header("Location");
        Event published;
        long opened = System.nanoTime();
        try (EventStream stream = EventStream.open(port, "/api/changes")) {
            http.postJson(path + "/publication", "{}", "Authorization", Accounts.editor(), "If-Match", "\"r1\"")
                    .expect(200);
            published = stream.next(Duration.ofSeconds(5));
            assertThat(published).isNotNull();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!stream.ended() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(stream.ended()).as("the server ended the stream").isTrue();
        }
        long lived = (System.nanoTime() - opened) / 1_000_000;
        // Two seconds, less up to a tenth so that reconnections spread out, plus a round of the dispatcher.
        assertThat(lived).as("ms the stream lived").isBetween(1_700L, 4_000L);
        assertThat(streams.openStreams()).isZero();

        // Made while the client was reconnecting.
        http.postJson(
                        path + "/retraction",
                        "{\"note\": \"Published by mistake.\"}",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        "\"r2\"")
                .expect(200);
        try (EventStream again = EventStream.open(port, "/api/changes", "Last-Event-ID", published.id())) {
            Event retracted = again.next(Duration.ofSeconds(5));
            assertThat(retracted).isNotNull();
            assertThat(retracted.name()).isEqualTo("retracted");
            assertThat(again.next(Duration.ofMillis(300))).isNull();
        }
        System.out.printf("Change stream lifetime: ended after %d ms (max-lifetime 2 s)%n", lived);
    }
}
