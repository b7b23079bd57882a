package com.newsdesk.api.correction;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.problem.ProblemSchema;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.ArticleETag;
import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.CacheTags;
import com.newsdesk.api.web.Readers;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.correction.Revision;
import com.newsdesk.domain.correction.RevisionCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An article's past, for anyone: its revisions, the article as it read at each, and each correction. */
@RestController
@RequestMapping(path = "/api/articles/{article}", produces = "application/json")
@Tag(name = "Corrections")
class RevisionController {

    private final RevisionCatalog revisions;

    RevisionController(RevisionCatalog revisions) {
        this.revisions = revisions;
    }

    @GetMapping("/revisions")
    @Operation(summary = "The article's revisions, revision 1 (first publication) first, with what each changed")
    @ApiResponse(responseCode = "200", description = "The revisions")
    @ApiResponse(responseCode = "304", description = "Not modified: no revision since the ETag the caller sent")
    @ApiResponse(
            responseCode = "404",
            description = "No article has that id or slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<List<RevisionResponse>> revisions(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    @PathVariable
                    String article,
            @Parameter(hidden = true) HttpServletRequest request) {
        List<Revision> history = revisions.revisions(article, Readers.current());
        Revision last = history.get(history.size() - 1);
        // The list carries no Last-Modified, so If-Unmodified-Since does not apply to it.
        ArticleETag.checkPreconditions(request, last.number(), null);
        return ResponseEntity.ok()
                .eTag(ArticleETag.of(last.number()))
                .cacheControl(CachePolicy.live(request))
                .body(history.stream().map(RevisionResponse::from).toList());
    }

    @GetMapping("/revisions/{revision}")
    @Operation(summary = "The whole article as it read at one revision", description = "Never changes once written.")
    @ApiResponse(
            responseCode = "200",
            description = "The article at that revision",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleResponse.class)))
    @ApiResponse(responseCode = "304", description = "Not modified: the caller has this revision already")
    @ApiResponse(
            responseCode = "404",
            description = "No such article, or it never had that revision",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<String> revision(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    @PathVariable
                    String article,
            @Parameter(
                            description = "The revision number, from 1",
                            example = "1",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = ApiDocs.MAX_INT))
                    @PathVariable
                    int revision,
            @Parameter(hidden = true) HttpServletRequest request) {
        ArticleDocument then = revisions.articleAt(article, revision, Readers.current());
        ArticleETag.checkPreconditions(request, then.revision(), then.updatedAt());
        CacheTags.article(request, then.id());
        return ResponseEntity.ok()
                .eTag(ArticleETag.of(then.revision()))
                .lastModified(then.updatedAt())
                .cacheControl(then.status().isReadableByAnyone() ? CachePolicy.immutable() : CachePolicy.live(request))
                .body(then.json());
    }

    @GetMapping("/corrections/{correction}")
    @Operation(summary = "One correction as it was applied: the request, the editor, every change")
    @ApiResponse(responseCode = "200", description = "The correction")
    @ApiResponse(
            responseCode = "404",
            description = "No such article, or it has no such correction",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemSchema.class)))
    ResponseEntity<CorrectionResponse> correction(
            @Parameter(
                            description = ApiDocs.ARTICLE,
                            example = ApiDocs.ARTICLE_EXAMPLE,
                            schema = @Schema(type = "string", pattern = ApiDocs.ARTICLE_PATTERN, maxLength = 200))
                    @PathVariable
                    String article,
            @Parameter(
                            description = "The correction's id",
                            schema = @Schema(type = "string", format = "uuid", maxLength = 36))
                    @PathVariable
                    String correction) {
        return ResponseEntity.ok()
                .cacheControl(CachePolicy.immutable())
                .body(CorrectionResponse.from(revisions.correction(article, correction, Readers.current())));
    }
}
