package com.newsdesk.api.publishing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** When to publish: now (no body, or no publishAt), or at a future instant. */
@Schema(name = "PublicationRequest")
public record PublicationRequest(
        @Schema(
                description = "A future instant to schedule the publication for; leave out to publish now",
                example = "2030-01-01T06:00:00Z",
                maxLength = 40)
        Instant publishAt) {}
