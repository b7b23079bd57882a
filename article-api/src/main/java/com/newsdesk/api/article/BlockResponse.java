package com.newsdesk.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.domain.article.BodyBlock;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.LocalDate;

@Schema(name = "BodyBlock", description = "One block of the body, in reading order.")
public record BlockResponse(
        @Schema(description = "Stable id, unique within the article", example = "b6")
        String id,

        @Schema(
                allowableValues = {"paragraph", "video", "promo"},
                example = "paragraph")
        String type,

        @Schema(
                description = "The text, exactly as published; null for a video without a caption",
                example = "The two Koreas are technically still in a state of war since the 1950-53 conflict"
                        + " ended in an armistice rather than a peace treaty.",
                nullable = true)
        String text,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Present on video blocks only")
        VideoResponse video) {

    @Schema(name = "Video")
    public record VideoResponse(
            @Schema(example = "2017-11-24") LocalDate publishedOn,

            @Schema(description = "ISO-8601 duration", example = "PT1M26S")
            Duration duration,

            @Schema(example = "86", minimum = "1", maximum = ApiDocs.MAX_INT)
            long durationSeconds) {}

    public static BlockResponse from(BodyBlock block) {
        VideoResponse video = block.video() == null
                ? null
                : new VideoResponse(
                        block.video().publishedOn(),
                        block.video().duration(),
                        block.video().duration().toSeconds());
        return new BlockResponse(block.id().value(), block.type().code(), block.text(), video);
    }
}
