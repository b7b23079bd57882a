package com.newsdesk.api.changes;

import com.newsdesk.api.problem.TooManyStreamsException;
import com.newsdesk.api.web.PublicSite;
import com.newsdesk.domain.change.ChangeLog;
import com.newsdesk.domain.change.ChangeSubscriber;
import com.newsdesk.domain.change.PublicChange;
import com.newsdesk.domain.change.StoryChange;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change streams of this node, and the one thread that feeds them.
 *
 * <p>The change table is the source of truth; notifications only wake the dispatcher up. Every node hears of every
 * committed change ({@link ChangeSubscriber}: its own at once, the others' through {@code pg_notify}); the dispatcher
 * then reads the table past the last sequence number it read ({@code head}), once for all streams, and keeps the latest
 * public changes in memory, encoded once. Each stream has a position ({@link ChangeStream#cursor}): every public change
 * up to it has been handed to the stream. A stream takes the changes after its position from memory, or, when it is
 * further behind than memory reaches (a client reconnecting with an old {@code Last-Event-ID}, or one that reads
 * slowly), from the table, a page at a time. Since sequence numbers commit in order (see ChangeTable) and each stream
 * only ever moves forward from its position, a stream never skips a change and never gets one twice, whichever way
 * (memory or table) it got there.
 *
 * <p>Bounded: streams per node and per client address (a 429 beyond), frames waiting per stream, changes kept in memory,
 * a stream's lifetime. One thread reads the database, for all streams, with a connection taken per statement: a stream
 * holds no thread and no connection while it waits. The table is also read every {@code poll} when no notification
 * came, so a node whose listening connection is lost still streams, a few seconds late.
 */
@Component
public class ChangeStreams implements ChangeSubscriber, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeStreams.class);

    /** Rows read from the table per statement when catching up. */
    private static final int PAGE = 500;

    private static final byte[] HEARTBEAT = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

    /** One public change as every stream writes it. */
    private record Event(long sequence, byte[] frame) {}

    private final ChangeLog changes;
    private final ChangeStreamProperties limits;
    private final PublicSite site;
    private final JsonMapper json;
    private final byte[] retryFrame;

    private final Set<ChangeStream> streams = ConcurrentHashMap.newKeySet();
    /** Open streams per client address, and in all; guarded by {@code this}. */
    private final Map<String, Integer> perClient = new HashMap<>();

    private int open;

    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private final AtomicBoolean refreshWanted = new AtomicBoolean(true);
    private volatile ScheduledExecutorService dispatcher;

    // The dispatcher thread's own: the latest public changes read, all of them after floor and up to head.
    private final ArrayDeque<Event> recent = new ArrayDeque<>();
    private long head = -1;
    private long floor = -1;
    private long lastRefresh;
    private boolean failing;

    ChangeStreams(ChangeLog changes, ChangeStreamProperties limits, PublicSite site, JsonMapper json) {
        this.changes = changes;
        this.limits = limits;
        this.site = site;
        this.json = json;
        this.retryFrame = ("retry: " + limits.retry().toMillis() + "\n\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Opens a stream on this request, for the public changes after {@code cursor}: takes the request async, answers 200
     * with the stream's headers (set by the caller), and returns at once.
     *
     * @throws TooManyStreamsException when this node, or this client address, has as many streams open as it may
     */
    void open(HttpServletRequest request, long cursor) throws IOException {
        String client = request.getRemoteAddr();
        reserve(client);
        ChangeStream stream = null;
        try {
            AsyncContext async = request.startAsync();
            // The stream ends itself at its lifetime; this is the container's backstop.
            async.setTimeout(limits.maxLifetime().plusMinutes(1).toMillis());
            long lifetime = limits.maxLifetime().toNanos();
            long closesAt =
                    System.nanoTime() + lifetime - ThreadLocalRandom.current().nextLong(lifetime / 10 + 1);
            stream = new ChangeStream(this, async, client, cursor, limits.buffer(), closesAt);
            streams.add(stream);
            stream.offer(retryFrame);
            stream.start();
        } catch (IOException | RuntimeException failed) {
            // The reservation is released once: by the stream when there is one (it may have been closed already).
            if (stream == null) {
                release(client);
            } else {
                closed(stream);
            }
            throw failed;
        }
        refreshWanted.set(true);
        wake();
    }

    /** Streams open on this node now. */
    public int openStreams() {
        return streams.size();
    }

    private synchronized void reserve(String client) {
        if (open >= limits.maxStreams()) {
            throw new TooManyStreamsException(
                    "This node streams changes to as many clients as it may (" + limits.maxStreams()
                            + "); try again later, or another node.",
                    limits.busyRetryAfter());
        }
        if (perClient.getOrDefault(client, 0) >= limits.maxStreamsPerClient()) {
            throw new TooManyStreamsException(
                    "This address has " + limits.maxStreamsPerClient()
                            + " change streams open already, as many as it may; close one first.",
                    limits.busyRetryAfter());
        }
        open++;
        perClient.merge(client, 1, Integer::sum);
    }

    private synchronized void release(String client) {
        open--;
        perClient.computeIfPresent(client, (address, count) -> count > 1 ? count - 1 : null);
    }

    /** A stream ended (from whichever side): it no longer counts. */
    void closed(ChangeStream stream) {
        if (streams.remove(stream)) {
            release(stream.client);
        }
    }

    /** A stream wrote out what waited, and may take more. */
    void roomFreed() {
        wake();
    }

    @Override
    public void changed(StoryChange change) {
        if (change.kind().isPublic() && !streams.isEmpty()) {
            refreshWanted.set(true);
            wake();
        }
    }

    @Override
    public void listening(boolean live) {
        // Changes made while this node was deaf were not announced to it: read the table.
        refreshWanted.set(true);
        wake();
    }

    private void wake() {
        ScheduledExecutorService running = dispatcher;
        if (running != null && roundQueued.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    roundQueued.set(false);
                    round();
                });
            } catch (RuntimeException shutDown) {
                roundQueued.set(false);
            }
        }
    }

    /** One pass over every stream: read the table if there may be news, hand each stream what it lacks, heartbeats. */
    private void round() {
        long now = System.nanoTime();
        if (streams.isEmpty()) {
            return;
        }
        if (refreshWanted.getAndSet(false) || now - lastRefresh >= limits.poll().toNanos()) {
            try {
                refresh();
                lastRefresh = now;
                if (failing) {
                    failing = false;
                    log.info("Reading the change table for the change streams again");
                }
            } catch (RuntimeException failed) {
                // The database is down or slow: streams keep their heartbeats, and the next tick reads again. Said
                // once per outage, not once a second.
                refreshWanted.set(true);
                if (!failing) {
                    failing = true;
                    log.warn("Could not read the change table for the change streams: {}", failed.toString());
                }
            }
        }
        for (ChangeStream stream : streams) {
            try {
                serve(stream, now);
            } catch (RuntimeException failed) {
                log.warn("Could not serve a change stream: {}", failed.toString());
            }
        }
    }

    /** Reads every change committed after {@code head}; the public ones go to memory, the oldest leaving it. */
    private void refresh() {
        long latest = changes.latest();
        if (head < 0) {
            // First read on this node: memory starts empty, from now; streams further back read the table.
            head = latest;
            floor = latest;
            return;
        }
        while (head < latest) {
            List<PublicChange> page = changes.publicChanges(head, latest, PAGE);
            for (PublicChange change : page) {
                recent.addLast(new Event(change.sequence(), frame(change)));
                if (recent.size() > limits.recent()) {
                    floor = recent.removeFirst().sequence();
                }
            }
            head = page.size() < PAGE ? latest : page.get(page.size() - 1).sequence();
        }
    }

    private void serve(ChangeStream stream, long now) {
        if (stream.isClosed()) {
            closed(stream);
            return;
        }
        if (now - stream.closesAt >= 0) {
            // Its lifetime is over: the client reconnects with the id of the last event it got and misses nothing.
            stream.close();
            return;
        }
        if (stream.stalledFor(now) > limits.stallTimeout().toNanos()) {
            log.info("Closing a change stream to {}: it left what it was sent unread", stream.client);
            stream.close();
            return;
        }
        if (head >= 0) {
            try {
                fill(stream);
            } catch (RuntimeException failed) {
                // Reading a late stream's page from the table failed (the database is down or slow): the stream
                // keeps its heartbeat, and reads again next round.
                log.debug("Could not read the change table for a change stream: {}", failed.toString());
            }
        }
        if (now - stream.lastQueuedAt() >= limits.heartbeat().toNanos()) {
            stream.offer(HEARTBEAT);
        }
        stream.drain();
    }

    /** Hands the stream the public changes after its position, as many as it has room for. */
    private void fill(ChangeStream stream) {
        int room = stream.room();
        while (room > 0 && stream.cursor < head) {
            List<Event> events = new ArrayList<>();
            if (stream.cursor >= floor) {
                for (Event event : recent) {
                    if (event.sequence() > stream.cursor) {
                        events.add(event);
                        if (events.size() == room) {
                            break;
                        }
                    }
                }
            } else {
                for (PublicChange change : changes.publicChanges(stream.cursor, head, room)) {
                    events.add(new Event(change.sequence(), frame(change)));
                }
            }
            for (Event event : events) {
                stream.offer(event.frame());
            }
            stream.cursor =
                    events.size() < room ? head : events.get(events.size() - 1).sequence();
            room -= events.size();
        }
    }

    /** The event as the stream writes it: {@code id}, {@code event} (the kind) and one line of JSON {@code data}. */
    private byte[] frame(PublicChange change) {
        String data = json.writeValueAsString(ChangeEvent.of(change, site));
        return ("id: " + change.sequence() + "\nevent: " + change.kind().code() + "\ndata: " + data + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "change-streams");
            thread.setDaemon(true);
            return thread;
        });
        long tick = Math.max(10, Math.min(1_000, limits.heartbeat().toMillis() / 2));
        executor.scheduleWithFixedDelay(this::wake, tick, tick, TimeUnit.MILLISECONDS);
        dispatcher = executor;
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService executor = dispatcher;
        dispatcher = null;
        if (executor != null) {
            executor.shutdownNow();
        }
        // Ends every stream, so that a graceful shutdown does not wait for them; clients reconnect elsewhere.
        for (ChangeStream stream : List.copyOf(streams)) {
            stream.close();
        }
    }

    @Override
    public boolean isRunning() {
        return dispatcher != null;
    }

    @Override
    public int getPhase() {
        // Stopped before the web server's graceful shutdown, which would otherwise wait for open streams.
        return Integer.MAX_VALUE;
    }
}
