package com.newsdesk.api.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.testing.StoryCopies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The frontend's view of one article: GET /api/articles/{article} and its parts, with caching headers. */
@ApiTest
@TestPropertySource(properties = "newsdesk.test.database=seeded-only") // its own database: exact lists below
class ArticleReadTest {

    private static final String SLUG = "/api/articles/" + StoryCopies.SEEDED_SLUG;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theWholeArticleBySlugAndById() {
        Reply bySlug = http.get(SLUG).expect(200);
        Reply byId = http.get("/api/articles/" + StoryCopies.SEEDED_ID).expect(200);
        assertThat(byId.json()).isEqualTo(bySlug.json());
        assertThat(bySlug.header("Content-Type")).startsWith("application/json");

        JsonNode article = bySlug.json();
        assertThat(article.path("id").asString()).isEqualTo(StoryCopies.SEEDED_ID);
        assertThat(article.path("slug").asString()).isEqualTo(StoryCopies.SEEDED_SLUG);
        assertThat(article.path("headline").asString())
                .isEqualTo("N. Korean defector whose escape went viral understands why he was shot");
        assertThat(article.path("bylines").findValuesAsString("name")).containsExactly("Stella Kim", "Alexander Smith");
        assertThat(article.path("dateline").asString()).isEqualTo("SEOUL, South Korea");
        assertThat(article.path("publisher").asString()).isEqualTo("NBC News");
        assertThat(article.path("publishedAt").asString()).isEqualTo("2019-04-15T12:00:00Z");
        assertThat(article.path("updatedAt").asString()).isEqualTo("2019-04-15T12:00:00Z");
        assertThat(article.path("revision").asInt()).isEqualTo(1);

        JsonNode body = article.path("body");
        assertThat(body.size()).isEqualTo(13);
        assertThat(body.path(0).path("text").asString()).startsWith("It was a dash for freedom");
        assertThat(body.path(2).path("text").asString())
                .startsWith("“In their situation I would have fired the gun. It’s not a matter of friendship,”");
        assertThat(body.path(3).path("type").asString()).isEqualTo("promo");
        JsonNode video = body.path(9);
        assertThat(video.path("type").asString()).isEqualTo("video");
        assertThat(video.path("video").path("publishedOn").asString()).isEqualTo("2017-11-24");
        assertThat(video.path("video").path("duration").asString()).isEqualTo("PT1M26S");
        assertThat(video.path("video").path("durationSeconds").asInt()).isEqualTo(86);
        assertThat(body.path(12).path("text").asString())
                .contains("I was driving at a very high speed. … I was escaping.");

        assertThat(article.path("quotes").size()).isEqualTo(6);
        assertThat(article.path("timeline").size()).isEqualTo(6);
        assertThat(article.path("corrections").size()).isZero();
    }

    @Test
    void everyQuoteStandsVerbatimInItsBlockAndComesInReadingOrder() {
        JsonNode article = http.get(SLUG).expect(200).json();
        JsonNode quotes = http.get(SLUG + "/quotes").expect(200).json();
        assertThat(quotes).isEqualTo(article.path("quotes"));
        List<Integer> positions = new ArrayList<>();
        for (JsonNode quote : quotes) {
            String blockId = quote.path("blockId").asString();
            JsonNode block = null;
            for (int i = 0; i < article.path("body").size(); i++) {
                if (article.path("body").path(i).path("id").asString().equals(blockId)) {
                    block = article.path("body").path(i);
                    positions.add(i * 10_000
                            + block.path("text")
                                    .asString()
                                    .indexOf(quote.path("text").asString()));
                }
            }
            assertThat(block).as("block %s", blockId).isNotNull();
            assertThat(block.path("text").asString())
                    .contains(quote.path("text").asString());
            assertThat(quote.path("speaker").path("name").asString()).isNotBlank();
            assertThat(quote.path("saidOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(positions).isSorted();
        assertThat(quotes.path(0).path("speaker").path("aliases").toString()).contains("오청성");
    }

    @Test
    void theTimelineComesInDateOrderWithPhrasesVerbatim() {
        JsonNode article = http.get(SLUG).expect(200).json();
        JsonNode timeline = http.get(SLUG + "/timeline").expect(200).json();
        assertThat(timeline).isEqualTo(article.path("timeline"));
        assertThat(timeline.findValuesAsString("start")).isSorted();
        assertThat(timeline.findValuesAsString("phrase"))
                .containsExactly(
                        "1950-53",
                        "in 2014",
                        "A month before Oh made his dash",
                        "On Nov. 13, 2017",
                        "two weeks after Oh crossed the DMZ",
                        "on Monday, almost 18 months after his dramatic escape");
        JsonNode un = timeline.path(1);
        assertThat(un.path("start").asString()).isEqualTo("2014-01-01");
        assertThat(un.path("end").asString()).isEqualTo("2014-12-31");
        assertThat(un.path("precision").asString()).isEqualTo("year");
        assertThat(un.path("approximate").asBoolean()).isFalse();
        JsonNode nuclearTest = timeline.path(2);
        assertThat(nuclearTest.path("approximate").asBoolean()).isTrue();
        assertThat(nuclearTest.path("articleId").asString()).isEqualTo(StoryCopies.SEEDED_ID);
    }

    @Test
    void aStrongRevisionETagAnd304WhenNothingChanged() {
        Reply first = http.get(SLUG).expect(200);
        String etag = first.header("ETag");
        assertThat(etag).isEqualTo("\"r1\"");
        assertThat(first.header("Last-Modified")).isEqualTo("Mon, 15 Apr 2019 12:00:00 GMT");
        assertThat(first.header("Cache-Control")).contains("public", "max-age=0", "s-maxage=1", "stale-if-error");

        Reply notModified = http.get(SLUG, "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        assertThat(http.get(SLUG, "If-None-Match", "\"r0\"").status()).isEqualTo(200);
        assertThat(http.get(SLUG, "If-Modified-Since", "Tue, 16 Apr 2019 00:00:00 GMT")
                        .status())
                .isEqualTo(304);
        assertThat(http.get(SLUG + "/quotes", "If-None-Match", etag).status()).isEqualTo(304);

        // If-Match on a read: a precondition that does not hold is a 412 problem with the current ETag; a malformed
        // one is a 400; a matching one, the article.
        for (String path : new String[] {SLUG, SLUG + "/timeline", SLUG + "/revisions"}) {
            Reply failed = http.get(path, "If-Match", "\"r9\"");
            failed.problem(412);
            assertThat(failed.header("ETag")).as(path).isEqualTo(etag);
            http.get(path, "If-Match", "r1").problem(400);
            http.get(path, "If-Match", etag).expect(200);
        }
        Reply unmodified = http.get(SLUG, "If-Unmodified-Since", "Sun, 14 Apr 2019 00:00:00 GMT");
        unmodified.problem(412);
        assertThat(unmodified.header("ETag")).isEqualTo(etag);
        http.get(SLUG, "If-Unmodified-Since", "Tue, 16 Apr 2019 00:00:00 GMT").expect(200);

        // An editor's read is private and never served from a shared cache.
        Reply editors = http.get(SLUG, "Authorization", Accounts.editor()).expect(200);
        assertThat(editors.header("Cache-Control")).contains("private").doesNotContain("public");
    }

    @Test
    void aNewStoryHasNoNoticesAndOneRevisionThatIsTheArticleItself() {
        assertThat(http.get(SLUG + "/corrections").expect(200).json().size()).isZero();
        JsonNode revisions = http.get(SLUG + "/revisions").expect(200).json();
        assertThat(revisions.size()).isEqualTo(1);
        assertThat(revisions.path(0).path("revision").asInt()).isEqualTo(1);
        assertThat(revisions.path(0).path("kind").asString()).isEqualTo("publication");
        assertThat(revisions.path(0).path("createdAt").asString()).isEqualTo("2019-04-15T12:00:00Z");
        assertThat(revisions.path(0).has("editor")).isTrue();
        assertThat(revisions.path(0).path("summary").asString()).isNotBlank();

        Reply first = http.get(SLUG + "/revisions/1").expect(200);
        assertThat(first.json()).isEqualTo(http.get(SLUG).json());
        assertThat(first.header("Cache-Control")).contains("immutable");
        http.get(SLUG + "/revisions/2").problem(404);
        http.get(SLUG + "/revisions/0").problem(404);
        http.get(SLUG + "/revisions/two").problem(400);
    }

    @Test
    void unknownArticlesAreNotFound() {
        http.get("/api/articles/no-such-story").problem(404);
        http.get("/api/articles/00000000-0000-0000-0000-000000000000").problem(404);
        http.get("/api/articles/no-such-story/quotes").problem(404);
        http.get("/api/articles/no-such-story/timeline").problem(404);
        http.get("/api/articles/no-such-story/corrections").problem(404);
        http.get("/api/articles/no-such-story/revisions").problem(404);
        JsonNode problem = http.get("/api/articles/no-such-story").problem(404);
        assertThat(problem.path("type").asString()).isEqualTo("urn:newsdesk:problem:article-not-found");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/articles/no-such-story");
    }
}
