package com.newsdesk.api.account;

import com.newsdesk.domain.editor.EditorAccount;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

/** An account as admins see it: never its password or hash. */
@Schema(name = "Account")
public record AccountResponse(
        @Schema(example = "dana.whitfield") String username,

        @ArraySchema(schema = @Schema(allowableValues = {"reporter", "editor", "admin"}))
        List<String> roles,

        boolean enabled) {

    static AccountResponse from(EditorAccount account) {
        return new AccountResponse(
                account.username(),
                account.roles().stream()
                        .map(role -> role.name().toLowerCase(Locale.ROOT))
                        .sorted()
                        .toList(),
                account.enabled());
    }
}
