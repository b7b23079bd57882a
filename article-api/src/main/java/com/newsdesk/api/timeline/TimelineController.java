package com.newsdesk.api.timeline;

import com.newsdesk.api.article.EventResponse;
import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.PagedResponse;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.search.SearchOrder;
import com.newsdesk.domain.timeline.TimelineCatalog;
import com.newsdesk.domain.timeline.TimelineSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "What happened in November 2017?": events of every article whose dates overlap a range. */
@RestController
@Tag(name = "Timeline", description = "Dated events across all articles")
class TimelineController {

    private static final String DATE_FORMAT =
            " Written YYYY, YYYY-MM or YYYY-MM-DD; a partial date covers its whole" + " year or month.";

    private final TimelineCatalog timeline;

    TimelineController(TimelineCatalog timeline) {
        this.timeline = timeline;
    }

    @GetMapping(path = "/api/timeline", produces = "application/json")
    @Operation(
            summary = "Events of all articles whose date span overlaps the range, ordered by start",
            description =
                    "An event in 2014 (year precision) spans the whole year, so it is found by on=2014-06. With q,"
                            + " only events whose title or phrase match, best match first.")
    @ApiResponse(
            responseCode = "200",
            description = "A page of events",
            headers =
                    @Header(
                            name = "ETag",
                            description = ApiDocs.LIST_ETAG,
                            schema = @Schema(type = "string", pattern = ApiDocs.LIST_ETAG_PATTERN, maxLength = 40)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag the caller sent")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed or impossible date, from after to, a bad page or size, q longer than 200"
                    + " characters or with control characters, an unknown order, or order=relevance without q",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<PagedResponse<EventResponse>> events(
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
                            description =
                                    "Words in the event's title or dating phrase; web-search syntax (\"a phrase\","
                                            + " -not, or), accents and case ignored; each event then carries an HTML snippet",
                            example = "missile",
                            schema = @Schema(type = "string", maxLength = 200))
                    @RequestParam(required = false)
                    String q,
            @Parameter(
                            description =
                                    "oldest (by start, the default), newest, or relevance (best match first; with q only)",
                            example = "relevance",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"newest", "oldest", "relevance"}))
                    @RequestParam(required = false)
                    String order,
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
                            description = "Page size, 1 to 100",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @RequestParam(defaultValue = "20")
                    int size,
            @Parameter(hidden = true) HttpServletRequest request) {
        PagedResponse<EventResponse> body = PagedResponse.from(
                timeline.search(
                        new TimelineSearch(DateRange.fromParameters(from, to, on), q, SearchOrder.fromParameter(order)),
                        new PageRequest(page, size)),
                EventResponse::from);
        return ResponseEntity.ok().cacheControl(CachePolicy.live(request)).body(body);
    }
}
