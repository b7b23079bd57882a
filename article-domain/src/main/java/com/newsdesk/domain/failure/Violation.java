package com.newsdesk.domain.failure;

import java.util.Objects;

/**
 * One thing wrong with one named input: a request parameter ({@code from}) or a body field ({@code note}).
 *
 * @param name the parameter or field, as the caller spelled it
 * @param message what is wrong with it, in words a caller can act on
 */
public record Violation(String name, String message) {
    public Violation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
    }
}
