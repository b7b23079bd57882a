package com.newsdesk.api.correction;

import com.newsdesk.api.web.ArticleETag;
import com.newsdesk.api.web.IfMatch;
import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.correction.CorrectionCommand;
import com.newsdesk.domain.correction.CorrectionReceipt;
import com.newsdesk.domain.correction.CorrectionService;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Editors correcting published text. Security lets only accounts with the EDITOR role reach this. */
@RestController
class CorrectionController implements CorrectionApi {

    private final CorrectionService corrections;

    CorrectionController(CorrectionService corrections) {
        this.corrections = corrections;
    }

    @Override
    @PostMapping(
            path = "/api/articles/{article}/corrections",
            consumes = "application/json",
            produces = "application/json")
    public ResponseEntity<CorrectionResponse> correct(
            @PathVariable String article,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody CorrectionRequest body,
            Authentication editor) {
        int revision = IfMatch.revision(ifMatch);
        CorrectionReceipt receipt = corrections.correct(
                new CorrectionCommand(article, revision, body.toCorrection(), editor.getName(), idempotencyKey));
        AppliedCorrection applied = receipt.correction();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/articles/" + applied.articleId() + "/corrections/" + applied.id()))
                .eTag(ArticleETag.of(applied.revision()))
                .header("Idempotent-Replayed", String.valueOf(receipt.replayed()))
                .body(CorrectionResponse.from(applied));
    }
}
