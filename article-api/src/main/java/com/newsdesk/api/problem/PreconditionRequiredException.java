package com.newsdesk.api.problem;

/** A write came without the {@code If-Match} that proves which revision the editor read. */
public class PreconditionRequiredException extends RuntimeException {
    public PreconditionRequiredException(String message) {
        super(message, null, false, false);
    }
}
