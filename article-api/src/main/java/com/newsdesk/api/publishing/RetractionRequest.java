package com.newsdesk.api.publishing;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a published story is withdrawn: shown to readers with it. */
@Schema(name = "RetractionRequest")
public record RetractionRequest(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = 2000,
                example = "This story relied on a document that has since been shown to be forged.")
        String note) {}
