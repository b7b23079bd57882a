package com.newsdesk.api.speaker;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(
        name = "AliasesRequest",
        description = "Every alias the speaker should have from now on (replaces the old ones).")
public record AliasesRequest(
        @ArraySchema(
                maxItems = 50,
                schema = @Schema(type = "string", maxLength = 200),
                arraySchema = @Schema(example = "[\"UN\", \"U.N.\", \"the United Nations\"]"))
        List<String> aliases) {}
