package com.newsdesk.domain.editor;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A newsroom account. The password is only ever held hashed, in the self-describing form of the delegating encoder
 * ({@code {bcrypt}$2a$…}), so the hash says how to check it.
 */
public record EditorAccount(String username, String passwordHash, Set<Role> roles, boolean enabled) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    public EditorAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "a username is 1 to 100 letters, digits, dots, dashes, underscores or @: " + username);
        }
        if (!passwordHash.startsWith("{")) {
            throw new IllegalArgumentException("a password hash names its encoding, such as {bcrypt}");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean mayCorrect() {
        return enabled && roles.contains(Role.EDITOR);
    }

    public EditorAccount withRoles(Set<Role> newRoles) {
        return new EditorAccount(username, passwordHash, newRoles, enabled);
    }

    public EditorAccount withEnabled(boolean now) {
        return new EditorAccount(username, passwordHash, roles, now);
    }

    public EditorAccount withPasswordHash(String newHash) {
        return new EditorAccount(username, newHash, roles, enabled);
    }

    /** Whether the username is one an account may have: 1 to 100 letters, digits, dots, dashes, underscores or @. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }
}
