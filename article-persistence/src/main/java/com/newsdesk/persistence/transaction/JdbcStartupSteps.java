package com.newsdesk.persistence.transaction;

import com.newsdesk.domain.publishing.StartupSteps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Records the steps taken in {@code data_step}; the primary key makes a second claim wait, then find it taken. */
@Repository
class JdbcStartupSteps implements StartupSteps {

    private final JdbcClient jdbc;

    JdbcStartupSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String step) {
        return jdbc.sql("insert into data_step (name) values (?) on conflict do nothing")
                        .param(step)
                        .update()
                == 1;
    }
}
