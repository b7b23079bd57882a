package com.newsdesk.api.problem;

import java.time.Duration;

/** This node streams as many changes as it may, to everyone or to this client address: a 429 with Retry-After. */
public class TooManyStreamsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyStreamsException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
