package com.newsdesk.api.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * "What happened in November 2017?" and friends: the date parameters of /api/timeline, /api/quotes and /api/articles,
 * over the seeded story only (its own database), so every answer is known exactly.
 */
@ApiTest
@TestPropertySource(properties = "newsdesk.test.database=seeded-only")
class DateQueriesTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private List<String> phrases(String query) {
        return http.get("/api/timeline" + query)
                .expect(200)
                .json()
                .path("content")
                .findValuesAsString("phrase");
    }

    @Test
    void novemberTwentySeventeen() {
        assertThat(phrases("?on=2017-11")).containsExactly("On Nov. 13, 2017", "two weeks after Oh crossed the DMZ");
        assertThat(phrases("?from=2017-11&to=2017-11")).isEqualTo(phrases("?on=2017-11"));
        assertThat(phrases("?from=2017-11-01&to=2017-11-30")).isEqualTo(phrases("?on=2017-11"));
        JsonNode page = http.get("/api/timeline?on=2017-11").json();
        assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(2);
        assertThat(page.path("page").path("totalPages").asInt()).isEqualTo(1);
        assertThat(page.path("page").path("number").asInt()).isZero();
        assertThat(page.path("page").path("size").asInt()).isEqualTo(20);
        assertThat(page.path("content").path(0).path("articleSlug").asString()).startsWith("n-korean-defector");
    }

    @Test
    void aYearPrecisionEventIsFoundByAnyMonthOfItsYear() {
        assertThat(phrases("?on=2014-06")).containsExactly("in 2014");
        assertThat(phrases("?on=2014-01-01")).containsExactly("in 2014");
        assertThat(phrases("?on=2014-12-31")).containsExactly("in 2014");
        assertThat(phrases("?on=2013-12-31")).isEmpty();
        assertThat(phrases("?on=2015-01")).isEmpty();
        assertThat(phrases("?on=1951")).containsExactly("1950-53");
        assertThat(phrases("?on=1953-12")).containsExactly("1950-53");
    }

    @Test
    void boundsAreInclusiveAndPartialDatesCoverTheirWholeMonth() {
        // The approximate nuclear test spans 2017-09-28..2017-10-28.
        assertThat(phrases("?to=2017-09-28")).contains("A month before Oh made his dash");
        assertThat(phrases("?to=2017-09-27")).doesNotContain("A month before Oh made his dash");
        assertThat(phrases("?from=2017-10-28&to=2017-10-28")).containsExactly("A month before Oh made his dash");
        assertThat(phrases("?to=2017-09")).contains("A month before Oh made his dash");
        assertThat(phrases("?from=2017-11-30"))
                .containsExactly(
                        "two weeks after Oh crossed the DMZ", "on Monday, almost 18 months after his dramatic escape");
        assertThat(phrases("?from=2019")).containsExactly("on Monday, almost 18 months after his dramatic escape");
        assertThat(phrases("")).hasSize(6);
    }

    @Test
    void leapDaysAndEmptyRanges() {
        http.get("/api/timeline?on=2016-02-29").expect(200);
        assertThat(phrases("?on=2016-02-29")).isEmpty();
        assertThat(phrases("?on=1900")).isEmpty();
        assertThat(phrases("?on=9999-12-31")).isEmpty();
        assertThat(phrases("?on=0001")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "on=2017-02-29, on",
        "on=2017-13, on",
        "on=2017-00, on",
        "on=2017-11-31, on",
        "on=0000, on",
        "on=10000, on",
        "on=17-11, on",
        "on=2017-1, on",
        "on=2017/11, on",
        "on=november, on",
        "from=2017-11-32, from",
        "to=2017-02-30, to",
        "from=2018&to=2017, from",
        "from=2017-12&to=2017-11, to",
        "on=2017&from=2016, on"
    })
    void malformedOrImpossibleDatesAreA400NamingTheParameter(String query, String parameter) {
        for (String endpoint : List.of("/api/timeline", "/api/quotes", "/api/articles")) {
            JsonNode problem = http.get(endpoint + "?" + query).problem(400);
            assertThat(problem.path("errors").findValuesAsString("name")).contains(parameter);
            assertThat(problem.path("detail").asString()).contains(parameter);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "size=100000", "page=abc", "size=1.5", "page=99999999999"})
    void badPagingIsA400(String query) {
        for (String endpoint : List.of("/api/timeline", "/api/quotes", "/api/articles")) {
            JsonNode problem = http.get(endpoint + "?" + query).problem(400);
            assertThat(problem.path("errors").findValuesAsString("name")).containsAnyOf("page", "size");
        }
    }

    @Test
    void pagingHappensInOrderAndPastTheEndIsEmpty() {
        List<String> all = phrases("?size=100");
        assertThat(all).hasSize(6);
        assertThat(phrases("?size=4&page=0")).isEqualTo(all.subList(0, 4));
        assertThat(phrases("?size=4&page=1")).isEqualTo(all.subList(4, 6));
        Reply past = http.get("/api/timeline?size=4&page=7").expect(200);
        assertThat(past.json().path("content").size()).isZero();
        assertThat(past.json().path("page").path("totalElements").asLong()).isEqualTo(6);
        assertThat(past.json().path("page").path("totalPages").asInt()).isEqualTo(2);
        assertThat(http.get("/api/timeline?size=100")
                        .json()
                        .path("page")
                        .path("size")
                        .asInt())
                .isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oh Chong Song", "oh chong-song", "OH CHONG-SONG", "오청성", " Oh Chong Song "})
    void quotesBySpeakerMatchANameOrAnyAliasInAnyCase(String speaker) {
        JsonNode quotes = http.get("/api/quotes?speaker=" + Http.encode(speaker))
                .expect(200)
                .json();
        assertThat(quotes.path("page").path("totalElements").asLong()).isEqualTo(5);
        assertThat(quotes.path("content").findValuesAsString("name")).containsOnly("Oh Chong Song");
    }

    @Test
    void whatDidOhSayInApril2019() {
        JsonNode april = http.get("/api/quotes?speaker=Oh%20Chong%20Song&from=2019-04&to=2019-04")
                .expect(200)
                .json();
        assertThat(april.path("content").size()).isEqualTo(5);
        assertThat(http.get("/api/quotes?speaker=Oh%20Chong%20Song&on=2019-03")
                        .json()
                        .path("content")
                        .size())
                .isZero();
        JsonNode un = http.get("/api/quotes?speaker=un").expect(200).json();
        assertThat(un.path("content").findValuesAsString("text")).containsExactly("strikingly similar");
        assertThat(http.get("/api/quotes?on=2014-06").json().path("content").findValuesAsString("text"))
                .containsExactly("strikingly similar");
        assertThat(http.get("/api/quotes?speaker=nobody").json().path("content").size())
                .isZero();
        assertThat(http.get("/api/quotes?q=escaping").json().path("content").findValuesAsString("text"))
                .containsExactly("I was driving at a very high speed. … I was escaping.");
        assertThat(http.get("/api/quotes")
                        .json()
                        .path("page")
                        .path("totalElements")
                        .asLong())
                .isEqualTo(6);
    }

    @Test
    void articlesByPublicationDateAndWords() {
        assertThat(articles("?on=2019-04-15")).hasSize(1);
        assertThat(articles("?on=2019-04")).hasSize(1);
        assertThat(articles("?on=2019")).hasSize(1);
        assertThat(articles("?from=2019-04-16")).isEmpty();
        assertThat(articles("?to=2019-04-14")).isEmpty();
        assertThat(articles("?q=defector")).hasSize(1);
        assertThat(articles("?q=defectors%20escape")).hasSize(1);
        assertThat(articles("?q=%22peppered%20with%20bullets%22")).hasSize(1);
        assertThat(articles("?q=zeppelin")).isEmpty();
        JsonNode summary =
                http.get("/api/articles").expect(200).json().path("content").path(0);
        assertThat(summary.path("lede").asString()).startsWith("It was a dash for freedom");
        assertThat(summary.has("body")).isFalse();
    }

    private List<String> articles(String query) {
        return http.get("/api/articles" + query)
                .expect(200)
                .json()
                .path("content")
                .findValuesAsString("slug");
    }
}
