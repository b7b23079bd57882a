package com.newsdesk.domain.failure;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every fault in one request so a caller hears about all of them at once, then throws one
 * {@link InvalidInputException}. Also holds the rules every piece of stored text obeys: PostgreSQL cannot store NUL,
 * and a lone UTF-16 surrogate cannot be encoded, so neither may get past the edge.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations check(boolean ok, String name, String message) {
        if (!ok) {
            found.add(new Violation(name, message));
        }
        return this;
    }

    /** A value that must be present and not blank, at most {@code maxLength} characters. */
    public Violations requireText(String name, String value, int maxLength) {
        if (value == null) {
            found.add(new Violation(name, "is required"));
        } else if (value.isBlank()) {
            found.add(new Violation(name, "must not be blank"));
        } else {
            optionalText(name, value, maxLength);
        }
        return this;
    }

    /** A value that may be absent or empty; when present, at most {@code maxLength} characters of clean text. */
    public Violations optionalText(String name, String value, int maxLength) {
        if (value == null) {
            return this;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            found.add(new Violation(name, "must be at most " + maxLength + " characters, was " + length));
        }
        String fault = textFault(value);
        if (fault != null) {
            found.add(new Violation(name, fault));
        }
        return this;
    }

    /** The faults found so far, in the order they were found. */
    public List<Violation> found() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /**
     * Why {@code value} cannot be stored as text, or {@code null} when it can. Tabs and line breaks are allowed;
     * other control characters and unpaired surrogates are not.
     */
    public static String textFault(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "must not contain NUL characters";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (found U+" + String.format("%04X", (int) c) + ")";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain unpaired surrogates";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain unpaired surrogates";
            }
        }
        return null;
    }
}
