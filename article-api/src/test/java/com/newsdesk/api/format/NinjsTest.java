package com.newsdesk.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.GeneratedStories;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.StoryCopies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** GET /api/articles/{article}/ninjs, validated against IPTC's own ninjs 3.1 JSON Schema (offline copy). */
@ApiTest
class NinjsTest {

    /** IPTC's schema, with the GeoJSON schema it refers to served from the local copy; formats are asserted. */
    static final Schema NINJS = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build())
                            .schemaLoader(loader -> loader.schemaIdResolvers(ids -> ids.mappings(Map.of(
                                    "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
                                    "classpath:standards/ninjs/ninjs-schema_3.1.json",
                                    "https://geojson.org/schema/GeoJSON.json",
                                    "classpath:standards/ninjs/GeoJSON-schema.json")))))
            .getSchema(SchemaLocation.of("http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"));

    private static final String SEED = "/api/articles/" + StoryCopies.SEEDED_SLUG;

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theSeedStoryIsAValidNinjsItem() {
        Reply reply = http.get(SEED + "/ninjs").expect(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode item = reply.json();
        assertThat(errors(item)).isEmpty();

        assertThat(item.path("uri").asString()).isEqualTo("urn:uuid:" + StoryCopies.SEEDED_ID);
        assertThat(item.path("standard").path("version").asString()).isEqualTo("3.1");
        assertThat(item.path("headlines").path(0).path("value").asString())
                .isEqualTo("N. Korean defector whose escape went viral understands why he was shot");
        assertThat(item.path("by").asString()).isEqualTo("Stella Kim and Alexander Smith");
        assertThat(item.path("located").asString()).isEqualTo("SEOUL, South Korea");
        assertThat(item.path("language").asString()).isEqualTo("en");
        assertThat(item.path("firstCreated").asString()).isEqualTo("2019-04-15T12:00:00Z");
        assertThat(item.path("people").findValuesAsString("name")).containsExactly("Oh Chong Song");
        assertThat(item.path("organisations").findValuesAsString("name")).containsExactly("NBC News", "United Nations");
        assertThat(item.path("events").size()).isEqualTo(6);
        assertThat(item.path("bodies").path(1).path("value").asString())
                .startsWith("It was a dash for freedom")
                .contains("I was driving at a very high speed. … I was escaping.");

        JsonNode war = event(item, "1950-53");
        assertThat(war.path("type").asString()).isEqualTo("event");
        assertThat(war.path("eventDetails")
                        .path("dates")
                        .path("expectedStartDate")
                        .asString())
                .isEqualTo("1950");
        assertThat(war.path("eventDetails")
                        .path("dates")
                        .path("expectedEndDate")
                        .asString())
                .isEqualTo("1953");
        JsonNode report = event(item, "in 2014");
        assertThat(report.path("eventDetails")
                        .path("dates")
                        .path("expectedStartDate")
                        .asString())
                .isEqualTo("2014");
        JsonNode dash = event(item, "On Nov. 13, 2017");
        assertThat(dash.path("eventDetails")
                        .path("dates")
                        .path("expectedStartDate")
                        .asString())
                .isEqualTo("2017-11-13");
        JsonNode test = event(item, "A month before Oh made his dash");
        assertThat(test.path("descriptions").findValuesAsString("value")).contains("c. October 2017");
    }

    @Test
    void itIsCachedLikeTheArticleAndUnknownArticlesAreProblems() {
        Reply reply = http.get(SEED + "/ninjs").expect(200);
        assertThat(reply.header("ETag")).isEqualTo("\"r1\"");
        assertThat(reply.header("Last-Modified")).isEqualTo("Mon, 15 Apr 2019 12:00:00 GMT");
        assertThat(reply.header("Cache-Control")).contains("public", "s-maxage=1");
        http.get(SEED + "/ninjs", "If-None-Match", "\"r1\"").expect(304);
        http.get("/api/articles/no-such-story/ninjs").problem(404);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21})
    void generatedStoriesWithACorrectionAreValidNinjsItems(long seed) {
        Article story = GeneratedStories.add(seed, publishing);
        String path = "/api/articles/" + story.slug();
        FormatTests.correct(http, path, "Event 0", "Event zero", "correction", "A clarified <event> & its date.");
        JsonNode item = http.get(path + "/ninjs").expect(200).json();

        assertThat(errors(item)).isEmpty();
        assertThat(item.path("version").asString()).isEqualTo("2");
        assertThat(item.path("headlines").path(0).path("value").asString()).isEqualTo(story.headline());
        assertThat(item.path("people").size()).isEqualTo(1);
        assertThat(item.path("organisations").size()).isEqualTo(2);
        JsonNode correction = item.path("associations")
                .valueStream()
                .filter(a -> a.path("rel").asString().equals("correction"))
                .findFirst()
                .orElseThrow();
        assertThat(correction.path("version").asString()).isEqualTo("2");
        assertThat(correction.path("bodies").path(0).path("value").asString())
                .isEqualTo("A clarified <event> & its date.");
        assertThat(item.path("events").size()).isEqualTo(story.timeline().size());
    }

    @Test
    void theValidatorRefusesWhatTheSchemaForbids() {
        ObjectNode item = (ObjectNode) http.get(SEED + "/ninjs").expect(200).json();
        item.put("pubStatus", "published");
        item.put("firstCreated", "15 April 2019");
        item.put("unknownProperty", true);
        assertThat(errors(item)).hasSizeGreaterThanOrEqualTo(3);
    }

    static List<String> errors(JsonNode item) {
        return NINJS.validate(item).stream().map(Error::toString).toList();
    }

    private static JsonNode event(JsonNode item, String phrase) {
        return item.path("associations")
                .valueStream()
                .filter(a -> a.path("descriptions").findValuesAsString("value").contains(phrase))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event dated " + phrase));
    }
}
