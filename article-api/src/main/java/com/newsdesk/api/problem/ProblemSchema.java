package com.newsdesk.api.problem;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The documented shape of every error answer (RFC 9457, {@code application/problem+json}). Only used to describe the
 * answer in OpenAPI; the answers themselves are Spring's {@code ProblemDetail}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemSchema(
        @Schema(
                description = "What kind of problem: a URN naming it, or about:blank",
                example = "urn:newsdesk:problem:invalid-request")
        String type,

        @Schema(example = "Invalid request") String title,

        @Schema(example = "400", minimum = "400", maximum = "599")
        int status,

        @Schema(example = "from: must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
        String detail,

        @Schema(description = "The request path", example = "/api/timeline")
        String instance,

        @Schema(description = "For invalid requests: every parameter or field at fault", nullable = true)
        List<FieldError> errors) {

    @Schema(name = "ProblemFieldError")
    public record FieldError(
            @Schema(description = "The parameter or field", example = "from")
            String name,

            @Schema(example = "must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
            String message) {}
}
