package com.newsdesk.api.publishing;

import com.newsdesk.domain.publishing.StoryDraft;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole story as a reporter sends it (POST to create a draft, PUT to replace one): the masthead, the body blocks in
 * reading order, the quotations with their speakers by name, and the dated events. The rules are the domain's
 * ({@code StoryRules}): every fault comes back at once, in a 422.
 */
@Schema(name = "StoryRequest", description = "A whole story: masthead, body, quotes, timeline.")
public record StoryRequest(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = 500,
                example = "City council approves a" + " protected bike lane on Harbor Street")
        String headline,

        @Schema(description = "The standfirst (dek) under the headline", maxLength = 1000)
        String standfirst,

        @ArraySchema(maxItems = 20) List<BylineRequest> bylines,

        @Schema(maxLength = 200, example = "PORTLAND, Maine")
        String dateline,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Newsdesk Daily")
        String publisher,

        @ArraySchema(maxItems = 500, schema = @Schema(description = "Blocks in reading order"))
        List<BlockRequest> body,

        @ArraySchema(maxItems = 1000) List<QuoteRequest> quotes,
        @ArraySchema(maxItems = 500) List<EventRequest> timeline) {

    @Schema(name = "BylineRequest")
    public record BylineRequest(
            @Schema(maxLength = 200, example = "Dana Whitfield")
            String name) {}

    @Schema(name = "BlockRequest", description = "A body block. Without an id, the n-th block is bn.")
    public record BlockRequest(
            @Schema(pattern = "^[a-z0-9][a-z0-9-]{0,39}$", maxLength = 40, example = "b1")
            String id,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"paragraph", "video", "promo"})
            String type,

            @Schema(description = "Paragraph or promo text, verbatim; a video's optional caption", maxLength = 20000)
            String text,

            @Schema(description = "Video blocks only") VideoRequest video) {}

    @Schema(name = "VideoRequest")
    public record VideoRequest(
            @Schema(maxLength = 10, example = "2017-11-24") LocalDate publishedOn,

            @Schema(minimum = "1", maximum = "9223372036854775807", example = "86")
            Long durationSeconds) {}

    @Schema(name = "QuoteRequest", description = "Words someone said, verbatim in block blockId.")
    public record QuoteRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    pattern = "^[a-z0-9][a-z0-9-]{0,39}$",
                    maxLength = 40,
                    example = "b2")
            String blockId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            SpeakerRequest speaker,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The words inside the quotation marks, as printed",
                    maxLength = 20000)
            String text,

            @Schema(description = "True when only part of a sentence is quoted")
            Boolean partial,

            @Schema(
                    description = "When it was said, when the story says; publication dates it otherwise",
                    maxLength = 10)
            LocalDate saidOn,

            @Schema(description = "Last day of a longer span (defaults from the precision)", maxLength = 10)
            LocalDate saidUntil,

            @Schema(allowableValues = {"day", "month", "year", "span"})
            String saidPrecision,

            Boolean saidApproximate,

            @Schema(description = "How the story attributes the words", maxLength = 500, example = "said")
            String context) {}

    @Schema(
            name = "SpeakerRequest",
            description = "Who said it. Matched to a known speaker by name or alias (case and accents aside), or made.")
    public record SpeakerRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Maria Okafor")
            String name,

            @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 200))
            List<String> aliases,

            @Schema(
                    allowableValues = {"person", "organization"},
                    description = "person unless said otherwise")
            String kind) {}

    @Schema(name = "EventRequest", description = "Something the story dates, with the precision its words allow.")
    public record EventRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    pattern = "^[a-z0-9][a-z0-9-]{0,39}$",
                    maxLength = 40,
                    example = "b3")
            String blockId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300)
            String title,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 10, example = "2024-03-01")
            LocalDate start,

            @Schema(description = "Inclusive; derived from the precision for day, month and year", maxLength = 10)
            LocalDate end,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"day", "month", "year", "span"})
            String precision,

            @Schema(description = "True when the words are vague or relative to another event")
            Boolean approximate,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "The story's own dating words",
                    maxLength = 1000)
            String phrase) {}

    /** The draft the domain's rules check. */
    public StoryDraft toDraft() {
        return new StoryDraft(
                headline,
                standfirst,
                bylines == null
                        ? null
                        : bylines.stream().map(b -> b == null ? null : b.name()).toList(),
                dateline,
                publisher,
                body == null ? null : body.stream().map(StoryRequest::block).toList(),
                quotes == null ? null : quotes.stream().map(StoryRequest::quote).toList(),
                timeline == null
                        ? null
                        : timeline.stream().map(StoryRequest::event).toList());
    }

    private static StoryDraft.Block block(BlockRequest b) {
        if (b == null) {
            return null;
        }
        return new StoryDraft.Block(
                b.id(),
                b.type(),
                b.text(),
                b.video() == null ? null : b.video().publishedOn(),
                b.video() == null ? null : b.video().durationSeconds());
    }

    private static StoryDraft.QuoteDraft quote(QuoteRequest q) {
        if (q == null) {
            return null;
        }
        SpeakerRequest s = q.speaker();
        return new StoryDraft.QuoteDraft(
                q.blockId(),
                s == null ? null : s.name(),
                s == null ? null : s.aliases(),
                s == null ? null : s.kind(),
                q.text(),
                q.partial(),
                q.saidOn(),
                q.saidUntil(),
                q.saidPrecision(),
                q.saidApproximate(),
                q.context());
    }

    private static StoryDraft.EventDraft event(EventRequest e) {
        if (e == null) {
            return null;
        }
        return new StoryDraft.EventDraft(
                e.blockId(), e.title(), e.start(), e.end(), e.precision(), e.approximate(), e.phrase());
    }
}
