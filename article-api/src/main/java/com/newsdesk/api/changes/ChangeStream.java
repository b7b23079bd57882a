package com.newsdesk.api.changes;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * One open change stream: a servlet async response written with non-blocking I/O, so that it holds no thread between
 * events and a client that stops reading can never block the thread that writes to it. What is waiting to be written
 * is bounded ({@code buffer} frames); the dispatcher of {@link ChangeStreams} only hands a stream as many events as it
 * has room for, and a stream that leaves its bytes unread for longer than the stall timeout is closed.
 *
 * <p>The stream's position ({@link #cursor}) is the sequence number up to which it has been handed every public change:
 * read and written by the dispatcher thread only.
 */
final class ChangeStream implements WriteListener, AsyncListener {

    private final ChangeStreams owner;
    private final AsyncContext async;
    private final ServletOutputStream out;
    private final ArrayDeque<byte[]> pending = new ArrayDeque<>();
    private final int capacity;

    /** The client address the stream counts against. */
    final String client;

    /** When the stream ends (System.nanoTime()), so that the client reconnects. */
    final long closesAt;

    /** Every public change up to this sequence number has been handed to the stream (dispatcher thread only). */
    long cursor;

    private boolean started;
    private boolean flushNeeded;
    private boolean closed;
    /** Since when written bytes wait for the client (System.nanoTime()), or 0 while it keeps up. */
    private long blockedSince;

    private volatile long lastQueuedAt;

    ChangeStream(ChangeStreams owner, AsyncContext async, String client, long cursor, int capacity, long closesAt)
            throws IOException {
        this.owner = owner;
        this.async = async;
        this.out = async.getResponse().getOutputStream();
        this.client = client;
        this.cursor = cursor;
        this.capacity = capacity;
        this.closesAt = closesAt;
        this.lastQueuedAt = System.nanoTime();
    }

    /** Starts writing: the container calls {@link #onWritePossible} once the request's own dispatch has returned. */
    void start() {
        async.addListener(this);
        out.setWriteListener(this);
    }

    /** How many more frames may wait. */
    synchronized int room() {
        return closed ? 0 : capacity - pending.size();
    }

    /** Queues a frame when there is room; says whether it did. */
    synchronized boolean offer(byte[] frame) {
        if (closed || pending.size() >= capacity) {
            return false;
        }
        pending.add(frame);
        lastQueuedAt = System.nanoTime();
        return true;
    }

    long lastQueuedAt() {
        return lastQueuedAt;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** How long what was written has been waiting for the client, in nanoseconds; 0 while it keeps up. */
    synchronized long stalledFor(long now) {
        return blockedSince == 0 ? 0 : now - blockedSince;
    }

    /**
     * Writes what waits, as far as the client takes it without blocking; the container calls {@link #onWritePossible}
     * when it can take more. From the dispatcher after queueing, and from the container.
     */
    void drain() {
        boolean failed = false;
        synchronized (this) {
            if (!started || closed) {
                return;
            }
            boolean progressed = false;
            try {
                while (out.isReady()) {
                    byte[] next = pending.poll();
                    if (next == null) {
                        if (!flushNeeded) {
                            blockedSince = 0;
                            return;
                        }
                        flushNeeded = false;
                        out.flush();
                        progressed = true;
                        continue;
                    }
                    out.write(next);
                    flushNeeded = true;
                    progressed = true;
                }
                if (progressed || blockedSince == 0) {
                    blockedSince = System.nanoTime();
                }
            } catch (IOException | IllegalStateException gone) {
                failed = true;
            }
        }
        if (failed) {
            close();
        }
    }

    @Override
    public void onWritePossible() {
        synchronized (this) {
            started = true;
        }
        drain();
        if (room() * 2 >= capacity) {
            owner.roomFreed();
        }
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

    /** Ends the response (idempotent); the client reconnects with the id of the last event it got. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            pending.clear();
        }
        owner.closed(this);
        completeQuietly();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        synchronized (this) {
            closed = true;
        }
        owner.closed(this);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
        completeQuietly();
    }

    /**
     * The connection failed (the client went). Completing here, whatever state the stream was in, keeps the container
     * from dispatching the request again to an error page, which would try to write a problem into an event stream.
     */
    @Override
    public void onError(AsyncEvent event) {
        close();
        completeQuietly();
    }

    private void completeQuietly() {
        try {
            async.complete();
        } catch (IllegalStateException alreadyOver) {
            // Completed already.
        }
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // Not restarted.
    }
}
