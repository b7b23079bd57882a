package com.newsdesk.api.security;

import java.time.Duration;

/** Too many failed logins for this account or from this address: no more guesses until the window has passed. */
public class TooManyLoginAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyLoginAttemptsException(Duration retryAfter) {
        super("Too many failed logins for this account or from this address; try again later.", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
