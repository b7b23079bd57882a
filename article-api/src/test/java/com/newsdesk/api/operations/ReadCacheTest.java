package com.newsdesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.api.support.StatementCounter;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.transaction.Transactions;
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
    ArticleRepository articles;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcClient jdbc;

    Http http;
    String path;

    @BeforeEach
    void aFreshCopy() {
        http = new Http(port);
        Article story = Stories.copyOfDefectorStory(articles, transactions, "cached");
        path = "/api/articles/" + story.slug();
    }

    private static int statementsFor(Runnable reads) {
        return StatementCounter.during(reads);
    }

    @Test
    void repeatedReadsWithinASecondAreServedFromMemoryWithTheSameBytesAndHeaders() {
        Reply first = http.get(path).expect(200);
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
    void noCacheCredentialsAndASecondsAgeAllReadTheDatabase() throws InterruptedException {
        http.get(path).expect(200);
        assertThat(statementsFor(
                        () -> http.get(path, "Cache-Control", "no-cache").expect(200)))
                .isPositive();
        assertThat(statementsFor(() -> http.get(path, "Pragma", "no-cache").expect(200)))
                .isPositive();
        assertThat(statementsFor(
                        () -> http.get(path, "Authorization", Accounts.editor()).expect(200)))
                .isPositive();
        Thread.sleep(1_100);
        assertThat(statementsFor(() -> http.get(path).expect(200))).isPositive();
    }

    @Test
    void aCorrectionOnThisNodeIsVisibleAtOnceAndAChangeBehindItsBackWithinASecond() throws InterruptedException {
        assertThat(http.get(path).expect(200).json().path("revision").asInt()).isEqualTo(1);
        http.postJson(path + "/corrections", """
                        {"blockId": "b12", "find": "30,000", "replace": "31,000", "kind": "update", "note": "New."}""", "Authorization", Accounts.editor(), "If-Match", "\"r1\"")
                .expect(201);
        assertThat(http.get(path).expect(200).json().path("revision").asInt()).isEqualTo(2);

        // A change this node did not make (another node's, here a direct write) is served within a second.
        http.get(path).expect(200);
        long changedAt = System.nanoTime();
        jdbc.sql("update article set headline = 'Changed elsewhere' where slug = ?")
                .param(path.substring("/api/articles/".length()))
                .update();
        while (!http.get(path).json().path("headline").asString().equals("Changed elsewhere")) {
            assertThat((System.nanoTime() - changedAt) / 1_000_000)
                    .as("ms until the change shows")
                    .isLessThan(1_100);
            Thread.sleep(20);
        }
    }
}
