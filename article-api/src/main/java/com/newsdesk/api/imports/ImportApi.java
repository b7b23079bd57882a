package com.newsdesk.api.imports;

import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/** The OpenAPI description of the importer, kept apart so the controller reads as code. */
@Tag(name = "Importing", description = "A news page, as text or HTML, becomes a draft for an editor to check.")
interface ImportApi {

    String PROBLEM = "application/problem+json";

    String TEXT_EXAMPLE = """
            Storm floods the valley overnight

            By Jane Doe

            RIVERTON, Vermont — The river burst its banks on Monday night, flooding dozens of homes.

            “We lost everything in one night,” said Anna Berg, who has lived on Mill Street since the 1990s.

            Sign up for our newsletter
            """;

    String HTML_EXAMPLE = """
            <html><head><title>Storm floods the valley</title>
            <meta property="og:site_name" content="Riverton Gazette">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the valley overnight",
            "datePublished":"2024-03-05T08:00:00Z","author":{"@type":"Person","name":"Jane Doe"}}</script></head>
            <body><nav><a href="/">Home</a></nav><article>
            <p>RIVERTON, Vermont — The river burst its banks on Monday night, flooding dozens of homes.</p>
            <p>“We lost everything in one night,” said Anna Berg, who has lived on Mill Street since the 1990s.</p>
            </article><footer>© Riverton Gazette</footer></body></html>
            """;

    @Operation(
            summary = "Import a story from a page",
            description = "Reporters and editors. The page as text/plain (one paragraph a line) or text/html, in UTF-8"
                    + " unless the Content-Type's charset (or, for HTML without one, the page's own <meta charset>)"
                    + " says otherwise; at most 3 MB. The importer finds the headline, bylines, dateline, standfirst,"
                    + " the body paragraphs verbatim (page furniture left out), every quotation with its speaker and"
                    + " every dated event, and creates a draft exactly as POST /api/articles would; `import.warnings`"
                    + " says what it was unsure of. A page it cannot read (empty, binary, not in its charset, nested"
                    + " beyond reason) is a 400, one with no article in it a 422; nothing is stored then.",
            security = @SecurityRequirement(name = "editor"))
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "text/plain",
                        schema = @Schema(type = "string", maxLength = 3_145_728),
                        examples = @ExampleObject(name = "text", summary = "A pasted page", value = TEXT_EXAMPLE)),
                @Content(
                        mediaType = "text/html",
                        schema = @Schema(type = "string", maxLength = 3_145_728),
                        examples = @ExampleObject(name = "html", summary = "A saved page", value = HTML_EXAMPLE))
            })
    @ApiResponse(
            responseCode = "201",
            description = "The draft, as stored (status draft, revision 1), with the import note",
            headers = {
                @Header(
                        name = "Location",
                        description = "The draft",
                        schema = @Schema(type = "string", format = "uri-reference", maxLength = 200)),
                @Header(
                        name = "ETag",
                        description = "The draft's revision",
                        schema = @Schema(type = "string", pattern = ApiDocs.ETAG_PATTERN, maxLength = 20))
            },
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "An empty or binary body, bytes not in the page's charset, an unknown charset, a page nested"
                    + " beyond reading, a bad query parameter",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is neither reporter nor editor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "413",
            description = "The page is larger than 3 MB",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "415",
            description = "The body is neither text/plain nor text/html",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "422",
            description = "No article in the page, the page could not be read within the time allowed (it is not"
                    + " shaped like a news story), or the story read from it breaks a rule of drafts",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> importPage(
            @Parameter(hidden = true) byte[] page,
            @Parameter(hidden = true) String contentType,
            @Parameter(
                            description = "The day the page was published (YYYY-MM-DD), used when the page does not"
                                    + " say, and to resolve weekdays and relative dates",
                            schema =
                                    @Schema(
                                            type = "string",
                                            format = "date",
                                            maxLength = 10,
                                            pattern = "^\\d{4}-\\d{2}-\\d{2}$",
                                            example = "2019-04-15"))
                    String publishedOn,
            @Parameter(
                            description = "The publisher, when the page does not say",
                            schema = @Schema(type = "string", maxLength = 200, example = "NBC News"))
                    String publisher,
            @Parameter(
                            description = "The page's address (http or https), kept in the import note; the service"
                                    + " never fetches it",
                            schema =
                                    @Schema(
                                            type = "string",
                                            format = "uri",
                                            maxLength = 2000,
                                            example = "https://example.com/story"))
                    String sourceUrl,
            @Parameter(hidden = true) Authentication author);
}
