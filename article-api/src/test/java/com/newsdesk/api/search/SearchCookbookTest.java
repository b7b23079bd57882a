package com.newsdesk.api.search;

import static com.newsdesk.api.support.Http.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The README's search cookbook, question by question, over HTTP against the seeded story in a database of its own, so
 * every answer is known exactly. Each test is named for the question and sends the request the README's curl sends;
 * every answer is checked against the OpenAPI document.
 */
@ApiTest
@TestPropertySource(properties = "newsdesk.test.database=search-cookbook")
class SearchCookbookTest {

    static final String SLUG = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";
    static final String UN = "ed381f3e-ff37-47d6-abdd-4a7c4a821e66";
    static final String OH = "579c88c8-7981-453c-b0a0-6b64bff0de7c";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode get(String path) {
        return http.get(path).expect(200).json();
    }

    private List<String> slugs(String path) {
        return get(path).path("content").findValuesAsString("slug");
    }

    // --- The questions

    @Test
    void whatDidTheUnSay() {
        for (String name : List.of("the UN", "U.N.", "United Nations", "the united nations", "un")) {
            JsonNode quotes = get("/api/quotes?speaker=" + encode(name));
            assertThat(quotes.path("content").findValuesAsString("text"))
                    .as(name)
                    .containsExactly("strikingly similar");
        }
    }

    @Test
    void storiesByStellaKim() {
        assertThat(slugs("/api/articles?byline=" + encode("Stella Kim"))).containsExactly(SLUG);
        assertThat(slugs("/api/articles?byline=" + encode("stella kim"))).containsExactly(SLUG);
        assertThat(slugs("/api/articles?byline=" + encode("Lester Holt"))).isEmpty();
    }

    @Test
    void whichEventsMentionAMissile() {
        JsonNode events = get("/api/timeline?q=missile");
        assertThat(events.path("content").findValuesAsString("title"))
                .containsExactly("North Korea test-fires its second intercontinental ballistic missile");
        assertThat(events.path("content").path(0).path("snippet").asString())
                .isEqualTo("North Korea test-fires its second intercontinental ballistic <mark>missile</mark>"
                        + " — two weeks after Oh crossed the DMZ");
        assertThat(get("/api/timeline").path("page").path("totalElements").asLong())
                .isEqualTo(6);
    }

    @Test
    void whoDoesTheNewsQuote() {
        JsonNode speakers = get("/api/speakers");
        assertThat(speakers.path("content").findValuesAsString("name"))
                .containsExactly("Oh Chong Song", "United Nations");
        assertThat(speakers.path("content").path(0).path("quoteCount").asLong()).isEqualTo(5);
        assertThat(speakers.path("content").path(1).path("aliases").toString()).contains("U.N.", "UN");
    }

    @Test
    void hasTheListChangedSinceIReadIt() {
        for (String list : List.of(
                "/api/articles",
                "/api/articles?q=defector",
                "/api/quotes?q=escaping",
                "/api/timeline?q=missile",
                "/api/speakers?q=un",
                "/api/speakers/" + UN)) {
            Reply first = http.get(list).expect(200);
            String etag = first.header("ETag");
            assertThat(etag).as(list).isNotBlank();
            Reply again = http.get(list, "If-None-Match", etag);
            assertThat(again.status()).as(list).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(http.get(list, "If-None-Match", "\"something-else\"").status())
                    .isEqualTo(200);
        }
    }

    // --- Ten more

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(slugs("/api/articles?q=" + encode("PYŎNGYANG"))).containsExactly(SLUG);
        assertThat(slugs("/api/articles?q=" + encode("défector"))).containsExactly(SLUG);
    }

    @Test
    void anExactPhraseInQuotes() {
        assertThat(slugs("/api/articles?q=" + encode("\"nuclear test\""))).containsExactly(SLUG);
        assertThat(slugs("/api/articles?q=" + encode("\"test nuclear\""))).isEmpty();
    }

    @Test
    void excludingAWordOrEitherWord() {
        assertThat(slugs("/api/articles?q=" + encode("defector -missile"))).isEmpty();
        assertThat(slugs("/api/articles?q=" + encode("spaceship or defector"))).containsExactly(SLUG);
        assertThat(slugs("/api/articles?q=spaceship")).isEmpty();
    }

    @Test
    void whereTheWordsAreInTheStory() {
        JsonNode found = get("/api/articles?q=" + encode("fortified frontiers"));
        String snippet = found.path("content").path(0).path("snippet").asString();
        assertThat(snippet).contains("<mark>fortified</mark> <mark>frontiers</mark>");
        assertThat(get("/api/articles").path("content").path(0).has("snippet")).isFalse();
    }

    @Test
    void storiesThatQuoteTheUn() {
        assertThat(slugs("/api/articles?speaker=" + encode("the U.N."))).containsExactly(SLUG);
        assertThat(slugs("/api/articles?speaker=" + encode("오청성"))).containsExactly(SLUG);
        assertThat(slugs("/api/articles?speaker=" + encode("Kim Jong Un"))).isEmpty();
    }

    @Test
    void everythingOhSaidOverTime() {
        JsonNode oh = get("/api/speakers/" + OH);
        assertThat(oh.path("speaker").path("name").asString()).isEqualTo("Oh Chong Song");
        assertThat(oh.path("speaker").path("quoteCount").asLong()).isEqualTo(5);
        assertThat(oh.path("quotes").path("content")).hasSize(5);
        List<String> said = oh.path("quotes").path("content").findValuesAsString("saidOn");
        assertThat(said).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void whoSaidTheyWereEscaping() {
        JsonNode quotes = get("/api/quotes?q=escaping");
        assertThat(quotes.path("content").path(0).path("speaker").path("name").asString())
                .isEqualTo("Oh Chong Song");
        assertThat(quotes.path("content").path(0).path("snippet").asString()).contains("I was <mark>escaping</mark>.");
    }

    @Test
    void findASpeakerByPartOfANameOrAlias() {
        assertThat(get("/api/speakers?q=" + encode("chong")).path("content").findValuesAsString("name"))
                .containsExactly("Oh Chong Song");
        assertThat(get("/api/speakers?q=" + encode("오청성")).path("content").findValuesAsString("name"))
                .containsExactly("Oh Chong Song");
        assertThat(get("/api/speakers?q=" + encode("the u.n.")).path("content").findValuesAsString("name"))
                .containsExactly("United Nations");
    }

    @Test
    void oldestFirstOrBestMatchFirst() {
        assertThat(slugs("/api/articles?order=oldest")).containsExactly(SLUG);
        assertThat(slugs("/api/articles?q=defector&order=relevance")).containsExactly(SLUG);
        assertThat(get("/api/quotes?order=newest")
                        .path("content")
                        .path(0)
                        .path("text")
                        .asString())
                .startsWith("In their situation");
        // Quotes and events best match first too (among the newest 1,000 matches); equal ranks newest first.
        JsonNode quotes = get("/api/quotes?q=" + encode("driving or situation") + "&order=relevance");
        assertThat(quotes.path("content").path(0).path("text").asString()).startsWith("As the situation was urgent");
        assertThat(quotes.path("page").path("totalElements").asLong()).isEqualTo(3);
        JsonNode events = get("/api/timeline?q=" + encode("dmz or nuclear") + "&order=relevance");
        assertThat(events.path("content").findValuesAsString("title"))
                .containsExactly(
                        "Oh Chong Song smashes through a checkpoint and runs across the DMZ under fire",
                        "North Korea conducts its most powerful nuclear test to date",
                        "North Korea test-fires its second intercontinental ballistic missile");
        assertThat(events.path("page").path("totalElements").asLong()).isEqualTo(3);
    }

    @Test
    void onlyStopWordsFindNothingRatherThanFail() {
        JsonNode none = get("/api/articles?q=" + encode("the of and"));
        assertThat(none.path("content")).isEmpty();
        assertThat(none.path("page").path("totalElements").asLong()).isZero();
    }

    @Test
    void whatHappenedWithNuclearTestsIn2017() {
        assertThat(get("/api/timeline?on=2017&q=nuclear").path("content").findValuesAsString("title"))
                .containsExactly("North Korea conducts its most powerful nuclear test to date");
        assertThat(get("/api/timeline?on=2014&q=nuclear").path("content")).isEmpty();
    }
}
