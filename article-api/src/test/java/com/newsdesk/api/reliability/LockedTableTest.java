package com.newsdesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.testing.StoryCopies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A database that holds readers (here: another session holds an exclusive lock on {@code article}, as a migration
 * would) fails reads in a few seconds with a 503 and Retry-After, not after 30; readiness reports it; its probe logs one
 * line, not a stack trace; and when the lock goes, everything recovers by itself.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class LockedTableTest {

    private static final String STORY = "/api/articles/" + StoryCopies.SEEDED_SLUG;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void readsFailFastAndReadinessSeesALockedTable(CapturedOutput log) throws Exception {
        Http http = new Http(port);
        http.get(STORY).expect(200);
        http.get("/actuator/health/readiness").expect(200);

        long readMillis;
        long probeMillis;
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute("lock table article in access exclusive mode");
            }
            int logLength = log.getAll().length();

            long start = System.nanoTime();
            Reply read = http.get(STORY, "Cache-Control", "no-cache");
            readMillis = (System.nanoTime() - start) / 1_000_000;
            read.problem(503);
            assertThat(read.header("Retry-After")).isEqualTo("5");

            start = System.nanoTime();
            Reply readiness = http.get("/actuator/health/readiness");
            probeMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(readiness.status()).isEqualTo(503);
            JsonNode health = readiness.json();
            assertThat(health.path("status").asString()).isEqualTo("DOWN");
            // Liveness is not the database's business: the process is fine, and must not be restarted.
            http.get("/actuator/health/liveness").expect(200);

            String during = log.getAll().substring(logLength);
            assertThat(during).as("the log while the table is locked").doesNotContain("\tat ", "Caused by:");
            assertThat(during.lines().filter(line -> line.contains("Article store is not ready")))
                    .as("the probe's log")
                    .hasSize(1)
                    .allSatisfy(line -> assertThat(line).contains("55P03"));
            locker.rollback();
        }
        assertThat(readMillis).as("ms until a read under the lock fails").isLessThan(5_000);
        assertThat(probeMillis).as("ms until readiness reports it").isLessThan(2_500);

        // The lock is gone: readiness and reads are back, without a restart.
        http.get("/actuator/health/readiness").expect(200);
        http.get(STORY, "Cache-Control", "no-cache").expect(200);

        String figures = "read under a lock on article failed after " + readMillis + " ms; readiness DOWN after "
                + probeMillis + " ms";
        System.out.println(figures);
        Path out = Path.of("target", "reliability", "locked-table.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);
    }
}
