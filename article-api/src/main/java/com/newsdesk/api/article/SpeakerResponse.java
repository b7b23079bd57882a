package com.newsdesk.api.article;

import com.newsdesk.domain.article.Speaker;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

@Schema(name = "Speaker")
public record SpeakerResponse(
        @Schema(example = "579c88c8-7981-453c-b0a0-6b64bff0de7c")
        UUID id,

        @Schema(example = "Oh Chong Song") String name,
        @Schema(example = "[\"Oh Chong-song\", \"오청성\"]") List<String> aliases,

        @Schema(
                allowableValues = {"person", "organization"},
                example = "person")
        String kind) {

    public static SpeakerResponse from(Speaker speaker) {
        return new SpeakerResponse(
                speaker.id().value(),
                speaker.name(),
                speaker.aliases(),
                speaker.kind().code());
    }
}
