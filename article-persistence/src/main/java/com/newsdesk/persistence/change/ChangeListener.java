package com.newsdesk.persistence.change;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens, on one dedicated connection, for the changes every node commits ({@code LISTEN article_change}) and hands
 * them to this node's subscribers (the read cache, the change stream). When the connection is lost it tells the
 * subscribers, so they stop trusting what they hold beyond a short freshness, and connects again, backing off up to
 * a few seconds; once it listens again it tells them that too.
 */
@Component
class ChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

    /** The listening connection's name in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "newsdesk-change-listener";

    private final DataSource dataSource;
    private final ChangeSubscribers subscribers;
    private final Duration poll;
    private final Duration maxBackoff;
    private volatile boolean running;
    private volatile boolean live;
    private volatile Connection connection;
    private Thread thread;

    ChangeListener(
            DataSource dataSource,
            ChangeSubscribers subscribers,
            @Value("${newsdesk.changes.poll:500ms}") Duration poll,
            @Value("${newsdesk.changes.max-backoff:5s}") Duration maxBackoff) {
        this.dataSource = dataSource;
        this.subscribers = subscribers;
        this.poll = poll;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            closeQuietly(connection);
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether changes committed anywhere are being heard now. */
    boolean isLive() {
        return live;
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection listening = dataSource.getConnection()) {
                try {
                    connection = listening;
                    try (Statement statement = listening.createStatement()) {
                        // Named, so an operator sees it in pg_stat_activity for what it is.
                        statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
                        statement.execute("LISTEN " + ChangeTable.CHANNEL);
                    }
                    PGConnection pg = listening.unwrap(PGConnection.class);
                    setLive(true);
                    backoff = 100;
                    while (running) {
                        PGNotification[] notifications = pg.getNotifications(Math.toIntExact(poll.toMillis()));
                        if (notifications != null) {
                            for (PGNotification notification : notifications) {
                                ChangePayload.parse(notification.getParameter()).ifPresent(subscribers::changed);
                            }
                        }
                        if (!listening.isValid(1)) {
                            throw new SQLException("the listening connection is no longer valid");
                        }
                    }
                } finally {
                    forget(listening);
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    if (live) {
                        log.warn("Lost the change notifications ({}); reconnecting", lost.toString());
                    }
                    setLive(false);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, maxBackoff.toMillis());
                }
            } finally {
                connection = null;
            }
        }
        setLive(false);
    }

    private void setLive(boolean now) {
        if (live != now) {
            live = now;
            if (now) {
                log.info("Listening for changes on channel {}", ChangeTable.CHANNEL);
            }
            subscribers.listening(now);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes a connection that stops listening an ordinary one again before it goes back to the pool: one given up on
     * while still working (a validity check that timed out on a busy machine) would otherwise keep receiving every
     * notification, which the driver queues unread, and keep the listener's name in pg_stat_activity. A broken one
     * fails here, and the pool drops it.
     */
    private static void forget(Connection listening) {
        try (Statement statement = listening.createStatement()) {
            statement.execute("UNLISTEN *");
            statement.execute("RESET application_name");
        } catch (SQLException | RuntimeException broken) {
            // Already gone: the pool sees it broken and evicts it.
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing a broken connection on the way out: nothing to do.
            }
        }
    }
}
