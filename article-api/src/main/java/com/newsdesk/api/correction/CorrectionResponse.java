package com.newsdesk.api.correction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.api.article.NoticeResponse;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.EventRedating;
import com.newsdesk.domain.article.TextEdit;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Correction", description = "A correction as it was applied: the request, who made it, what changed.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrectionResponse(
        UUID id,
        UUID articleId,

        @Schema(
                description = "The revision this correction produced",
                example = "2",
                minimum = "2",
                maximum = ApiDocs.MAX_INT)
        int revision,

        @Schema(
                allowableValues = {"correction", "clarification", "update", "typo"},
                example = "correction")
        String kind,

        @Schema(description = "The public note; may be absent on a typo fix")
        String note,

        @Schema(example = "editor") String editor,
        Instant correctedAt,
        @Schema(example = "b6") String blockId,
        @Schema(example = "headline") String field,
        UUID eventId,
        @Schema(example = "A month before") String find,
        @Schema(example = "About 10 weeks before") String replace,
        LocalDate start,
        LocalDate end,
        String precision,
        Boolean approximate,
        String title,

        @Schema(description = "Every value that changed, including quotes and dating phrases that moved with the text")
        List<ChangeResponse> changes,

        @Schema(description = "The public notice it added; none for a typo fix")
        NoticeResponse notice) {

    public static CorrectionResponse from(AppliedCorrection applied) {
        CorrectionTarget target = applied.request().target();
        TextEdit edit = applied.request().edit();
        EventRedating redating = applied.request().redating();
        return new CorrectionResponse(
                applied.id().value(),
                applied.articleId().value(),
                applied.revision(),
                applied.kind().code(),
                applied.request().note(),
                applied.editor(),
                applied.correctedAt(),
                target instanceof CorrectionTarget.Block block ? block.id().value() : null,
                target instanceof CorrectionTarget.Headline ? "headline" : null,
                target instanceof CorrectionTarget.Event event ? event.id().value() : null,
                edit == null ? null : edit.find(),
                edit == null ? null : edit.replace(),
                redating == null ? null : redating.start(),
                redating == null ? null : redating.end(),
                redating == null || redating.precision() == null
                        ? null
                        : redating.precision().code(),
                redating == null ? null : redating.approximate(),
                redating == null ? null : redating.title(),
                applied.changes().stream().map(ChangeResponse::from).toList(),
                applied.notice().map(NoticeResponse::from).orElse(null));
    }
}
