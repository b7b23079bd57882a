package com.newsdesk.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.GeneratedStories;
import com.newsdesk.api.support.Http;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.StoryCopies;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/articles/{article}/timelinejs: TimelineJS3 slides with only the date parts the article knows. */
@ApiTest
class TimelineJsTest {

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
    void theSeedTimelineHasOnlyTheDatePartsThePrecisionKnows() {
        var reply = http.get(SEED + "/timelinejs").expect(200);
        assertThat(reply.header("ETag")).isEqualTo("\"r1\"");
        JsonNode timeline = reply.json();
        assertThat(timeline.path("title").path("text").path("headline").asString())
                .isEqualTo("N. Korean defector whose escape went viral understands why he was shot");
        Map<String, JsonNode> slides = timeline.path("events")
                .valueStream()
                .collect(Collectors.toMap(s -> s.path("text").path("text").asString(), Function.identity()));
        assertThat(slides).hasSize(6);

        JsonNode report = slides.get("<p>“in 2014”</p>");
        assertThat(report.path("start_date").propertyNames()).containsExactly("year");
        assertThat(report.path("start_date").path("year").asString()).isEqualTo("2014");
        assertThat(report.has("end_date")).isFalse();
        assertThat(report.has("display_date")).isFalse();

        JsonNode dash = slides.get("<p>“On Nov. 13, 2017”</p>");
        assertThat(dash.path("start_date").propertyNames()).containsExactly("year", "month", "day");
        assertThat(dash.path("start_date").path("day").asString()).isEqualTo("13");
        assertThat(dash.has("end_date")).isFalse();

        JsonNode war = slides.get("<p>“1950-53”</p>");
        assertThat(war.path("start_date").propertyNames()).containsExactly("year");
        assertThat(war.path("end_date").path("year").asString()).isEqualTo("1953");

        JsonNode test = slides.get("<p>“A month before Oh made his dash”</p>");
        assertThat(test.path("display_date").asString()).isEqualTo("c. October 2017");
        assertThat(test.path("unique_id").asString()).isNotBlank();
    }

    @Test
    void textIsEscapedForTheHtmlTimelineJsRendersAndApproximateDatesSaySo() {
        Article story = GeneratedStories.add(89, publishing);
        JsonNode timeline = http.get("/api/articles/" + story.slug() + "/timelinejs")
                .expect(200)
                .json();
        assertThat(timeline.path("title").path("text").path("headline").asString())
                .doesNotContain("<story>")
                .contains("&lt;story&gt;", "&amp;");
        Map<String, JsonNode> slides = timeline.path("events")
                .valueStream()
                .collect(Collectors.toMap(s -> s.path("unique_id").asString(), Function.identity()));
        assertThat(slides).hasSize(story.timeline().size());
        for (TimelineEvent event : story.timeline()) {
            JsonNode slide = slides.get(event.id().toString());
            String headline = slide.path("text").path("headline").asString();
            assertThat(headline).doesNotContain("<i>").contains("&lt;i&gt;", "&amp; co.");
            assertThat(slide.path("start_date").path("year").asInt())
                    .isEqualTo(event.when().start().getYear());
            int parts = slide.path("start_date").size();
            switch (event.when().precision()) {
                case DAY -> assertThat(parts).isEqualTo(3);
                case MONTH -> assertThat(parts).isEqualTo(2);
                case YEAR -> assertThat(parts).isEqualTo(1);
                case SPAN ->
                    assertThat(slide.path("end_date").path("year").asInt())
                            .isEqualTo(event.when().end().getYear());
            }
            assertThat(slide.has("display_date")).isEqualTo(event.when().approximate());
            if (event.when().approximate()) {
                assertThat(slide.path("display_date").asString()).startsWith("c. ");
            }
        }
    }

    @Test
    void anUnknownArticleIsAProblem() {
        http.get("/api/articles/no-such-story/timelinejs").problem(404);
        http.get("/api/articles/no-such-story/jsonld").problem(404);
    }
}
