package com.newsdesk.api.problem;

import com.newsdesk.domain.failure.DomainException;

/**
 * A request's precondition does not hold for the article as it is now (412): a read's {@code If-Match} or
 * {@code If-Unmodified-Since}, or a correction made against a revision that is no longer current (then the domain's
 * refusal says so). Every such answer carries the article's current ETag, so the client can read it again and retry.
 */
public class PreconditionFailedException extends RuntimeException {

    private final String currentETag;
    private final DomainException refusal;

    public PreconditionFailedException(String currentETag, DomainException refusal) {
        super(
                refusal != null
                        ? refusal.detail()
                        : "If-Match or If-Unmodified-Since does not hold for the article as it is now; its current"
                                + " ETag is in this answer.",
                refusal,
                false,
                false);
        this.currentETag = currentETag;
        this.refusal = refusal;
    }

    public String currentETag() {
        return currentETag;
    }

    /** The domain's refusal behind it, if any (a stale revision). */
    public DomainException refusal() {
        return refusal;
    }
}
