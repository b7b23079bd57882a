package com.newsdesk.api.format;

import com.newsdesk.api.article.EventResponse;
import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.PagedResponse;
import com.newsdesk.api.web.PublicSite;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.timeline.TimelineCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** "What happened in November 2017?" as a calendar a person can subscribe to. */
@RestController
@Tag(name = "Formats")
class TimelineCalendarController {

    private final TimelineCatalog timeline;
    private final PublicSite site;
    private final Clock clock;

    TimelineCalendarController(TimelineCatalog timeline, PublicSite site, Clock clock) {
        this.timeline = timeline;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping(path = "/api/timeline.ics", produces = "text/calendar")
    @Operation(
            summary = "Events of all articles as an iCalendar file",
            description = "The events of GET /api/timeline (those whose span overlaps the range, ordered by start)"
                    + " as RFC 5545 all-day events, like an article's timeline.ics, each linking to its story. A page"
                    + " holds up to 100 events (the default); a Link header with rel=\"next\" points to the next"
                    + " page.")
    @ApiResponse(
            responseCode = "200",
            description = "The calendar",
            headers =
                    @Header(
                            name = HttpHeaders.LINK,
                            description = "The next page, when there is one: </api/timeline.ics?...&page=1>;"
                                    + " rel=\"next\"",
                            schema =
                                    @Schema(
                                            type = "string",
                                            pattern = "^<[^>]{1,500}>; rel=\"next\"$",
                                            maxLength = 520)),
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema = @Schema(type = "string", pattern = "^BEGIN:VCALENDAR", maxLength = 10_000_000),
                            examples = @ExampleObject(name = "November 2017", value = FormatExamples.ICALENDAR_RANGE)))
    @ApiResponse(
            responseCode = "400",
            description = "A malformed or impossible date, from after to, or a bad page or size",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> calendar(
            @Parameter(
                            description = "Overlapping on or after." + ApiDocs.DATE_FORMAT,
                            example = "2017-11",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    @RequestParam(required = false)
                    String from,
            @Parameter(
                            description = "Overlapping on or before (inclusive)." + ApiDocs.DATE_FORMAT,
                            example = "2017-11",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    @RequestParam(required = false)
                    String to,
            @Parameter(
                            description = "Overlapping (same as from=X&to=X)." + ApiDocs.DATE_FORMAT,
                            example = "2017-11",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    @RequestParam(required = false)
                    String on,
            @Parameter(
                            description = "Page number, 0-based",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "0",
                                            maximum = ApiDocs.MAX_INT,
                                            defaultValue = "0"))
                    @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(
                            description = "Events per page, 1 to 100",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "100"))
                    @RequestParam(defaultValue = "" + PageRequest.MAX_SIZE)
                    int size,
            @Parameter(hidden = true) HttpServletRequest request) {
        DateRange range = DateRange.fromParameters(from, to, on);
        PagedResponse<EventResponse> events =
                PagedResponse.from(timeline.overlapping(range, new PageRequest(page, size)), EventResponse::from);
        List<TimelineCalendar.Dated> dated = events.content().stream()
                .map(event -> new TimelineCalendar.Dated(event, event.articleSlug(), event.articleHeadline()))
                .toList();
        // Not one article's revision, so no ETag: like GET /api/timeline, cached for a second by CDNs only.
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TimelineCalendar.MEDIA_TYPE))
                .cacheControl(CachePolicy.live(request));
        if (page + 1 < events.page().totalPages()) {
            answer.header(HttpHeaders.LINK, "<" + nextPage(request, page) + ">; rel=\"next\"");
        }
        return answer.body(TimelineCalendar.of(name(range), dated, clock.instant(), site));
    }

    private String name(DateRange range) {
        String from = range.from() == null ? "" : range.from().toString();
        String to = range.to() == null ? "" : range.to().toString();
        return range.isBounded() ? site.name() + " timeline, " + from + " to " + to : site.name() + " timeline";
    }

    /** Relative to this request, so the link never carries a host the caller made up. */
    private static String nextPage(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page + 1)
                .build()
                .toUriString();
    }
}
