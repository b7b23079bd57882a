package com.newsdesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.reliability.TableChecksums;
import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.RawHttp;
import com.newsdesk.api.support.Reply;
import com.newsdesk.api.support.SlowPages;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/imports} over HTTP and PostgreSQL, answers checked against the OpenAPI document. */
@ApiTest
class ImportHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static String seedText() throws IOException {
        try (InputStream in = ImportHttpTest.class.getResourceAsStream("/imports/defector-story.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Reply post(String query, String contentType, byte[] body) {
        return http.send(
                "POST",
                "/api/imports" + query,
                HttpRequest.BodyPublishers.ofByteArray(body),
                "Content-Type",
                contentType,
                "Authorization",
                Accounts.editor());
    }

    @Test
    void theSeedTextBecomesADraftWithItsQuotesAndTimeline() throws IOException {
        Reply reply = post(
                        "?publishedOn=2019-04-15&publisher=NBC%20News&sourceUrl=https://www.nbcnews.com/news/defector",
                        "text/plain; charset=utf-8", seedText().getBytes(StandardCharsets.UTF_8))
                .expect(201);
        JsonNode draft = reply.json();
        assertThat(draft.get("status").asText()).isEqualTo("draft");
        assertThat(draft.get("headline").asText())
                .isEqualTo("N. Korean defector whose escape went viral understands why he was shot");
        assertThat(draft.get("dateline").asText()).isEqualTo("SEOUL, South Korea");
        assertThat(draft.get("body")).hasSize(11);
        assertThat(draft.get("quotes")).hasSize(6);
        assertThat(draft.get("timeline")).hasSize(6);
        List<String> speakers = new ArrayList<>();
        draft.get("quotes")
                .forEach(q -> speakers.add(q.get("speaker").get("name").asText()));
        assertThat(speakers).containsOnly("Oh Chong Song", "United Nations");
        assertThat(draft.get("import").get("sourceUrl").asText()).isEqualTo("https://www.nbcnews.com/news/defector");
        assertThat(reply.header("Location")).startsWith("/api/articles/");

        JsonNode stored = http.get(reply.header("Location"), "Authorization", Accounts.editor())
                .expect(200)
                .json();
        assertThat(stored.get("body")).hasSize(11);
        // The import note is kept with the draft: a later GET shows it too.
        assertThat(stored.get("import").get("sourceUrl").asText()).isEqualTo("https://www.nbcnews.com/news/defector");
        assertThat(stored.get("import").get("publishedOn").asText()).isEqualTo("2019-04-15");
    }

    @Test
    void anHtmlPageInItsOwnCharset() {
        String html = """
                <html><head><meta charset="windows-1252">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "headline":"Café owners protest new rules","datePublished":"2024-03-07T10:00:00+01:00",
                "author":[{"@type":"Person","name":"Marie Dubois"}],"publisher":{"@type":"Organization","name":"Le Petit Journal"}}</script>
                </head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
                <div class="sidebar"><p>Most read: A story about something else entirely, with commas, and more.</p></div>
                <article class="story-body"><h1>Café owners protest new rules</h1>
                <p>PARIS — Dozens of café owners marched through the city on Tuesday, saying the new rules would ruin them.</p>
                <p>“We cannot survive another summer like this,” said Jean Martin, who runs a café near the river.</p>
                <figure><img src="x.jpg"><figcaption>Owners marched on Tuesday. Photo: AFP</figcaption></figure>
                <p>The rules, passed in March, limit terrace hours to 10 p.m., the council said.</p>
                </article><footer><p>© 2024 Le Petit Journal. All rights reserved.</p></footer></body></html>
                """;
        JsonNode draft = post("", "text/html", html.getBytes(Charset.forName("windows-1252")))
                .expect(201)
                .json();
        assertThat(draft.get("headline").asText()).isEqualTo("Café owners protest new rules");
        assertThat(draft.get("publisher").asText()).isEqualTo("Le Petit Journal");
        assertThat(draft.get("dateline").asText()).isEqualTo("PARIS");
        assertThat(draft.get("bylines").get(0).get("name").asText()).isEqualTo("Marie Dubois");
        assertThat(draft.get("body")).hasSize(3);
        assertThat(draft.get("quotes").get(0).get("speaker").get("name").asText())
                .isEqualTo("Jean Martin");
        assertThat(draft.get("timeline").toString()).contains("2024-03-05").contains("2024-03-01");
        assertThat(draft.get("import").get("publishedOn").asText()).isEqualTo("2024-03-07");
    }

    @Test
    void refusalsStoreNothing() {
        var before = TableChecksums.of(jdbc);
        post("", "text/plain", new byte[0]).problem(400);
        post("", "text/plain", new byte[] {0, 1, 2, 3, 0, 5}).problem(400);
        post("", "text/plain", new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'}).problem(400);
        post("", "text/plain; charset=no-such-charset", "hello".getBytes(StandardCharsets.UTF_8))
                .problem(400);
        post("", "text/plain", "Home\nNews\nSport\nSign up for our newsletter".getBytes(StandardCharsets.UTF_8))
                .problem(422);
        post("", "text/html", "<div>".repeat(5000).getBytes(StandardCharsets.UTF_8))
                .problem(400);
        post("?publishedOn=2019-02-30", "text/plain", "x".getBytes(StandardCharsets.UTF_8))
                .problem(400);
        post("", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).problem(415);
        assertThat(TableChecksums.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aPageNoStoryLooksLikeIsGivenUpAtTheTimeLimit() {
        var before = TableChecksums.of(jdbc);
        long start = System.nanoTime();
        JsonNode problem = post(
                        "",
                        "text/plain; charset=utf-8",
                        SlowPages.thousandsOfNamesInOneParagraph().getBytes(StandardCharsets.UTF_8))
                .problem(422);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(problem.path("type").asString()).isEqualTo("urn:newsdesk:problem:import-too-slow");
        assertThat(problem.path("detail").asString()).contains("within 3 seconds");
        // Given up at its limit (3 s, newsdesk.imports.read-time-limit), not read to the end (about 40 s).
        assertThat(seconds).isLessThan(30);
        assertThat(TableChecksums.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aFiveMegabytePageIsRefusedOnItsLength() {
        var before = TableChecksums.of(jdbc);
        String answer = RawHttp.exchange(
                port,
                "POST /api/imports HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                        + "Authorization: " + Accounts.editor() + "\r\n"
                        + "Content-Length: " + (5 * 1024 * 1024) + "\r\nConnection: close\r\n\r\n");
        assertThat(RawHttp.status(answer))
                .as(answer.lines().findFirst().orElse(""))
                .isEqualTo(413);
        assertThat(answer).contains("application/problem+json");
        assertThat(TableChecksums.of(jdbc)).isEqualTo(before);
    }

    @Test
    void anonymousCallersAreRefused() {
        http.send("POST", "/api/imports", HttpRequest.BodyPublishers.ofString("A story"), "Content-Type", "text/plain")
                .problem(401);
    }
}
