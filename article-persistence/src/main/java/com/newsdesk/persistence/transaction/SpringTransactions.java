package com.newsdesk.persistence.transaction;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.StoreUnavailableException;
import com.newsdesk.domain.transaction.Transactions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The domain's unit of work, as a Spring-managed JPA transaction (joining one already under way). A database that cannot
 * be reached surfaces as the domain's {@link StoreUnavailableException}, so the web layer answers 503 without knowing
 * JDBC.
 */
@Component
class SpringTransactions implements Transactions {

    private final TransactionTemplate readWrite;
    private final TransactionTemplate readOnly;

    SpringTransactions(PlatformTransactionManager transactionManager) {
        this.readWrite = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        // One snapshot for all of a read's statements (PostgreSQL's REPEATABLE READ never blocks or fails a reader).
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(readWrite, work);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return run(readOnly, work);
    }

    @Override
    public <T> T oneStatement(Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException refusal) {
            throw refusal;
        } catch (RuntimeException failure) {
            if (StoreFailures.isUnavailable(failure)) {
                throw new StoreUnavailableException(failure);
            }
            throw failure;
        }
    }

    /** Runs the work, and reports a lost database as the domain's {@link StoreUnavailableException}. */
    private static <T> T run(TransactionTemplate template, Supplier<T> work) {
        try {
            return template.execute(status -> work.get());
        } catch (DomainException refusal) {
            throw refusal;
        } catch (RuntimeException failure) {
            if (StoreFailures.isUnavailable(failure)) {
                throw new StoreUnavailableException(failure);
            }
            throw failure;
        }
    }
}
