package com.newsdesk.domain.reading;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import java.time.Duration;

/**
 * A page the reader gave up on: reading it took longer than the time it is allowed. No news story takes that long
 * (a real page reads in milliseconds); a page of thousands of names or dates in one paragraph can, and the service
 * must not spend minutes of a core on it.
 */
public final class PageTooSlowToReadException extends DomainException {

    PageTooSlowToReadException(Duration limit) {
        super(
                FailureKind.UNPROCESSABLE,
                "import-too-slow",
                "Page too slow to read",
                "the page could not be read within " + seconds(limit)
                        + "; a news story reads in milliseconds, so this page is not shaped like one (thousands of"
                        + " names, quotations or dates)");
    }

    private static String seconds(Duration limit) {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + (ms == 1000 ? " second" : " seconds") : ms + " ms";
    }
}
