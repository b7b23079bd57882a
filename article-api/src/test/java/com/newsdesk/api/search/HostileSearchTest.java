package com.newsdesk.api.search;

import static com.newsdesk.api.support.Http.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Words a search engine must survive: stop words only, unbalanced quotes, LIKE wildcards, backslashes, tsquery
 * operators, SQL. Each gets a sensible 200 (often an empty page) on every search, never a 500, and fast: these run
 * against the seeded story here; bench/search.sh measures the worst of them on 10,000 stories.
 */
@ApiTest
@TestPropertySource(properties = "newsdesk.test.database=search-cookbook")
class HostileSearchTest {

    @LocalServerPort
    int port;

    static final List<String> SEARCHES = List.of(
            "/api/articles?q=",
            "/api/quotes?q=",
            "/api/timeline?q=",
            "/api/speakers?q=",
            "/api/articles?byline=",
            "/api/articles?speaker=",
            "/api/quotes?speaker=");

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "the of and",
                "\"unbalanced",
                "missile\"",
                "\"\"",
                "%",
                "_",
                "\\",
                "%_\\%",
                "a & b | !c <-> d",
                "!!!",
                "-",
                "- - -",
                "or or or",
                "':*",
                "' OR '1'='1",
                "); drop table article; --",
                "(((((",
                "missile:*",
                "ô",
                "오청성",
                "\uD83D\uDE80",
                "\t\n"
            })
    void answersSensiblyAndFast(String words) {
        Http http = new Http(port);
        for (String search : SEARCHES) {
            long started = System.nanoTime();
            Reply reply = http.get(search + encode(words));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(reply.status())
                    .as("%s%s: %s", search, words, reply.text())
                    .isEqualTo(200);
            assertThat(millis).as("%s%s", search, words).isLessThan(2_000);
        }
    }

    @org.junit.jupiter.api.Test
    void aTenKilobyteQueryIsRefused() {
        Http http = new Http(port)
                .withoutContract("Tomcat refuses a request line over 8 KB itself, before the service sees it");
        for (String search : SEARCHES) {
            Reply reply = http.get(search + "missile+".repeat(1_250));
            assertThat(reply.status()).as(search).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        Http checked = new Http(port);
        for (String search : SEARCHES) {
            checked.get(search + "missile+".repeat(800)).problem(400); // 6 KB: the service refuses it, q at most 200
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%", "_", "\\"})
    void wildcardsAreLettersNotPatterns(String wildcard) {
        Http http = new Http(port);
        assertThat(http.get("/api/speakers?q=" + encode(wildcard))
                        .expect(200)
                        .json()
                        .path("content"))
                .isEmpty();
    }
}
