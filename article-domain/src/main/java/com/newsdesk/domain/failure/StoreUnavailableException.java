package com.newsdesk.domain.failure;

/**
 * The store could not be reached, or the connection to it broke. Whatever was asked was not done, except for a write
 * whose commit was cut off, whose outcome is unknown: an idempotency key makes retrying it safe.
 */
public final class StoreUnavailableException extends DomainException {
    public StoreUnavailableException(Throwable cause) {
        super(
                FailureKind.UNAVAILABLE,
                "store-unavailable",
                "Service unavailable",
                "The article store cannot be reached right now. Try again in a few seconds.",
                cause);
    }
}
