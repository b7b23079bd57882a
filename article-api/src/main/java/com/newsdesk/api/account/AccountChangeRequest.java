package com.newsdesk.api.account;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What to change of an account; what is left out stays as it is. */
@Schema(name = "AccountChangeRequest")
public record AccountChangeRequest(
        @ArraySchema(schema = @Schema(allowableValues = {"reporter", "editor", "admin"}), minItems = 1, maxItems = 3)
        List<String> roles,

        @Schema(description = "false disables the account at once")
        Boolean enabled,

        @Schema(description = "A new password", minLength = 12, maxLength = 200, format = "password")
        String password) {}
