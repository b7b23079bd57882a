package com.newsdesk.domain.failure;

/**
 * What kind of refusal a {@link DomainException} is. The web layer turns each kind into one HTTP status; the domain
 * only says what went wrong.
 */
public enum FailureKind {
    /** The request itself is malformed: a bad parameter or field. */
    INVALID_INPUT,
    /** The thing asked for does not exist. */
    NOT_FOUND,
    /** The request is well formed but cannot be carried out against the current content. */
    UNPROCESSABLE,
    /** Carrying the request out would break another part of the article, or a uniqueness rule. */
    CONFLICT,
    /** The caller worked from a revision that is no longer current. */
    STALE_REVISION,
    /** The store cannot be reached; nothing was done, or (for a write whose commit was cut off) nothing is known. */
    UNAVAILABLE
}
