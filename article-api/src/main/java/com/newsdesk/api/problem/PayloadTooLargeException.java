package com.newsdesk.api.problem;

import java.io.IOException;

/**
 * A request body longer than the service accepts. An {@link IOException}, because it is raised while the body is being
 * read, and so reaches the exception handler wrapped in the message reader's own exception.
 */
public class PayloadTooLargeException extends IOException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
