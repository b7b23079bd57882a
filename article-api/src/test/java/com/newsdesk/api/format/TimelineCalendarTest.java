package com.newsdesk.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.GeneratedStories;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.StoryCopies;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/articles/{article}/timeline.ics and /api/timeline.ics, parsed and validated by ical4j (RFC 5545): all-day
 * events over the whole span, exclusive ends, precision and approximation kept, stable UIDs.
 */
@ApiTest
class TimelineCalendarTest {

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
    void theSeedTimelineIsAValidCalendarOfAllDayEvents() throws Exception {
        Reply reply = http.get(SEED + "/timeline.ics").expect(200);
        assertThat(reply.header("Content-Type")).startsWith("text/calendar").contains("UTF-8");
        assertThat(reply.header("ETag")).isEqualTo("\"r1\"");
        assertThat(reply.text()).contains("\r\n").startsWith("BEGIN:VCALENDAR\r\n");
        Calendar calendar = valid(reply.text());
        Map<String, VEvent> events = byPhrase(calendar);
        assertThat(events).hasSize(6);

        VEvent dash = events.get("On Nov. 13, 2017");
        assertThat(line(dash, "DTSTART")).isEqualTo("DTSTART;VALUE=DATE:20171113");
        assertThat(line(dash, "DTEND")).isEqualTo("DTEND;VALUE=DATE:20171114");
        assertThat(text(dash, "SUMMARY"))
                .isEqualTo("Oh Chong Song smashes through a checkpoint and runs across the DMZ under fire");
        assertThat(text(dash, TimelineCalendar.PRECISION)).isEqualTo("day");
        assertThat(text(dash, TimelineCalendar.APPROXIMATE)).isEqualTo("FALSE");

        VEvent report = events.get("in 2014");
        assertThat(line(report, "DTSTART")).isEqualTo("DTSTART;VALUE=DATE:20140101");
        assertThat(line(report, "DTEND")).isEqualTo("DTEND;VALUE=DATE:20150101");
        assertThat(text(report, "SUMMARY")).endsWith("(2014)");
        assertThat(text(report, TimelineCalendar.PRECISION)).isEqualTo("year");

        VEvent war = events.get("1950-53");
        assertThat(line(war, "DTEND")).isEqualTo("DTEND;VALUE=DATE:19540101");
        assertThat(text(war, "SUMMARY")).endsWith("(1950–1953)");

        VEvent test = events.get("A month before Oh made his dash");
        assertThat(text(test, TimelineCalendar.APPROXIMATE)).isEqualTo("TRUE");
        assertThat(text(test, "SUMMARY")).endsWith("(c. October 2017)");
        assertThat(line(test, "DTSTART")).isEqualTo("DTSTART;VALUE=DATE:20170928");
        assertThat(line(test, "DTEND")).isEqualTo("DTEND;VALUE=DATE:20171029");

        // UIDs are the events' ids: the same in the JSON, across requests, and in the cross-article calendar.
        List<String> ids = http.get(SEED + "/timeline").expect(200).json().findValuesAsString("id");
        assertThat(events.values().stream().map(e -> text(e, "UID"))).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(http.get(SEED + "/timeline.ics").text()).isEqualTo(reply.text());
        Calendar november =
                valid(http.get("/api/timeline.ics?on=2017-11").expect(200).text());
        assertThat(november.<VEvent>getComponents("VEVENT").stream().map(e -> text(e, "UID")))
                .contains(text(dash, "UID"));
    }

    @Test
    void monthsAndYearsAreWholeSpansAndApproximationIsKept() throws Exception {
        Article story = GeneratedStories.add(55, publishing);
        Calendar calendar = valid(http.get("/api/articles/" + story.slug() + "/timeline.ics")
                .expect(200)
                .text());
        Map<String, VEvent> byUid = calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> text(e, "UID"), Function.identity()));
        assertThat(byUid).hasSize(story.timeline().size());
        for (TimelineEvent event : story.timeline()) {
            VEvent vevent = byUid.get(event.id().toString());
            assertThat(line(vevent, "DTSTART"))
                    .isEqualTo("DTSTART;VALUE=DATE:" + basic(event.when().start()));
            assertThat(line(vevent, "DTEND"))
                    .isEqualTo("DTEND;VALUE=DATE:" + basic(event.when().end().plusDays(1)));
            assertThat(text(vevent, TimelineCalendar.PRECISION))
                    .isEqualTo(event.when().precision().code());
            assertThat(text(vevent, TimelineCalendar.APPROXIMATE))
                    .isEqualTo(event.when().approximate() ? "TRUE" : "FALSE");
            assertThat(text(vevent, "SUMMARY")).startsWith(event.title());
            if (event.when().approximate()) {
                assertThat(text(vevent, "SUMMARY")).contains("(c. ");
            }
            if (event.when().precision() == DatePrecision.MONTH) {
                assertThat(event.when().end().plusDays(1).getDayOfMonth()).isEqualTo(1);
            }
        }
    }

    @Test
    void theCrossArticleCalendarIsPagedAndRefusesBadDates() throws Exception {
        Reply first = http.get("/api/timeline.ics?on=2017&size=1").expect(200);
        assertThat(valid(first.text()).getComponents("VEVENT")).hasSize(1);
        assertThat(first.header("Link")).isEqualTo("</api/timeline.ics?on=2017&size=1&page=1>; rel=\"next\"");
        assertThat(http.get("/api/timeline.ics?on=1066").expect(200).header("Link"))
                .isNull();
        http.get("/api/timeline.ics?on=2017-02-29").problem(400);
        http.get("/api/timeline.ics?from=2018&to=2017").problem(400);
        http.get("/api/articles/no-such-story/timeline.ics").problem(404);
    }

    @Test
    void theValidatorRefusesAnEventWithoutItsRequiredProperties() throws Exception {
        String broken = http.get(SEED + "/timeline.ics").text().replaceFirst("UID:[^\r]*\r\n", "");
        Calendar calendar = new CalendarBuilder().build(new StringReader(broken));
        assertThat(calendar.validate().hasErrors()).isTrue();
    }

    /** Parses the calendar, and asserts ical4j's validator finds nothing wrong with it. */
    private static Calendar valid(String ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.getEntries()).as(result.toString()).isEmpty();
        return calendar;
    }

    private static Map<String, VEvent> byPhrase(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(
                        e -> text(e, "DESCRIPTION")
                                .substring(1, text(e, "DESCRIPTION").indexOf('”')),
                        Function.identity()));
    }

    private static String text(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }

    private static String line(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().toString().strip();
    }

    private static String basic(LocalDate day) {
        return day.toString().replace("-", "");
    }
}
