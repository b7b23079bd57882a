package com.newsdesk.domain.failure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request the domain refuses. Refusals are expected outcomes, not bugs, so they carry no stack trace; each names
 * its {@link FailureKind}, a stable {@code code} (used as the last segment of the problem type URI) and a title.
 */
public abstract class DomainException extends RuntimeException {

    private final FailureKind kind;
    private final String code;
    private final String title;

    protected DomainException(FailureKind kind, String code, String title, String detail) {
        this(kind, code, title, detail, null);
    }

    /** For a refusal caused by a failure underneath (kept for the log, never shown to the caller). */
    protected DomainException(FailureKind kind, String code, String title, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
    }

    public FailureKind kind() {
        return kind;
    }

    /** A short, stable, kebab-case name of this failure, such as {@code find-text-not-found}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The inputs at fault, for validation failures; empty otherwise. */
    public List<Violation> violations() {
        return List.of();
    }

    /** {@code text} as it may be echoed back in a message: control characters masked, cut at 120 characters. */
    protected static String echo(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints()
                .limit(120)
                .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) || isLoneSurrogate(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > 120 ? shown + "…" : shown.toString();
    }

    /**
     * {@code codePoints()} yields an unpaired surrogate as its own value. Casting a code point to {@code char} instead
     * would also mask real characters whose low 16 bits fall in the surrogate range, such as U+1D800.
     */
    private static boolean isLoneSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    /** Extra facts a client can act on, such as the ids of the quotes a correction would break. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
