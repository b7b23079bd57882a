package com.newsdesk.domain.paging;

import com.newsdesk.domain.failure.Violations;

/**
 * Which slice of a result a caller wants: page {@code number} (0-based) of {@code size} items, at most
 * {@link #MAX_SIZE}. Paging happens in SQL, never in memory.
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        new Violations()
                .check(number >= 0, "page", "must be 0 or more, was " + number)
                .check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE + ", was " + size)
                .throwIfAny();
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    /** Rows to skip; a long, so that a huge page number cannot overflow. */
    public long offset() {
        return (long) number * size;
    }
}
