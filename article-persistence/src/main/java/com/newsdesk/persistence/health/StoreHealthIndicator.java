package com.newsdesk.persistence.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health indicator (in place of Boot's, under its name, so the readiness group keeps it): the article
 * store is ready when an article row can be read within {@code newsdesk.health.store-timeout} (one second). Boot's
 * own check only asks a connection whether it is valid, which stays true while a lock on {@code article} holds every
 * reader; this one reads the table, so readiness goes DOWN while reads cannot be answered.
 *
 * <p>A failed check is logged as one line (Boot's logs the whole stack trace, 165 lines for a refused connection, on
 * every probe).
 */
@Component("dbHealthIndicator")
class StoreHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StoreHealthIndicator.class);

    private final DataSource dataSource;
    private final long timeoutMillis;

    StoreHealthIndicator(DataSource dataSource, @Value("${newsdesk.health.store-timeout:1s}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public Health health() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Only for this transaction: the pooled connection keeps the service's own timeouts afterwards.
                statement.execute("set local lock_timeout = " + timeoutMillis);
                statement.execute("set local statement_timeout = " + 2 * timeoutMillis);
                statement.executeQuery("select 1 from article limit 1").close();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return Health.up()
                    .withDetail("database", connection.getMetaData().getDatabaseProductName())
                    .withDetail("articleReadMillis", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (SQLException | RuntimeException failure) {
            String reason = reason(failure);
            log.warn("Article store is not ready: {}", reason);
            return Health.down().withDetail("error", reason).build();
        }
    }

    /** The failure in one line: its SQLSTATE, if any, and the message of the deepest cause. */
    private static String reason(Throwable failure) {
        String state = null;
        Throwable deepest = failure;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (state == null && t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
            deepest = t;
        }
        String message =
                String.valueOf(deepest.getMessage()).lines().findFirst().orElse("");
        return (state == null ? "" : "SQLSTATE " + state + ": ")
                + deepest.getClass().getSimpleName() + ": " + message;
    }
}
