package com.newsdesk.api.problem;

import java.io.IOException;
import java.time.Duration;

/**
 * A request body that did not arrive within the time the service gives it (408). An {@link IOException}, raised while
 * the body is read, like {@link PayloadTooLargeException}.
 */
public class BodyTooSlowException extends IOException {

    public BodyTooSlowException(Duration deadline) {
        super("The request body did not arrive within " + deadline.toSeconds() + " seconds.");
    }
}
