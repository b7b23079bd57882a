package com.newsdesk.api.speaker;

import com.newsdesk.domain.speaker.SpeakerEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "SpeakerSummary", description = "A person or institution quoted in published stories.")
public record SpeakerSummaryResponse(
        @Schema(example = "ed381f3e-ff37-47d6-abdd-4a7c4a821e66")
        UUID id,

        @Schema(example = "United Nations") String name,

        @Schema(
                allowableValues = {"person", "organization"},
                example = "organization")
        String kind,

        @Schema(description = "Other names readers and stories use", example = "[\"U.N.\", \"UN\"]")
        List<String> aliases,

        @Schema(
                description = "Quotes in published stories",
                example = "1",
                minimum = "1",
                maximum = "9223372036854775807")
        long quoteCount,

        @Schema(description = "First day any of those may have been said", example = "2017-11-22")
        LocalDate firstSaid,

        @Schema(description = "Last day any of those may have been said", example = "2017-11-22")
        LocalDate lastSaid) {

    public static SpeakerSummaryResponse from(SpeakerEntry entry) {
        return new SpeakerSummaryResponse(
                entry.speaker().id().value(),
                entry.speaker().name(),
                entry.speaker().kind().code(),
                entry.speaker().aliases(),
                entry.quoteCount(),
                entry.firstSaid(),
                entry.lastSaid());
    }
}
