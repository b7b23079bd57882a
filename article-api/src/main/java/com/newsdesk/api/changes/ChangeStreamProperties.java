package com.newsdesk.api.changes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of the change stream ({@code GET /api/changes}), per node.
 *
 * @param heartbeat how long a stream may stay silent before it gets a comment line, so that proxies and load balancers
 *     that close idle connections keep it open
 * @param retry the reconnection delay the stream suggests to clients ({@code retry:})
 * @param maxStreams open streams per node; one more is a 429
 * @param maxStreamsPerClient open streams per client address; one more is a 429
 * @param maxLifetime how long a stream lives (give or take a tenth, so that reconnections spread out); the client then
 *     reconnects with {@code Last-Event-ID} and misses nothing
 * @param stallTimeout how long a client may leave what it was sent unread before its stream is closed
 * @param buffer events (and comments) waiting to be written, per stream; a client that does not keep up waits for the
 *     rest in the database, not in memory
 * @param recent public changes kept in memory for every stream of the node; a client further behind is served from the
 *     database
 * @param poll how often the node reads the change table even when no notification came (a safety net: notifications
 *     only wake the streams up, the table is the source of truth)
 * @param busyRetryAfter the Retry-After of a 429
 */
@ConfigurationProperties("newsdesk.changes.stream")
public record ChangeStreamProperties(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("3s") Duration retry,
        @DefaultValue("200") int maxStreams,
        @DefaultValue("4") int maxStreamsPerClient,
        @DefaultValue("30m") Duration maxLifetime,
        @DefaultValue("20s") Duration stallTimeout,
        @DefaultValue("64") int buffer,
        @DefaultValue("1000") int recent,
        @DefaultValue("5s") Duration poll,
        @DefaultValue("30s") Duration busyRetryAfter) {

    public ChangeStreamProperties {
        if (heartbeat.isNegative() || heartbeat.isZero() || maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("newsdesk.changes.stream: heartbeat and max-lifetime must be positive");
        }
        if (maxStreams < 0 || maxStreamsPerClient < 0 || buffer < 2 || recent < 1) {
            throw new IllegalArgumentException(
                    "newsdesk.changes.stream: max-streams and max-streams-per-client must not be negative, buffer must"
                            + " be at least 2 and recent at least 1");
        }
    }
}
