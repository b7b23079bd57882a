package com.newsdesk.api.speaker;

import com.newsdesk.api.article.SpeakerResponse;
import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.PagedResponse;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.speaker.SpeakerCatalog;
import com.newsdesk.domain.speaker.SpeakerSearch;
import com.newsdesk.domain.speaker.SpeakerService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Who is quoted, and what did the UN say?": the people and institutions stories quote, and their aliases. */
@RestController
@Tag(name = "Speakers", description = "People and institutions quoted across all articles, with their aliases")
class SpeakerController {

    private static final String ID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private final SpeakerCatalog speakers;
    private final SpeakerService service;

    SpeakerController(SpeakerCatalog speakers, SpeakerService service) {
        this.speakers = speakers;
        this.service = service;
    }

    @GetMapping(path = "/api/speakers", produces = "application/json")
    @Operation(
            summary = "People and institutions quoted in published stories, with their aliases and quote counts",
            description = "q matches part of a name or alias, without case, accents, dots or a leading \"the\""
                    + " (\"the u.n.\" finds the United Nations by its alias \"U.N.\"); exact matches first, then the"
                    + " most quoted.")
    @ApiResponse(
            responseCode = "200",
            description = "A page of speakers",
            headers =
                    @Header(
                            name = "ETag",
                            description = ApiDocs.LIST_ETAG,
                            schema = @Schema(type = "string", pattern = ApiDocs.LIST_ETAG_PATTERN, maxLength = 40)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag the caller sent")
    @ApiResponse(
            responseCode = "400",
            description = "q longer than 200 characters or with control characters, or a bad page or size",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<PagedResponse<SpeakerSummaryResponse>> speakers(
            @Parameter(
                            description = "Part of a name or alias",
                            example = "the UN",
                            schema = @Schema(type = "string", maxLength = 200))
                    @RequestParam(required = false)
                    String q,
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
        PagedResponse<SpeakerSummaryResponse> body = PagedResponse.from(
                speakers.search(new SpeakerSearch(q), new PageRequest(page, size)), SpeakerSummaryResponse::from);
        return ResponseEntity.ok().cacheControl(CachePolicy.live(request)).body(body);
    }

    @GetMapping(path = "/api/speakers/{id}", produces = "application/json")
    @Operation(summary = "A speaker and their quotes over time, in the order they were said")
    @ApiResponse(
            responseCode = "200",
            description = "The speaker and a page of their quotes",
            headers =
                    @Header(
                            name = "ETag",
                            description = ApiDocs.LIST_ETAG,
                            schema = @Schema(type = "string", pattern = ApiDocs.LIST_ETAG_PATTERN, maxLength = 40)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag the caller sent")
    @ApiResponse(
            responseCode = "400",
            description = "An id that is not a UUID, or a bad page or size",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No published story quotes a speaker with this id",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<SpeakerQuotesResponse> speaker(
            @Parameter(
                            description = "The speaker's id",
                            example = "ed381f3e-ff37-47d6-abdd-4a7c4a821e66",
                            schema = @Schema(type = "string", pattern = ID_PATTERN, maxLength = 36))
                    @PathVariable
                    String id,
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
        SpeakerQuotesResponse body =
                SpeakerQuotesResponse.from(speakers.quotesOf(speakerId(id), new PageRequest(page, size)));
        return ResponseEntity.ok().cacheControl(CachePolicy.live(request)).body(body);
    }

    @PutMapping(path = "/api/speakers/{id}/aliases", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Replace a speaker's aliases (editors)",
            description = "Aliases are the names readers and stories use (\"UN\", \"U.N.\"). Every story quoting the"
                    + " speaker gets a new revision showing them, so caches and ETags of those stories move on.",
            security = @SecurityRequirement(name = "editor"))
    @ApiResponse(responseCode = "200", description = "The speaker as now known")
    @ApiResponse(
            responseCode = "400",
            description = "A blank, too long or unstorable alias, more than 50, or an id that is not a UUID",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "401",
            description = "No or wrong credentials",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not an editor",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No speaker has this id",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<SpeakerResponse> replaceAliases(
            @Parameter(
                            description = "The speaker's id",
                            example = "ed381f3e-ff37-47d6-abdd-4a7c4a821e66",
                            schema = @Schema(type = "string", pattern = ID_PATTERN, maxLength = 36))
                    @PathVariable
                    String id,
            @RequestBody AliasesRequest body,
            @Parameter(hidden = true) Authentication editor) {
        SpeakerResponse speaker =
                SpeakerResponse.from(service.replaceAliases(speakerId(id), body.aliases(), editor.getName()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(speaker);
    }

    private static SpeakerId speakerId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw InvalidInputException.of("id", "must be a speaker's id (a UUID)");
        }
        return new SpeakerId(UUID.fromString(id));
    }
}
