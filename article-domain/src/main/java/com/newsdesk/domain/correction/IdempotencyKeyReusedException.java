package com.newsdesk.domain.correction;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;

/** The idempotency key was already used for a different request. Nothing changed. */
public final class IdempotencyKeyReusedException extends DomainException {
    public IdempotencyKeyReusedException() {
        super(
                FailureKind.UNPROCESSABLE,
                "idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was already used for a different request; use a new key for a new correction.");
    }
}
