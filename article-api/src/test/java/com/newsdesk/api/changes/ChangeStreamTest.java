package com.newsdesk.api.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.publishing.PublishingExamples;
import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.EventStream;
import com.newsdesk.api.support.EventStream.Event;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The change stream over real HTTP, read line by line as it arrives: publications, corrections and retractions in
 * order with their ids; a reconnection with Last-Event-ID (or ?since=) gets exactly what it missed, then the live
 * changes; drafts never appear; heartbeats; the bounds (429) and bad ids (400).
 */
@ApiTest
@Import(ChangeStreamTest.SmallSocketBuffers.class)
@TestPropertySource(
        properties = {
            "newsdesk.changes.stream.heartbeat=200ms",
            "newsdesk.changes.stream.max-streams-per-client=3",
            "newsdesk.changes.stream.max-streams=50",
            "newsdesk.changes.stream.stall-timeout=1s"
        })
class ChangeStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /**
     * Sockets that hold little: on loopback, Linux grows a socket's send buffer to megabytes for a client that does not
     * read, so a stalled client would show only after thousands of events; with 8 KB it shows after a hundred.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class SmallSocketBuffers {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSendBuffers() {
            return factory ->
                    factory.addConnectorCustomizers(connector -> connector.setProperty("socket.txBufSize", "8192"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ChangeStreams streams;

    Http http;

    @BeforeEach
    void noStreamIsOpen() throws InterruptedException {
        http = new Http(port);
        // Streams the previous test closed are noticed at their next heartbeat.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (streams.openStreams() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(streams.openStreams()).isZero();
    }

    /** A story drafted by the editor: its path (by id), with revision 1. */
    private String draft(String headline) {
        return http.postJson(
                        "/api/articles",
                        PublishingExamples.STORY.replace(
                                "City council approves a protected bike lane on Harbor Street", headline),
                        "Authorization",
                        Accounts.editor())
                .expect(201)
                .header("Location");
    }

    private void publish(String path, int revision) {
        http.postJson(path + "/publication", "{}", "Authorization", Accounts.editor(), "If-Match", etag(revision))
                .expect(200);
    }

    private void correct(String path, int revision, String from, String to) {
        http.postJson(
                        path + "/corrections",
                        "{\"blockId\": \"b3\", \"find\": \"" + from + "\", \"replace\": \"" + to
                                + "\", \"kind\": \"update\", \"note\": \"The works will take longer.\"}",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        etag(revision))
                .expect(201);
    }

    private void retract(String path, int revision) {
        http.postJson(
                        path + "/retraction",
                        "{\"note\": \"The vote never took place.\"}",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        etag(revision))
                .expect(200);
    }

    private static String etag(int revision) {
        return "\"r" + revision + "\"";
    }

    private String slugOf(String path) {
        return http.get(path, "Authorization", Accounts.editor())
                .expect(200)
                .json()
                .path("slug")
                .asString();
    }

    private static Event next(EventStream stream) throws InterruptedException {
        Event event = stream.next(WAIT);
        assertThat(event).as("an event within %s", WAIT).isNotNull();
        return event;
    }

    @Test
    void publicationCorrectionAndRetractionArriveInOrderAndDraftsNever() throws Exception {
        try (EventStream stream = EventStream.open(port, "/api/changes")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.header("Cache-Control")).isEqualTo("no-store");

            // A draft's life: created, edited, deleted, and another one created. None of it is public.
            String gone = draft("A draft that is deleted before anyone sees it");
            http.json(
                            "PUT",
                            gone,
                            PublishingExamples.STORY.replace(
                                    "City council approves a protected bike lane on Harbor Street",
                                    "A draft, edited, that is deleted before anyone sees it"),
                            "Authorization",
                            Accounts.editor(),
                            "If-Match",
                            etag(1))
                    .expect(200);
            http.send(
                            "DELETE",
                            gone,
                            java.net.http.HttpRequest.BodyPublishers.noBody(),
                            "Authorization",
                            Accounts.editor())
                    .expect(204);
            String path = draft("Stream test: the council approves the Harbor Street bike lane");
            String slug = slugOf(path);

            publish(path, 1);
            correct(path, 2, "six months", "eight months");
            retract(path, 3);

            Event published = next(stream);
            Event corrected = next(stream);
            Event retracted = next(stream);
            assertThat(List.of(published.name(), corrected.name(), retracted.name()))
                    .containsExactly("published", "corrected", "retracted");
            assertThat(published.sequence()).isLessThan(corrected.sequence());
            assertThat(corrected.sequence()).isLessThan(retracted.sequence());

            JsonNode p = published.json();
            assertThat(p.path("sequence").asLong()).isEqualTo(published.sequence());
            assertThat(p.path("kind").asString()).isEqualTo("published");
            assertThat(p.path("slug").asString()).isEqualTo(slug);
            assertThat(p.path("headline").asString())
                    .isEqualTo("Stream test: the council approves the Harbor Street bike lane");
            assertThat(p.path("revision").asInt()).isEqualTo(2);
            assertThat(p.path("at").asString()).endsWith("Z");
            assertThat(p.has("notice")).isFalse();
            assertThat(p.path("link").asString()).endsWith("/api/articles/" + slug);
            assertThat(p.path("page").asString()).endsWith("/articles/" + slug);
            // The link is the story itself, public now.
            assertThat(http.get("/api/articles/" + slug)
                            .expect(200)
                            .json()
                            .path("revision")
                            .asInt())
                    .isGreaterThanOrEqualTo(2);

            JsonNode c = corrected.json();
            assertThat(c.path("revision").asInt()).isEqualTo(3);
            assertThat(c.path("notice").path("kind").asString()).isEqualTo("update");
            assertThat(c.path("notice").path("note").asString()).isEqualTo("The works will take longer.");

            JsonNode r = retracted.json();
            assertThat(r.path("revision").asInt()).isEqualTo(4);
            assertThat(r.path("notice").path("kind").asString()).isEqualTo("retraction");
            assertThat(r.path("notice").path("note").asString()).isEqualTo("The vote never took place.");

            // Nothing else: no event of the drafts.
            assertThat(stream.next(Duration.ofMillis(500))).isNull();
            assertThat(stream.otherFields()).contains("retry: 3000");
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsExactlyWhatItMissedThenTheLiveChanges() throws Exception {
        String path = draft("Stream test: a story corrected while a reader was away");
        Event first;
        try (EventStream stream = EventStream.open(port, "/api/changes")) {
            publish(path, 1);
            first = next(stream);
            assertThat(first.name()).isEqualTo("published");
        }
        // While the reader is away: two corrections, and a draft that stays one.
        correct(path, 2, "six months", "seven months");
        draft("Stream test: a draft written while the reader was away");
        correct(path, 3, "seven months", "eight months");

        for (String[] reconnect : List.of(
                new String[] {"/api/changes", "Last-Event-ID", first.id()},
                new String[] {"/api/changes?since=" + first.id()},
                // EventSource reconnects to the URL it was given, with the header: the header wins.
                new String[] {"/api/changes?since=0", "Last-Event-ID", first.id()})) {
            String[] headers = java.util.Arrays.copyOfRange(reconnect, 1, reconnect.length);
            try (EventStream stream = EventStream.open(port, reconnect[0], headers)) {
                assertThat(stream.status()).isEqualTo(200);
                Event missed1 = next(stream);
                Event missed2 = next(stream);
                assertThat(List.of(missed1.name(), missed2.name())).containsExactly("corrected", "corrected");
                assertThat(missed1.json().path("revision").asInt()).isEqualTo(3);
                assertThat(missed2.json().path("revision").asInt()).isEqualTo(4);
                assertThat(missed1.sequence()).isGreaterThan(first.sequence());
                assertThat(stream.next(Duration.ofMillis(300)))
                        .as("nothing more was missed")
                        .isNull();
            }
        }

        // Reconnected, it goes on live from there, without a gap or a repeat.
        try (EventStream stream = EventStream.open(port, "/api/changes", "Last-Event-ID", first.id())) {
            next(stream);
            Event last = next(stream);
            retract(path, 4);
            Event live = next(stream);
            assertThat(live.name()).isEqualTo("retracted");
            assertThat(live.sequence()).isGreaterThan(last.sequence());
            assertThat(stream.next(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void aReaderFarBehindIsServedFromTheTableInOrder() throws Exception {
        // From the very start of the change table: every public change there is, oldest first, each once.
        List<Event> all = new ArrayList<>();
        try (EventStream stream = EventStream.open(port, "/api/changes?since=0")) {
            Event event;
            while ((event = stream.next(Duration.ofMillis(700))) != null) {
                all.add(event);
            }
        }
        assertThat(all).isNotEmpty();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).sequence()).isGreaterThan(all.get(i - 1).sequence());
        }
        assertThat(all).allSatisfy(event -> assertThat(event.name()).isIn("published", "corrected", "retracted"));
    }

    @Test
    void aQuietStreamGetsHeartbeats() throws Exception {
        try (EventStream stream = EventStream.open(port, "/api/changes")) {
            Thread.sleep(1_000);
            assertThat(stream.comments())
                    .as("heartbeats in a second, every 200 ms")
                    .isGreaterThanOrEqualTo(3);
            assertThat(stream.ended()).isFalse();
        }
    }

    @Test
    void aClientAddressGetsAtMostItsShareOfStreams() throws Exception {
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                EventStream stream = EventStream.open(port, "/api/changes");
                open.add(stream);
                assertThat(stream.status()).isEqualTo(200);
            }
            EventStream fourth = EventStream.open(port, "/api/changes");
            Reply refusal = fourth.refusal();
            assertThat(refusal).isNotNull();
            JsonNode problem = refusal.problem(429);
            assertThat(problem.path("type").asString()).isEqualTo("urn:newsdesk:problem:too-many-streams");
            assertThat(refusal.header("Retry-After")).isEqualTo("30");
            assertThat(streams.openStreams()).isEqualTo(3);

            // One closes: the address may open another (once the server noticed, at its next heartbeat).
            open.remove(0).close();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (streams.openStreams() > 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            EventStream again = EventStream.open(port, "/api/changes");
            open.add(again);
            assertThat(again.status()).isEqualTo(200);
        } finally {
            open.forEach(EventStream::close);
        }
    }

    /**
     * A client that opens a stream and never reads it: its socket fills, its stream stops taking events (the frames
     * waiting for it are bounded), and after the stall timeout it is closed; meanwhile a client that reads gets every
     * event, in order, as they are made.
     */
    @Test
    void aClientThatStopsReadingIsDisconnectedAndHoldsNoOneElseUp() throws Exception {
        String path = draft("Stream test: a story corrected many times while one reader sleeps");
        publish(path, 1);
        try (Socket sleeper = new Socket();
                EventStream reader = EventStream.open(port, "/api/changes")) {
            sleeper.setReceiveBufferSize(2_048);
            sleeper.connect(new InetSocketAddress("localhost", port));
            sleeper.getOutputStream()
                    .write("GET /api/changes HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            sleeper.getOutputStream().flush();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (streams.openStreams() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(streams.openStreams()).isEqualTo(2);

            // Long notices, so that the sleeper's socket buffers fill: about 2 KB an event.
            String note = "The figure was revised. ".repeat(80).strip();
            int corrections = 120;
            long started = System.nanoTime();
            for (int i = 0; i < corrections; i++) {
                String from = i % 2 == 0 ? "six months" : "seven months";
                String to = i % 2 == 0 ? "seven months" : "six months";
                http.postJson(
                                path + "/corrections",
                                "{\"blockId\": \"b3\", \"find\": \"" + from + "\", \"replace\": \"" + to
                                        + "\", \"kind\": \"update\", \"note\": \"" + note + "\"}",
                                "Authorization",
                                Accounts.editor(),
                                "If-Match",
                                etag(i + 2))
                        .expect(201);
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;

            // The reader got every correction, in order, each once.
            long previous = 0;
            for (int i = 0; i < corrections; i++) {
                Event event = next(reader);
                assertThat(event.name()).isEqualTo("corrected");
                assertThat(event.json().path("revision").asInt()).isEqualTo(i + 3);
                assertThat(event.sequence()).isGreaterThan(previous);
                previous = event.sequence();
            }
            // The sleeper's stream was closed for leaving what it was sent unread; the reader's stays open.
            deadline = System.nanoTime() + WAIT.toNanos();
            while (streams.openStreams() > 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(streams.openStreams())
                    .as("open streams, the sleeper's closed")
                    .isEqualTo(1);
            assertThat(reader.ended()).isFalse();
            System.out.printf(
                    "Change stream: %d corrections in %d s reached the reader; the sleeping client was cut off%n",
                    corrections, seconds);
        }
    }

    @Test
    void aHeadRequestSaysWhatTheStreamIsWithoutOpeningOne() {
        Reply head = http.send("HEAD", "/api/changes", java.net.http.HttpRequest.BodyPublishers.noBody())
                .expect(200);
        assertThat(head.header("Content-Type")).startsWith("text/event-stream");
        assertThat(head.body()).isEmpty();
        assertThat(streams.openStreams()).isZero();
    }

    @Test
    void idsThatAreNotEventIdsAre400() {
        long latest =
                http.get("/api/changes?since=abc").problem(400).path("errors").size();
        assertThat(latest).isEqualTo(1);
        for (String[] bad : List.of(
                new String[] {"Last-Event-ID", "abc"},
                new String[] {"Last-Event-ID", "-1"},
                new String[] {"Last-Event-ID", "0x10"},
                new String[] {"Last-Event-ID", "1.5"},
                new String[] {"Last-Event-ID", "99999999999999999999"},
                new String[] {"Last-Event-ID", "999999999999"})) {
            JsonNode problem = http.get("/api/changes", bad).problem(400);
            assertThat(problem.path("errors").get(0).path("name").asString()).isEqualTo("Last-Event-ID");
        }
        http.get("/api/changes?since=-3").problem(400);
        http.get("/api/changes?since=999999999999").problem(400);
        http.get("/api/changes?since=1&since=2").problem(400);
        http.get("/api/changes?from=1").problem(400);
        assertThat(streams.openStreams()).isZero();
    }
}
