package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.Violations;

/**
 * Replace {@code find}, which must occur exactly once in the target text, with {@code replace}.
 *
 * <p>Limits: {@code find} is 1 to {@value #MAX_FIND} characters, {@code replace} at most {@value #MAX_REPLACE} and
 * may be empty (a deletion); neither may hold control characters other than tab and line breaks.
 */
public record TextEdit(String find, String replace) {

    public static final int MAX_FIND = 1_000;
    public static final int MAX_REPLACE = 5_000;

    public TextEdit {
        Violations v = new Violations();
        v.optionalText("find", find, MAX_FIND).check(find != null && !find.isEmpty(), "find", "is required");
        v.optionalText("replace", replace, MAX_REPLACE).check(replace != null, "replace", "is required");
        v.throwIfAny();
    }
}
