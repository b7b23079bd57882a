package com.newsdesk.api.correction;

import com.newsdesk.domain.article.Change;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Change", description = "One value a correction changed, before and after.")
public record ChangeResponse(
        @Schema(description = "What changed", example = "body[b6].text")
        String path,

        @Schema(description = "What it read before") String before,
        @Schema(description = "What it reads after") String after) {

    public static ChangeResponse from(Change change) {
        return new ChangeResponse(change.path(), change.before(), change.after());
    }
}
