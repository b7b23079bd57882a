package com.newsdesk.api.correction;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.publishing.PublishingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Many editors at once on one article: nobody overwrites anybody, and the history has no gaps. */
@ApiTest
class RacingEditorsTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    Http http;
    String path;
    ExecutorService pool;

    @BeforeEach
    void aFreshCopy() {
        http = new Http(port);
        Article story = Stories.copyOfDefectorStory(publishing, "race");
        path = "/api/articles/" + story.slug();
        pool = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private Reply correct(String etag, String json, String... extra) {
        List<String> headers = new ArrayList<>(List.of("Authorization", Accounts.editor(), "If-Match", etag));
        headers.addAll(List.of(extra));
        return http.postJson(path + "/corrections", json, headers.toArray(String[]::new));
    }

    /** Runs every task at the same moment and returns their results. */
    private <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void manyEditorsOnOneETagExactlyOneWins() throws Exception {
        List<Callable<Reply>> editors = IntStream.range(0, 24)
                .<Callable<Reply>>mapToObj(i -> () -> correct("\"r1\"", """
                        {"blockId": "b12", "find": "30,000", "replace": "%d", "kind": "update", "note": "Editor %d."}""".formatted(31_000 + i, i)))
                .toList();
        List<Reply> replies = together(editors);
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() != 201).allSatisfy(r -> r.problem(412));

        JsonNode article = http.get(path).json();
        assertThat(article.path("revision").asInt()).isEqualTo(2);
        String winner = replies.stream()
                .filter(r -> r.status() == 201)
                .findFirst()
                .orElseThrow()
                .json()
                .path("replace")
                .asString();
        assertThat(article.path("body").path(11).path("text").asString()).contains(winner + " people");
        assertThat(article.path("corrections").size()).isEqualTo(1);
    }

    @Test
    void editorsWhoRetryWithFreshETagsAllLandWithoutGapsOrLostText() throws Exception {
        // Each editor owns a paragraph without quotes or dating phrases, and moves a marker along in it.
        Map<String, String> anchors = Map.of(
                "b1",
                "It was a das",
                "b2",
                "But in his f",
                "b4",
                "Watch more o",
                "b5",
                "The incident",
                "b12",
                "According to");
        int rounds = 6;
        AtomicInteger stale = new AtomicInteger();
        List<Callable<Integer>> editors = new ArrayList<>();
        anchors.forEach((block, anchor) -> editors.add(() -> {
            String previous = anchor;
            for (int round = 1; round <= rounds; round++) {
                String marker = "⟨" + block + "." + round + "⟩";
                String replace = round == 1 ? anchor + " " + marker : marker;
                String body = """
                        {"blockId": "%s", "find": "%s", "replace": "%s", "kind": "update", "note": "%s"}""".formatted(block, previous, replace, "Update " + marker);
                while (true) {
                    String etag = http.get(path).header("ETag");
                    Reply reply = correct(etag, body);
                    if (reply.status() == 201) {
                        break;
                    }
                    reply.problem(412);
                    stale.incrementAndGet();
                }
                previous = marker;
            }
            return rounds;
        }));
        List<Integer> landed = together(editors);
        int corrections = landed.stream().mapToInt(Integer::intValue).sum();
        assertThat(corrections).isEqualTo(anchors.size() * rounds);

        JsonNode article = http.get(path).json();
        assertThat(article.path("revision").asInt()).isEqualTo(1 + corrections);
        String text = article.path("body").toString();
        anchors.keySet().forEach(block -> {
            assertThat(text).contains("⟨" + block + "." + rounds + "⟩");
            for (int round = 1; round < rounds; round++) {
                assertThat(text).doesNotContain("⟨" + block + "." + round + "⟩");
            }
        });
        JsonNode revisions = http.get(path + "/revisions").json();
        assertThat(revisions.findValues("revision").stream()
                        .map(JsonNode::asInt)
                        .toList())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 1 + corrections).boxed().toList());
        JsonNode notices = http.get(path + "/corrections").json();
        assertThat(notices.findValues("revision").stream().map(JsonNode::asInt).toList())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(2, 1 + corrections).boxed().toList());
        for (int revision = 1; revision <= 1 + corrections; revision++) {
            assertThat(http.get(path + "/revisions/" + revision)
                            .expect(200)
                            .json()
                            .path("revision")
                            .asInt())
                    .isEqualTo(revision);
        }
        System.out.printf(
                "%d corrections by %d racing editors landed; %d stale attempts were retried%n",
                corrections, anchors.size(), stale.get());
    }

    @Test
    void concurrentRequestsWithOneIdempotencyKeyApplyOnce() throws Exception {
        String body = """
                {"blockId": "b12", "find": "30,000", "replace": "31,000", "kind": "update", "note": "A new figure."}""";
        List<Callable<Reply>> retries = IntStream.range(0, 12)
                .<Callable<Reply>>mapToObj(i -> () -> correct("\"r1\"", body, "Idempotency-Key", "one-key"))
                .toList();
        List<Reply> replies = together(retries);
        assertThat(replies).allSatisfy(r -> r.expect(201));
        assertThat(replies.stream().map(r -> r.json().path("id").asString()).distinct())
                .hasSize(1);
        assertThat(replies)
                .filteredOn(r -> "false".equals(r.header("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(http.get(path).json().path("revision").asInt()).isEqualTo(2);
        assertThat(http.get(path + "/corrections").json().size()).isEqualTo(1);
    }
}
