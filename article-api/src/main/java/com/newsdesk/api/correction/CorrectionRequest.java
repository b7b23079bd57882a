package com.newsdesk.api.correction;

import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.EventRedating;
import com.newsdesk.domain.article.TextEdit;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.failure.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

@Schema(
        name = "CorrectionRequest",
        description = "Name exactly one target: blockId, field (\"headline\") or eventId. Then either find/replace, or"
                + " (for an event) new start, end, precision, approximate and/or title.")
public record CorrectionRequest(
        @Schema(
                description = "The body block to correct",
                example = "b6",
                nullable = true,
                pattern = "^[a-z0-9][a-z0-9-]{0,39}$",
                maxLength = 40)
        String blockId,

        @Schema(
                description = "An article field to correct",
                allowableValues = "headline",
                nullable = true,
                maxLength = 8)
        String field,

        @Schema(description = "The timeline event to correct", nullable = true, format = "uuid", maxLength = 36)
        String eventId,

        @Schema(
                description = "Exact text that occurs exactly once in the target",
                example = "A month before",
                maxLength = TextEdit.MAX_FIND,
                nullable = true)
        String find,

        @Schema(
                description = "What replaces it (may be empty)",
                example = "About 10 weeks before",
                maxLength = TextEdit.MAX_REPLACE,
                nullable = true)
        String replace,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"correction", "clarification", "update", "typo"},
                example = "correction")
        String kind,

        @Schema(
                description = "The public notice; required unless kind is typo",
                example = "An earlier version of this article misstated when North Korea conducted its nuclear"
                        + " test.",
                maxLength = Correction.MAX_NOTE,
                nullable = true)
        String note,

        @Schema(
                description = "New first day (event corrections)",
                example = "2017-09-03",
                nullable = true,
                maxLength = 10)
        LocalDate start,

        @Schema(
                description = "New last day (event corrections)",
                example = "2017-09-03",
                nullable = true,
                maxLength = 10)
        LocalDate end,

        @Schema(
                description = "New precision (event corrections)",
                allowableValues = {"day", "month", "year", "span"},
                nullable = true)
        String precision,

        @Schema(description = "Whether the new date is approximate (event corrections)", nullable = true)
        Boolean approximate,

        @Schema(description = "New title (event corrections)", maxLength = EventRedating.MAX_TITLE, nullable = true)
        String title) {

    /** The domain's correction, or a 400 naming every field at fault. */
    public Correction toCorrection() {
        Violations v = new Violations();
        long targets = Stream.of(blockId, field, eventId).filter(t -> t != null).count();
        v.check(targets == 1, "blockId", "name exactly one target: blockId, field or eventId");
        v.check(blockId == null || BlockId.isValid(blockId), "blockId", "is not a block id (such as b6)");
        v.check(field == null || field.equals("headline"), "field", "only the headline can be corrected by field");
        v.check(eventId == null || isUuid(eventId), "eventId", "is not an event id (a UUID)");
        v.check(
                kind == null || CorrectionKind.fromCode(kind).isPresent(),
                "kind",
                "must be one of correction, clarification, update, typo");
        v.check(
                precision == null || DatePrecision.fromCode(precision).isPresent(),
                "precision",
                "must be one of day, month, year, span");
        v.throwIfAny();

        CorrectionTarget target = blockId != null
                ? new CorrectionTarget.Block(new BlockId(blockId))
                : eventId != null
                        ? new CorrectionTarget.Event(new EventId(UUID.fromString(eventId)))
                        : new CorrectionTarget.Headline();
        boolean redates = start != null || end != null || precision != null || approximate != null || title != null;
        TextEdit edit = find != null || replace != null || !redates ? new TextEdit(find, replace) : null;
        EventRedating redating = redates
                ? new EventRedating(
                        start,
                        end,
                        precision == null
                                ? null
                                : DatePrecision.fromCode(precision).orElseThrow(),
                        approximate,
                        title)
                : null;
        return new Correction(
                target,
                edit,
                redating,
                kind == null ? null : CorrectionKind.fromCode(kind).orElseThrow(),
                note);
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
