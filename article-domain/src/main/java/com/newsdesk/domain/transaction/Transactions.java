package com.newsdesk.domain.transaction;

import java.util.function.Supplier;

/**
 * Runs one use case as one database transaction. Domain services say where their transaction starts by calling this
 * port; the persistence adapter implements it. Everything the work does commits together, or nothing does.
 */
public interface Transactions {

    /** Runs {@code work} in a new read-write transaction and commits it when {@code work} returns normally. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} in a read-only transaction in which every read sees one consistent snapshot: an article is
     * never read half before and half after a correction.
     */
    <T> T readOnly(Supplier<T> work);

    /**
     * Runs {@code work} that sends exactly one statement, outside any transaction: a single statement sees one
     * consistent snapshot by itself, and a transaction around it would only add round trips (the read-only and
     * isolation settings, BEGIN, COMMIT) while it holds a pooled connection. Anything that sends two statements uses
     * {@link #readOnly}.
     */
    default <T> T oneStatement(Supplier<T> work) {
        return readOnly(work);
    }
}
