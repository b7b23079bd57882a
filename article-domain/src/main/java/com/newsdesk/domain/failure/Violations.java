package com.newsdesk.domain.failure;

import com.newsdesk.domain.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every fault in one request so a caller hears about all of them at once, then throws one
 * {@link InvalidInputException}. Text is checked against the rules of {@link Text}: everything stored is storable text,
 * and what readers see is visible.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations check(boolean ok, String name, String message) {
        if (!ok) {
            found.add(new Violation(name, message));
        }
        return this;
    }

    /** A value that must be present and visible ({@link Text#visibleFault}), at most {@code maxLength} characters. */
    public Violations requireText(String name, String value, int maxLength) {
        return require(name, value, maxLength, Text.visibleFault(value == null ? "" : value));
    }

    /** A value that must be present, visible and a single line ({@link Text#singleLineFault}). */
    public Violations requireLine(String name, String value, int maxLength) {
        return require(name, value, maxLength, Text.singleLineFault(value == null ? "" : value));
    }

    private Violations require(String name, String value, int maxLength, String fault) {
        if (value == null) {
            found.add(new Violation(name, "is required"));
            return this;
        }
        checkLength(name, value, maxLength);
        if (fault != null) {
            found.add(new Violation(name, fault));
        }
        return this;
    }

    /** A value that may be absent or empty; when present, at most {@code maxLength} characters of storable text. */
    public Violations optionalText(String name, String value, int maxLength) {
        if (value == null) {
            return this;
        }
        checkLength(name, value, maxLength);
        String fault = Text.fault(value);
        if (fault != null) {
            found.add(new Violation(name, fault));
        }
        return this;
    }

    private void checkLength(String name, String value, int maxLength) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            found.add(new Violation(name, "must be at most " + maxLength + " characters, was " + length));
        }
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

    /** Why {@code value} cannot be stored as text, or {@code null} when it can: see {@link Text#fault}. */
    public static String textFault(String value) {
        return Text.fault(value);
    }
}
