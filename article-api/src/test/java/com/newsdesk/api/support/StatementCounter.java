package com.newsdesk.api.support;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the service sends through its DataSource (datasource-proxy around the pool) while serving
 * HTTP requests, whatever sends it: JPA, JdbcClient. Only statements sent from Tomcat's request threads count: the
 * scheduled publisher polls every second on its own thread and would otherwise land in any measurement by chance.
 * Import it into a test to see what reaches the database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    /** Transaction control sent on a connection: each is a round trip to the database, like a statement. */
    private static final AtomicInteger TRANSACTION_CONTROL = new AtomicInteger();

    private static final Set<String> CONTROL =
            Set.of("setAutoCommit", "commit", "rollback", "setReadOnly", "setTransactionIsolation");

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && name.equals("dataSource")) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            .afterQuery((execution, queries) -> {
                                if (Thread.currentThread().getName().contains("-exec-")) {
                                    STATEMENTS.addAndGet(queries.size());
                                }
                            })
                            .afterMethod(execution -> {
                                if (execution.getTarget() instanceof Connection
                                        && CONTROL.contains(
                                                execution.getMethod().getName())
                                        && Thread.currentThread().getName().contains("-exec-")) {
                                    TRANSACTION_CONTROL.incrementAndGet();
                                }
                            })
                            .build();
                }
                return bean;
            }
        };
    }

    /**
     * How many transaction-control calls (begin by turning auto-commit off, read-only and isolation settings, commit,
     * rollback) the service made while serving requests during {@code work}.
     */
    public static int transactionControlDuring(Runnable work) {
        int before = TRANSACTION_CONTROL.get();
        work.run();
        return TRANSACTION_CONTROL.get() - before;
    }

    /** How many statements the service sent while {@code work} ran. */
    public static int during(Runnable work) {
        int before = STATEMENTS.get();
        work.run();
        return STATEMENTS.get() - before;
    }
}
