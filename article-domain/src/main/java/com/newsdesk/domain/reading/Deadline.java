package com.newsdesk.domain.reading;

import java.time.Duration;

/**
 * When a read must be over. The reader asks at each paragraph and at each name it compares, so a page that would take
 * minutes is given up within a few milliseconds of its limit.
 */
final class Deadline {

    private static final Deadline NONE = new Deadline(null);

    private final Duration limit;
    private final long until;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.until = limit == null ? 0 : System.nanoTime() + limit.toNanos();
    }

    /** No limit: the reader takes as long as the page needs. */
    static Deadline none() {
        return NONE;
    }

    /** The limit, counted from now. */
    static Deadline in(Duration limit) {
        return new Deadline(limit);
    }

    /** Throws once the limit has passed. */
    void check() {
        if (limit != null && System.nanoTime() - until >= 0) {
            throw new PageTooSlowToReadException(limit);
        }
    }
}
