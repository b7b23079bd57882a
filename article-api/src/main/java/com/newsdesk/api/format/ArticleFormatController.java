package com.newsdesk.api.format;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.CurrentArticles;
import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.PublicSite;
import com.newsdesk.domain.article.ArticleDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One article in the newsroom's standard forms. Each answer is cached like the JSON article: a strong ETag naming the
 * revision (so If-None-Match answers 304), Last-Modified, and the same Cache-Control.
 */
@RestController
@RequestMapping("/api/articles/{article}")
@Tag(name = "Formats")
class ArticleFormatController {

    static final String LD_JSON = "application/ld+json";

    static {
        // Their shapes are the standards' own: documented by the NinjsItem, JsonLdNewsArticle and TimelineJsTimeline
        // schemas (which link to the standards) and the examples, not re-described from these records.
        SpringDocUtils.getConfig()
                .addResponseTypeToIgnore(NinjsFormat.Ninjs.class)
                .addResponseTypeToIgnore(JsonLdFormat.NewsArticle.class)
                .addResponseTypeToIgnore(TimelineJsFormat.Timeline.class);
    }

    private final CurrentArticles articles;
    private final PublicSite site;

    ArticleFormatController(CurrentArticles articles, PublicSite site) {
        this.articles = articles;
        this.site = site;
    }

    @GetMapping(path = "/ninjs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The article as IPTC ninjs 3.1",
            description = "A news item in IPTC's News in JSON 3.1 (http://www.iptc.org/std/ninjs/), valid against"
                    + " IPTC's schema: headline, byline (by), dateline (located), language, dates, the body as HTML"
                    + " and plain text, the people and organisations quoted, and the timeline events. Each event is"
                    + " also an association of type event whose eventDetails.dates carry truncated dates (2017,"
                    + " 2017-11, 2017-11-13) as precise as the article; each public correction notice is an"
                    + " association with the rel correction.")
    @ApiResponse(
            responseCode = "200",
            description = "The ninjs news item",
            headers = {
                @Header(
                        name = "ETag",
                        description = "The revision, as a strong entity tag",
                        schema =
                                @Schema(
                                        type = "string",
                                        pattern = ApiDocs.ETAG_PATTERN,
                                        maxLength = 20,
                                        example = ApiDocs.ETAG_LITERAL)),
                @Header(
                        name = "Last-Modified",
                        description = "When the content last changed",
                        schema = @Schema(type = "string", pattern = ApiDocs.HTTP_DATE_PATTERN, maxLength = 40))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(ref = "#/components/schemas/NinjsItem"),
                            examples = @ExampleObject(name = "the defector story", value = FormatExamples.NINJS)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the caller sent")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<NinjsFormat.Ninjs> ninjs(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    @PathVariable
                    String article,
            @Parameter(hidden = true) HttpServletRequest request) {
        return current(article, MediaType.APPLICATION_JSON, request, a -> NinjsFormat.of(a, site));
    }

    @GetMapping(path = "/jsonld", produces = LD_JSON)
    @Operation(
            summary = "The article as schema.org NewsArticle JSON-LD",
            description = "The structured data search engines read (https://schema.org/NewsArticle): headline,"
                    + " dateline, datePublished and dateModified (UTC), authors, publisher, the body, the speakers"
                    + " as mentions, videos, and each public correction notice as a CorrectionComment with its"
                    + " datePublished. Every term is schema.org's.")
    @ApiResponse(
            responseCode = "200",
            description = "The JSON-LD document",
            headers = {
                @Header(
                        name = "ETag",
                        description = "The revision, as a strong entity tag",
                        schema =
                                @Schema(
                                        type = "string",
                                        pattern = ApiDocs.ETAG_PATTERN,
                                        maxLength = 20,
                                        example = ApiDocs.ETAG_LITERAL)),
                @Header(
                        name = "Last-Modified",
                        description = "When the content last changed",
                        schema = @Schema(type = "string", pattern = ApiDocs.HTTP_DATE_PATTERN, maxLength = 40))
            },
            content =
                    @Content(
                            mediaType = LD_JSON,
                            schema = @Schema(ref = "#/components/schemas/JsonLdNewsArticle"),
                            examples = @ExampleObject(name = "the defector story", value = FormatExamples.JSON_LD)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the caller sent")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<JsonLdFormat.NewsArticle> jsonLd(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    @PathVariable
                    String article,
            @Parameter(hidden = true) HttpServletRequest request) {
        return current(article, MediaType.parseMediaType(LD_JSON), request, a -> JsonLdFormat.of(a, site));
    }

    @GetMapping(path = "/timelinejs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The article's timeline for Knight Lab TimelineJS3",
            description = "TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): the story as the"
                    + " title slide and one slide per event. Dates carry only the parts the precision knows (an event"
                    + " in 2014 has a year only); a span has an end_date; an approximate date has a display_date"
                    + " (\"c. September 2017\"). Text is HTML-escaped, as TimelineJS renders it as HTML.")
    @ApiResponse(
            responseCode = "200",
            description = "The TimelineJS3 timeline",
            headers = {
                @Header(
                        name = "ETag",
                        description = "The revision, as a strong entity tag",
                        schema =
                                @Schema(
                                        type = "string",
                                        pattern = ApiDocs.ETAG_PATTERN,
                                        maxLength = 20,
                                        example = ApiDocs.ETAG_LITERAL)),
                @Header(
                        name = "Last-Modified",
                        description = "When the content last changed",
                        schema = @Schema(type = "string", pattern = ApiDocs.HTTP_DATE_PATTERN, maxLength = 40))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(ref = "#/components/schemas/TimelineJsTimeline"),
                            examples = @ExampleObject(name = "the defector story", value = FormatExamples.TIMELINE_JS)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the caller sent")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<TimelineJsFormat.Timeline> timelineJs(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    @PathVariable
                    String article,
            @Parameter(hidden = true) HttpServletRequest request) {
        return current(article, MediaType.APPLICATION_JSON, request, TimelineJsFormat::of);
    }

    @GetMapping(path = "/timeline.ics", produces = "text/calendar")
    @Operation(
            summary = "The article's timeline as an iCalendar file",
            description = "RFC 5545, one all-day event (VALUE=DATE) per timeline event over the whole span the"
                    + " article allows, DTEND exclusive (November 2017 is 20171101 to 20171201). The summary says the"
                    + " date in words when it is not an exact day (\"(c. September 2017)\"); X-NEWSDESK-PRECISION"
                    + " (day, month, year, span) and X-NEWSDESK-APPROXIMATE (TRUE, FALSE) keep both for programs."
                    + " UIDs are the event ids, stable across corrections.")
    @ApiResponse(
            responseCode = "200",
            description = "The calendar",
            headers = {
                @Header(
                        name = "ETag",
                        description = "The revision, as a strong entity tag",
                        schema =
                                @Schema(
                                        type = "string",
                                        pattern = ApiDocs.ETAG_PATTERN,
                                        maxLength = 20,
                                        example = ApiDocs.ETAG_LITERAL)),
                @Header(
                        name = "Last-Modified",
                        description = "When the content last changed",
                        schema = @Schema(type = "string", pattern = ApiDocs.HTTP_DATE_PATTERN, maxLength = 40))
            },
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema = @Schema(type = "string", pattern = "^BEGIN:VCALENDAR", maxLength = 10_000_000),
                            examples = @ExampleObject(name = "the defector story", value = FormatExamples.ICALENDAR)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the caller sent")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> calendar(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    @PathVariable
                    String article,
            @Parameter(hidden = true) HttpServletRequest request) {
        return current(
                article,
                MediaType.parseMediaType(TimelineCalendar.MEDIA_TYPE),
                request,
                a -> TimelineCalendar.of(
                        a.headline(),
                        a.timeline().stream()
                                .map(event -> new TimelineCalendar.Dated(event, a.slug(), a.headline()))
                                .toList(),
                        a.updatedAt(),
                        site));
    }

    /** The article as it reads now, in one form, tagged with its revision like the JSON article. */
    private <T> ResponseEntity<T> current(
            String reference, MediaType type, HttpServletRequest request, Function<ArticleResponse, T> form) {
        ArticleDocument document = articles.document(reference);
        return articles.ok(document, request).contentType(type).body(form.apply(articles.parsed(document)));
    }
}
