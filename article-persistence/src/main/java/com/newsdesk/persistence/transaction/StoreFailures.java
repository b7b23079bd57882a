package com.newsdesk.persistence.transaction;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a lost or unreachable database apart from every other failure, by what the driver and the pool report: the
 * connection exception classes, and SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting
 * down or starting) and 53300 (too many connections), and a pooled connection that was closed under the request.
 * A statement that ran into the service's own bounds is unavailability too: 55P03 (lock_timeout, a lock held on a
 * table it reads) and 57014 (statement_timeout, a query that took too long).
 */
public final class StoreFailures {

    private StoreFailures() {}

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // HikariCP's stand-in for a connection it has evicted as broken says only this, with no SQLSTATE.
            if (t.getClass() == SQLException.class && "Connection is closed".equals(t.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("57P0")
                        || state.equals("53300")
                        || state.equals("55P03")
                        || state.equals("57014")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
