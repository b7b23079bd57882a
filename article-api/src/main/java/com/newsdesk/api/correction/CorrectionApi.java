package com.newsdesk.api.correction;

import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;

/** The OpenAPI description of the editors' correction operation. */
@Tag(name = "Corrections", description = "Editors correct published text; readers see notices; every revision is kept")
interface CorrectionApi {

    String PROBLEM = "application/problem+json";

    @Operation(
            summary = "Correct published text",
            description = "Editors only (HTTP Basic; use Authorize). Read the article first and send its ETag as"
                    + " If-Match. In one transaction the text changes, the revision goes up by one, updatedAt moves, a"
                    + " snapshot is kept, and a public notice is added (none for kind typo). A change inside a"
                    + " quotation or an event's dating phrase updates it too; one that cuts across its edge is refused."
                    + " Send an Idempotency-Key to make retries safe.",
            security = @SecurityRequirement(name = "editor"))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CorrectionRequest.class),
                            examples = {
                                @ExampleObject(name = "block", summary = "Correct a paragraph", value = """
                                        {
                                          "blockId": "b6",
                                          "find": "A month before",
                                          "replace": "About 10 weeks before",
                                          "kind": "correction",
                                          "note": "An earlier version of this article misstated when North Korea conducted its nuclear test."
                                        }"""),
                                @ExampleObject(
                                        name = "headline",
                                        summary = "Fix a typo in the headline (no public notice)",
                                        value = """
                                        { "field": "headline", "find": "N. Korean", "replace": "North Korean", "kind": "typo" }"""),
                                @ExampleObject(name = "event", summary = "Re-date a timeline event", value = """
                                        {
                                          "eventId": "cf66fad8-c691-44d7-ae40-d9415620468c",
                                          "start": "2017-09-03",
                                          "precision": "day",
                                          "approximate": false,
                                          "kind": "correction",
                                          "note": "North Korea's sixth nuclear test was on Sept. 3, 2017."
                                        }""")
                            }))
    @ApiResponse(
            responseCode = "201",
            description = "Applied (or, for a repeated Idempotency-Key, the first answer replayed)",
            headers = {
                @Header(
                        name = "Location",
                        description = "The correction",
                        schema = @Schema(type = "string", format = "uri-reference", maxLength = 200)),
                @Header(
                        name = "ETag",
                        description = "The article's new revision",
                        schema =
                                @Schema(
                                        type = "string",
                                        pattern = ApiDocs.ETAG_PATTERN,
                                        maxLength = 20,
                                        example = ApiDocs.ETAG_LITERAL)),
                @Header(
                        name = "Idempotent-Replayed",
                        description = "true when this answer is a replay",
                        schema =
                                @Schema(
                                        type = "string",
                                        allowableValues = {"true", "false"}))
            })
    @ApiResponse(
            responseCode = "400",
            description = "Malformed JSON or UTF-8, a key given twice, unknown or missing fields, a value of the wrong"
                    + " type (no coercion: true is not \"true\" or 1), a date that is not YYYY-MM-DD, text that is"
                    + " blank or invisible, holds control or bidi override characters, or breaks a headline or title"
                    + " over lines, overlong text, no or several targets, a malformed If-Match or Idempotency-Key",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            headers =
                    @Header(
                            name = "WWW-Authenticate",
                            description = "Basic realm=\"Newsdesk\"",
                            schema = @Schema(type = "string", pattern = "^Basic .+$", maxLength = 100)),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account lacks the EDITOR role",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The change would cut across a quotation or a dating phrase (breaks-quotation), or repeat its"
                    + " words elsewhere in the block so that they could no longer be told apart"
                    + " (quotation-would-be-ambiguous). Named by their words in quotes and events, and by id in"
                    + " quoteIds and eventIds",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "412",
            description = "If-Match is not the current ETag: someone corrected the article since; nothing changed. The"
                    + " answer's ETag header is the current one",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "413",
            description = "The body is larger than 64 KiB",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "415",
            description = "The body is not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "422",
            description = "find occurs nowhere (find-text-not-found; when it would with typographic quotes or dashes,"
                    + " the problem says which and gives the text's own spelling as suggestion) or more than once"
                    + " (find-text-ambiguous) in the"
                    + " target, the target does not exist, nothing would change, the text would grow past its limit (text-too-long), or the Idempotency-Key was used for"
                    + " another request",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "503",
            description = "The database is unreachable; retry (with the same Idempotency-Key)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<CorrectionResponse> correct(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "If-Match",
                            required = true,
                            description = "The article's current ETag, quotes included, exactly as the ETag header of"
                                    + " GET /api/articles/{article} gives it (such as \"r3\", with the double"
                                    + " quotes). It changes with every correction: read the article again before the"
                                    + " next one. A stale one is a 412 that carries the current ETag.",
                            schema = @Schema(type = "string", pattern = ApiDocs.IF_MATCH_PATTERN, maxLength = 200))
                    String ifMatch,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "Idempotency-Key",
                            description = "Optional: a string of your own, unique to this correction (a fresh UUID)."
                                    + " Sending the same correction again with the same key applies nothing again"
                                    + " and replays the first answer, so a retry after a lost answer is safe. Use a"
                                    + " new key for every new correction: a key sent with a different correction is a"
                                    + " 422. Leave it empty unless you may need to retry.",
                            schema = @Schema(type = "string", pattern = "^[\\x21-\\x7E]{1,200}$", maxLength = 200))
                    String idempotencyKey,
            CorrectionRequest body,
            @Parameter(hidden = true) Authentication editor);
}
