package com.newsdesk.api.publishing;

import com.newsdesk.api.article.ArticleResponse;
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

/** The OpenAPI description of the newsroom's story workflow, kept apart so the controller reads as code. */
@Tag(
        name = "Publishing",
        description = "Reporters draft stories; editors publish them, now or later, and retract them. Every step is a"
                + " revision with who and when.")
interface PublishingApi {

    String PROBLEM = "application/problem+json";
    String IF_MATCH = "The story's current ETag, quotes included (\"r1\"), from GET /api/articles/{article}: the step"
            + " is made against that revision, and refused (412) if someone changed the story since.";

    @Operation(
            summary = "Create a draft",
            description = "Reporters and editors. The whole story in one body; blocks without an id are numbered"
                    + " b1, b2, ...; quotes and events refer to block ids; a speaker is matched to a known one by name"
                    + " or alias, or created. The slug comes from the headline. A story that breaks a rule is a 422"
                    + " listing every fault; nothing is stored. The draft is private: anonymous readers get 404.",
            security = @SecurityRequirement(name = "editor"))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = StoryRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "story",
                                            summary = "A complete story",
                                            value = PublishingExamples.STORY)))
    @ApiResponse(
            responseCode = "201",
            description = "The draft, as stored (status draft, revision 1)",
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
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Malformed JSON, a field of the wrong type, an unknown field",
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
            description = "The body is larger than the story limit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "415",
            description = "The body is not application/json",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "422",
            description = "The story breaks the newsroom's rules: every fault is in errors, by its place",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> create(StoryRequest story, @Parameter(hidden = true) Authentication author);

    @Operation(
            summary = "Replace a draft",
            description = "Reporters and editors; the same body as creating one. Only a draft (or a scheduled story,"
                    + " which stays scheduled) is replaced: a published story changes only through corrections (409).",
            security = @SecurityRequirement(name = "editor"))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = StoryRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "story",
                                            summary = "A complete story",
                                            value = PublishingExamples.STORY)))
    @ApiResponse(
            responseCode = "200",
            description = "The draft as it now reads",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The new revision",
                            schema = @Schema(type = "string", pattern = ApiDocs.ETAG_PATTERN, maxLength = 20)),
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Malformed JSON, a field of the wrong type, an unknown field",
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
            responseCode = "404",
            description = "No story has that id or slug",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The story is published or retracted",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "412",
            description = "If-Match is not the current ETag; nothing changed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "422",
            description = "The story breaks the newsroom's rules: every fault is in errors, by its place",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "428",
            description = "No If-Match",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> replace(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(
                            description = IF_MATCH,
                            schema = @Schema(type = "string", pattern = ApiDocs.IF_MATCH_PATTERN, maxLength = 200))
                    String ifMatch,
            StoryRequest story,
            @Parameter(hidden = true) Authentication editor);

    @Operation(
            summary = "Delete a draft",
            description = "Editors. Only a draft (or a scheduled story) is deleted; a published story is retracted"
                    + " instead (409). If-Match is optional; when sent, it must be current.",
            security = @SecurityRequirement(name = "editor"))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not an editor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No story has that id or slug",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The story has been published",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "412",
            description = "If-Match is not the current ETag; nothing changed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<Void> delete(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(
                            description = IF_MATCH,
                            schema = @Schema(type = "string", pattern = ApiDocs.IF_MATCH_PATTERN, maxLength = 200))
                    String ifMatch,
            @Parameter(hidden = true) Authentication editor);

    @Operation(
            summary = "Publish a draft, now or later",
            description = "Editors. Without publishAt (or without a body) the story is published now, and is at once"
                    + " in every list, date query, quote search and feed. With a future publishAt it is scheduled, and"
                    + " published then by whichever node gets there first, even across restarts.",
            security = @SecurityRequirement(name = "editor"))
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = PublicationRequest.class),
                            examples = {
                                @ExampleObject(name = "now", summary = "Publish now", value = PublishingExamples.NOW),
                                @ExampleObject(
                                        name = "later",
                                        summary = "Schedule the publication",
                                        value = PublishingExamples.LATER)
                            }))
    @ApiResponse(
            responseCode = "200",
            description = "The story, published or scheduled",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The new revision",
                            schema = @Schema(type = "string", pattern = ApiDocs.ETAG_PATTERN, maxLength = 20)),
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "publishAt is not a future instant, or the body is malformed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not an editor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No story has that id or slug",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The story is already published (or retracted)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "412",
            description = "If-Match is not the current ETag (someone edited or published it meanwhile)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "428",
            description = "No If-Match",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> publish(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(
                            description = IF_MATCH,
                            schema = @Schema(type = "string", pattern = ApiDocs.IF_MATCH_PATTERN, maxLength = 200))
                    String ifMatch,
            PublicationRequest publication,
            @Parameter(hidden = true) Authentication editor);

    @Operation(
            summary = "Retract a published story",
            description = "Editors, with a public note. The story stays readable at its address, marked retracted"
                    + " with the note, and leaves every list, the timeline, the quote search and the feeds.",
            security = @SecurityRequirement(name = "editor"))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RetractionRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "retraction",
                                            summary = "Retract with a note",
                                            value = PublishingExamples.RETRACTION)))
    @ApiResponse(
            responseCode = "200",
            description = "The story, retracted",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The new revision",
                            schema = @Schema(type = "string", pattern = ApiDocs.ETAG_PATTERN, maxLength = 20)),
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "No note, or a malformed body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No credentials, or wrong ones",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not an editor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No story has that id or slug",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "409",
            description = "The story is not published (a draft, or already retracted)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "412",
            description = "If-Match is not the current ETag; nothing changed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "428",
            description = "No If-Match",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> retract(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    String article,
            @Parameter(
                            description = IF_MATCH,
                            schema = @Schema(type = "string", pattern = ApiDocs.IF_MATCH_PATTERN, maxLength = 200))
                    String ifMatch,
            RetractionRequest retraction,
            @Parameter(hidden = true) Authentication editor);
}
