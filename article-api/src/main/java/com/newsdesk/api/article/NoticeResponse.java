package com.newsdesk.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.domain.article.CorrectionNotice;
import com.newsdesk.domain.correction.NoticeEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Notice", description = "A public correction notice.")
public record NoticeResponse(
        UUID id,

        @Schema(
                allowableValues = {"correction", "clarification", "update"},
                example = "correction")
        String kind,

        @Schema(example = "An earlier version of this article misstated when North Korea conducted its nuclear test.")
        String note,

        Instant correctedAt,

        @Schema(
                description = "The revision the correction produced",
                example = "2",
                minimum = "2",
                maximum = ApiDocs.MAX_INT)
        int revision,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "On cross-article lists only",
                example = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot")
        String articleSlug,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "On cross-article lists only")
        String articleHeadline) {

    public static NoticeResponse from(CorrectionNotice notice) {
        return of(notice, null, null);
    }

    /** A notice in a list across articles (the corrections feed), with the article it corrects. */
    public static NoticeResponse from(NoticeEntry entry) {
        return of(entry.notice(), entry.articleSlug().value(), entry.articleHeadline());
    }

    private static NoticeResponse of(CorrectionNotice notice, String slug, String headline) {
        return new NoticeResponse(
                notice.id().value(),
                notice.kind().code(),
                notice.note(),
                notice.correctedAt(),
                notice.revision(),
                slug,
                headline);
    }
}
