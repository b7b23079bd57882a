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
}
