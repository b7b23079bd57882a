package com.newsdesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.publishing.PublishingService;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Right after a cached answer expires, a burst of different requests for one URL arrives at once: plain reads, reads
 * with the current ETag, with a stale one, with an old date, with a precondition that fails, with a body a GET may not
 * have. Each must get the answer to its own request, whichever of them happened to read the database for the others:
 * a 304 only for the one that has the current ETag, the full article for a stale one, a 4xx only for the one that sent
 * it. Driven over HTTP only, so it holds for any cache design.
 */
@ApiTest
@TestPropertySource(properties = "newsdesk.cache.freshness=300ms")
class ReadCacheBurstTest {

    private static final int ROUNDS = 12;

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    final ExecutorService pool = Executors.newFixedThreadPool(12);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** One kind of request in the burst, and what its own answer must be. */
    record Kind(String name, String[] headers, Consumer<Reply> expected) {}

    @Test
    void everyRequestInABurstGetsItsOwnAnswer() throws Exception {
        Http http = new Http(port);
        Article story = Stories.copyOfDefectorStory(publishing, "burst");
        String path = "/api/articles/" + story.slug();
        String etag = http.get(path).expect(200).header("ETag");
        byte[] article = http.get(path).body();

        List<Kind> kinds = List.of(
                new Kind("plain", new String[0], reply -> {
                    reply.expect(200);
                    assertThat(reply.body()).isEqualTo(article);
                }),
                new Kind("current ETag", new String[] {"If-None-Match", etag}, reply -> {
                    reply.expect(304);
                    assertThat(reply.body()).isEmpty();
                }),
                new Kind("stale ETag", new String[] {"If-None-Match", "\"r0\""}, reply -> {
                    reply.expect(200);
                    assertThat(reply.body()).isEqualTo(article);
                }),
                new Kind("old date", new String[] {"If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"}, reply -> {
                    reply.expect(200);
                    assertThat(reply.body()).isEqualTo(article);
                }),
                new Kind("failed precondition", new String[] {"If-Match", "\"r9\""}, reply -> {
                    reply.problem(412);
                    assertThat(reply.header("ETag")).isEqualTo(etag);
                }),
                new Kind("a body", new String[] {"Content-Type", "application/json"}, reply -> reply.problem(400)));

        int requests = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Thread.sleep(400); // the entry has expired
            CyclicBarrier start = new CyclicBarrier(12);
            List<Future<?>> burst = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Kind kind = kinds.get((i + round) % kinds.size());
                burst.add(pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    Reply reply = kind.name().equals("a body")
                            ? http.send("GET", path, HttpRequest.BodyPublishers.ofString("{}"), kind.headers())
                            : http.get(path, kind.headers());
                    try {
                        kind.expected().accept(reply);
                    } catch (AssertionError wrong) {
                        throw new AssertionError("the answer to a request with " + kind.name() + ": " + wrong);
                    }
                    return null;
                }));
            }
            for (Future<?> request : burst) {
                request.get(30, TimeUnit.SECONDS);
                requests++;
            }
        }
        assertThat(requests).isEqualTo(ROUNDS * 12);
    }
}
