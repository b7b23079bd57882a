package com.newsdesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.api.support.StatementCounter;
import com.newsdesk.api.support.Stories;
import com.newsdesk.api.web.ReadCacheFilter;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.publishing.PublishingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read cache on one node: repeated anonymous reads within a second cost no SQL; no-cache, credentials, a second's
 * age and this node's own corrections all go back to the database. The database is watched through the DataSource.
 */
@ApiTest
@Import(StatementCounter.class)
class ReadCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadCacheFilter cache;

    Http http;
    String path;

    @BeforeEach
    void aFreshCopy() {
        http = new Http(port);
        Article story = Stories.copyOfDefectorStory(publishing, "cached");
        path = "/api/articles/" + story.slug();
    }

    private static int statementsFor(Runnable reads) {
        return StatementCounter.during(reads);
    }

    /**
     * Reads until the cache answers: the first read of a URL fills the cache and the next is answered from it, unless a
     * change was heard in between (a story published a moment ago). A handful of reads is plenty; counted, not timed,
     * so a busy machine cannot fail it.
     */
    private void cached(String url) {
        int reads = 1;
        while (missesFor(() -> http.get(url).expect(200)) > 0) {
            assertThat(++reads).as("reads until %s is cached", url).isLessThanOrEqualTo(5);
        }
    }

    /** How many of the reads the cache could not answer (the listener's own statements are not reads). */
    private long missesFor(Runnable reads) {
        long before = cache.statistics().misses();
        reads.run();
        return cache.statistics().misses() - before;
    }

    @Test
    void repeatedReadsWithinASecondAreServedFromMemoryWithTheSameBytesAndHeaders() {
        cached(path);
        // What the database says, compared below with what memory answers.
        Reply first = http.get(path, "Cache-Control", "no-cache").expect(200);
        Reply[] again = new Reply[1];
        assertThat(statementsFor(() -> again[0] = http.get(path).expect(200))).isZero();
        assertThat(again[0].body()).isEqualTo(first.body());
        assertThat(again[0].header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again[0].header("Last-Modified")).isEqualTo(first.header("Last-Modified"));
        assertThat(again[0].header("Cache-Control")).isEqualTo(first.header("Cache-Control"));
        assertThat(again[0].header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(again[0].header("X-Content-Type-Options")).isEqualTo("nosniff");
        // A conditional read answered from memory is still a 304.
        Reply notModified = http.get(path, "If-None-Match", first.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        // Lists too.
        http.get("/api/timeline?on=2017-11").expect(200);
        assertThat(statementsFor(() -> http.get("/api/timeline?on=2017-11").expect(200)))
                .isZero();
    }

    @Test
    void aConditionalReadThatMissesTheCacheIsStillA304AndFillsItForOthers() {
        // Nobody has read the story's timeline yet: this conditional request is the one that reads it for everyone.
        String timeline = path + "/timeline";
        long misses = cache.statistics().misses();
        Reply notModified = http.get(timeline, "If-None-Match", "\"r1\"");
        assertThat(cache.statistics().misses()).isEqualTo(misses + 1);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo("\"r1\"");
        // What it read is kept whole for the next reader.
        Reply[] whole = new Reply[1];
        assertThat(statementsFor(() -> whole[0] = http.get(timeline).expect(200)))
                .isZero();
        assertThat(whole[0].json().size()).isEqualTo(6);
        assertThat(whole[0].header("ETag")).isEqualTo("\"r1\"");
    }

    @Test
    void noCacheAndCredentialsReadTheDatabaseButAnUnchangedAnswerOutlivesASecond() throws InterruptedException {
        http.get(path).expect(200);
        assertThat(statementsFor(
                        () -> http.get(path, "Cache-Control", "no-cache").expect(200)))
                .isPositive();
        assertThat(statementsFor(() -> http.get(path, "Pragma", "no-cache").expect(200)))
                .isPositive();
        assertThat(statementsFor(
                        () -> http.get(path, "Authorization", Accounts.editor()).expect(200)))
                .isPositive();
        // Nothing changed: with change events heard, the answer is still good after the old one-second freshness.
        Thread.sleep(1_100);
        assertThat(statementsFor(() -> http.get(path).expect(200))).isZero();
    }

    @Test
    void aCorrectionEvictsItsArticleAtOnceAndLeavesOtherArticlesCached() {
        Article other = Stories.copyOfDefectorStory(publishing, "untouched");
        String otherPath = "/api/articles/" + other.slug();
        assertThat(http.get(path).expect(200).json().path("revision").asInt()).isEqualTo(1);
        cached(otherPath);
        cached("/api/articles?on=2019-04-15");
        cached("/api/articles?on=2020-01");

        http.postJson(path + "/corrections", """
                        {"blockId": "b12", "find": "30,000", "replace": "31,000", "kind": "update", "note": "New."}""", "Authorization", Accounts.editor(), "If-Match", "\"r1\"")
                .expect(201);

        assertThat(http.get(path).expect(200).json().path("revision").asInt()).isEqualTo(2);
        assertThat(statementsFor(() -> http.get(otherPath).expect(200))).isZero();
        // A list that shows the story is evicted (its headline or lede may have changed); one that does not is kept.
        assertThat(statementsFor(() -> http.get("/api/articles?on=2019-04-15").expect(200)))
                .isPositive();
        assertThat(statementsFor(() -> http.get("/api/articles?on=2020-01").expect(200)))
                .isZero();
    }

    @Test
    void aNodeThatLosesItsChangeNotificationsStopsTrustingWhatItHolds() throws InterruptedException {
        cached(path);
        assertThat(statementsFor(() -> http.get(path).expect(200))).isZero();

        // Cut the listening connection from the database side, as a failover or a network cut would: every backend of
        // this database under the listener's name but this statement's own.
        assertThat(jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()"
                                + " and application_name = 'newsdesk-change-listener'")
                        .query(Long.class)
                        .single())
                .isPositive();
        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                        + " and application_name = 'newsdesk-change-listener' and pid <> pg_backend_pid()")
                .query()
                .listOfRows();

        long cutAt = System.nanoTime();
        while (missesFor(() -> http.get(path).expect(200)) == 0) {
            assertThat((System.nanoTime() - cutAt) / 1_000_000)
                    .as("ms until the node reads the database again")
                    .isLessThan(5_000);
            Thread.sleep(50);
        }
    }
}
