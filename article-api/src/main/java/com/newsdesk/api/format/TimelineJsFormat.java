package com.newsdesk.api.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.EventResponse;
import java.util.List;

/**
 * An article's timeline as Knight Lab TimelineJS3 JSON ({@code timeline.knightlab.com/docs/json-format.html}): the
 * story as the title slide, each event as a slide. A date carries only the parts its precision knows (an event in 2014
 * has a year and nothing else, so TimelineJS shows "2014", not 1 January); a span has an end date; an approximate date
 * gets a {@code display_date} that says so ("c. September 2017"). TimelineJS renders {@code text} as HTML, so every
 * piece of the story's text in it is escaped.
 */
final class TimelineJsFormat {

    private TimelineJsFormat() {}

    static Timeline of(ArticleResponse article) {
        String about = String.join(
                " · ",
                java.util.stream.Stream.of(
                                article.dateline(), ArticleText.byline(article.bylines()), article.publisher())
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
        return new Timeline(
                new Slide(
                        null,
                        null,
                        new SlideText(ArticleText.escape(article.headline()), paragraph(about)),
                        null,
                        "article-" + article.id()),
                article.timeline().stream().map(TimelineJsFormat::slide).toList());
    }

    private static Slide slide(EventResponse event) {
        KnownDates.Known start = KnownDates.start(event);
        KnownDates.Known end = KnownDates.end(event);
        return new Slide(
                date(start),
                KnownDates.single(event) ? null : date(end),
                new SlideText(ArticleText.escape(event.title()), paragraph("“" + event.phrase() + "”")),
                event.approximate() ? KnownDates.label(event) : null,
                event.id().toString());
    }

    private static TimelineDate date(KnownDates.Known known) {
        return new TimelineDate(
                Integer.toString(known.year()),
                known.month() == null ? null : known.month().toString(),
                known.day() == null ? null : known.day().toString());
    }

    private static String paragraph(String text) {
        return text.isBlank() ? null : "<p>" + ArticleText.escape(text) + "</p>";
    }

    record Timeline(Slide title, List<Slide> events) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Slide(
            @JsonProperty("start_date") TimelineDate startDate,
            @JsonProperty("end_date") TimelineDate endDate,
            SlideText text,
            @JsonProperty("display_date") String displayDate,
            @JsonProperty("unique_id") String uniqueId) {}

    /** Year, month and day as strings, the way TimelineJS's own spreadsheet import writes them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TimelineDate(String year, String month, String day) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SlideText(String headline, String text) {}
}
