package com.newsdesk.api.article;

import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.PagedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description of the article reads, kept apart so the controller reads as code. */
@Tag(name = "Articles", description = "Stories as structured data: masthead, body, quotes, timeline, notices")
interface ArticleApi {

    @Operation(
            summary = "List articles, newest first (or oldest first, or the best match first for a word search)",
            description = "Filters on the publication date (UTC days), on words in the headline, standfirst and body"
                    + " (web-search syntax, accents and case ignored; each summary then carries an HTML snippet), on a"
                    + " byline and on a speaker the story quotes (names compared without case, accents, dots or a"
                    + " leading \"the\", aliases included). Carries an ETag: If-None-Match answers 304 until a"
                    + " change alters the list.")
    @ApiResponse(
            responseCode = "200",
            description = "A page of article summaries",
            headers =
                    @Header(
                            name = "ETag",
                            description = ApiDocs.LIST_ETAG,
                            schema = @Schema(type = "string", pattern = ApiDocs.LIST_ETAG_PATTERN, maxLength = 40)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag the caller sent")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed or impossible date, from after to, a bad page or size, q or a name longer than"
                    + " 200 characters or with control characters, an unknown order, or order=relevance without q",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<PagedResponse<ArticleSummaryResponse>> articles(
            @Parameter(
                            description = "Published on or after." + ApiDocs.DATE_FORMAT,
                            example = "2019-04",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    String from,
            @Parameter(
                            description = "Published on or before (inclusive)." + ApiDocs.DATE_FORMAT,
                            example = "2019-04",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    String to,
            @Parameter(
                            description = "Published within (same as from=X&to=X)." + ApiDocs.DATE_FORMAT,
                            example = "2019-04-15",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    String on,
            @Parameter(
                            description =
                                    "Words in the headline, standfirst or body; web-search syntax (\"a phrase\", -not, or);"
                                            + " accents and case do not matter",
                            example = "defector",
                            schema = @Schema(type = "string", maxLength = 200))
                    String q,
            @Parameter(
                            description = "Stories with this byline (compared without case or accents)",
                            example = "Stella Kim",
                            schema = @Schema(type = "string", maxLength = 200))
                    String byline,
            @Parameter(
                            description = "Stories quoting this speaker: a name or any alias (\"the UN\", \"U.N.\")",
                            example = "the UN",
                            schema = @Schema(type = "string", maxLength = 200))
                    String speaker,
            @Parameter(
                            description = "newest (the default), oldest, or relevance (best match first; with q only)",
                            example = "relevance",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"newest", "oldest", "relevance"}))
                    String order,
            @Parameter(
                            description = "The newsroom only (with credentials): list stories in this state instead"
                                    + " of the published ones (drafts and scheduled stories by when they last changed)",
                            example = "draft",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"draft", "scheduled", "published", "retracted"}))
                    String status,
            @Parameter(
                            description = "Page number, 0-based",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "0",
                                            maximum = ApiDocs.MAX_INT,
                                            defaultValue = "0"))
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
                    int size,
            @Parameter(hidden = true) HttpServletRequest request);

    @Operation(
            summary = "Read one article whole",
            description = "Carries a strong ETag naming the revision (\"r1\", \"r2\", ...) and Last-Modified; send"
                    + " If-None-Match to get 304 when nothing changed. Editors need the ETag for If-Match.")
    @ApiResponse(
            responseCode = "200",
            description = "The article",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleResponse.class)),
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
                        description = "When the article last changed",
                        schema = @Schema(type = "string", pattern = ApiDocs.HTTP_DATE_PATTERN, maxLength = 40)),
                @Header(
                        name = "Cache-Control",
                        description = "public, max-age=0, s-maxage=1, stale-if-error=86400",
                        schema = @Schema(type = "string", pattern = "^[a-z0-9=, -]+$", maxLength = 100))
            })
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the caller sent")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> article(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(hidden = true) HttpServletRequest request);

    @Operation(summary = "The article's quotes, in reading order")
    @ApiResponse(responseCode = "200", description = "The quotes")
    @ApiResponse(responseCode = "304", description = "Not modified")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<List<QuoteResponse>> quotes(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(hidden = true) HttpServletRequest request);

    @Operation(summary = "The article's timeline events, in date order")
    @ApiResponse(responseCode = "200", description = "The events")
    @ApiResponse(responseCode = "304", description = "Not modified")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<List<EventResponse>> timeline(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(hidden = true) HttpServletRequest request);

    @Operation(summary = "The article's public correction notices, oldest first", description = "Typo fixes have none.")
    @ApiResponse(responseCode = "200", description = "The notices")
    @ApiResponse(responseCode = "304", description = "Not modified")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<List<NoticeResponse>> corrections(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(hidden = true) HttpServletRequest request);
}
