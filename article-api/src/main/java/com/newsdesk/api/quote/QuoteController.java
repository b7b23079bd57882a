package com.newsdesk.api.quote;

import com.newsdesk.api.article.QuoteResponse;
import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.PagedResponse;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.quote.QuoteCatalog;
import com.newsdesk.domain.quote.QuoteSearch;
import com.newsdesk.domain.search.SearchOrder;
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

/** "What did Oh Chong Song say in April 2019?": quotes of every article, by speaker, date and words. */
@RestController
@Tag(name = "Quotes", description = "Who said what, across all articles")
class QuoteController {

    private static final String DATE_FORMAT =
            " Written YYYY, YYYY-MM or YYYY-MM-DD; a partial date covers its whole" + " year or month.";

    private final QuoteCatalog quotes;

    QuoteController(QuoteCatalog quotes) {
        this.quotes = quotes;
    }

    @GetMapping(path = "/api/quotes", produces = "application/json")
    @Operation(
            summary = "Quotes of all articles, ordered by when they were said (or best match first: order=relevance)",
            description = "speaker matches a name or any alias, case-insensitively (\"oh chong-song\", \"오청성\"),"
                    + " without accents, dots or a leading \"the\" (\"the U.N.\"); dates filter on when the words"
                    + " were said.")
    @ApiResponse(
            responseCode = "200",
            description = "A page of quotes",
            headers =
                    @Header(
                            name = "ETag",
                            description = ApiDocs.LIST_ETAG,
                            schema = @Schema(type = "string", pattern = ApiDocs.LIST_ETAG_PATTERN, maxLength = 40)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag the caller sent")
    @ApiResponse(
            responseCode = "400",
            description = "A malformed or impossible date, from after to, a bad page or size, q or speaker longer"
                    + " than 200 characters or with control characters, an unknown order, or order=relevance without q",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<PagedResponse<QuoteResponse>> quotes(
            @Parameter(
                            description = "A speaker's name or alias, any case",
                            example = "Oh Chong-song",
                            schema = @Schema(type = "string", maxLength = 200))
                    @RequestParam(required = false)
                    String speaker,
            @Parameter(
                            description = "Said on or after." + ApiDocs.DATE_FORMAT,
                            example = "2019-04",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    @RequestParam(required = false)
                    String from,
            @Parameter(
                            description = "Said on or before (inclusive)." + ApiDocs.DATE_FORMAT,
                            example = "2019-04",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    @RequestParam(required = false)
                    String to,
            @Parameter(
                            description = "Said within (same as from=X&to=X)." + ApiDocs.DATE_FORMAT,
                            example = "2019-04",
                            schema = @Schema(type = "string", pattern = ApiDocs.DATE_PATTERN, maxLength = 10))
                    @RequestParam(required = false)
                    String on,
            @Parameter(
                            description = "Words in the quote; web-search syntax (\"a phrase\", -not, or), accents and"
                                    + " case ignored; each quote then carries an HTML snippet",
                            example = "escaping",
                            schema = @Schema(type = "string", maxLength = 200))
                    @RequestParam(required = false)
                    String q,
            @Parameter(
                            description =
                                    "oldest (by when said, the default), newest, or relevance (best match first; with q only)",
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
        QuoteSearch search =
                new QuoteSearch(speaker, DateRange.fromParameters(from, to, on), q, SearchOrder.fromParameter(order));
        PagedResponse<QuoteResponse> body =
                PagedResponse.from(quotes.search(search, new PageRequest(page, size)), QuoteResponse::from);
        return ResponseEntity.ok().cacheControl(CachePolicy.live(request)).body(body);
    }
}
