package com.newsdesk.api.article;

import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.domain.article.CorrectionNotice;
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
        int revision) {

    public static NoticeResponse from(CorrectionNotice notice) {
        return new NoticeResponse(
                notice.id().value(), notice.kind().code(), notice.note(), notice.correctedAt(), notice.revision());
    }
}
