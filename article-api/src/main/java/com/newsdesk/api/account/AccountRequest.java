package com.newsdesk.api.account;

import com.newsdesk.domain.editor.Role;
import com.newsdesk.domain.failure.InvalidInputException;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A new account: its username, a password of 12 to 200 characters, and at least one role. */
@Schema(name = "AccountRequest")
public record AccountRequest(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                example = "dana.whitfield",
                pattern = USERNAME_PATTERN,
                maxLength = 100)
        String username,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 12, maxLength = 200, format = "password")
        String password,

        @ArraySchema(schema = @Schema(allowableValues = {"reporter", "editor", "admin"}), minItems = 1, maxItems = 3)
        List<String> roles) {

    /** What a username may be (EditorAccount's rule, for the document). */
    static final String USERNAME_PATTERN = "^[A-Za-z0-9._@-]{1,100}$";

    /** The roles named, or null when none were sent; an unknown name is a 400 naming it. */
    static Set<Role> roles(List<String> names) {
        if (names == null) {
            return null;
        }
        if (names.size() > Role.values().length) {
            throw InvalidInputException.of("roles", "names at most " + Role.values().length + " roles, each once");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            try {
                roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw InvalidInputException.of("roles[" + i + "]", "must be reporter, editor or admin");
            }
        }
        return roles;
    }
}
