package com.newsdesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.NewsdeskApplication;
import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * PostgreSQL stops under traffic: reads and writes fail fast with a 503 problem, readiness goes down while liveness
 * stays up; PostgreSQL comes back and the service recovers by itself. No correction is half applied, and none that got
 * a 201 is lost. The service runs in this JVM against a PostgreSQL the test starts and stops (the external-database
 * path, as in production).
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

    private static final String STORY =
            "/api/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";

    @TempDir
    Path data;

    EmbeddedPostgres postgres;
    ConfigurableApplicationContext service;
    final ExecutorService traffic = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopAll() throws IOException {
        traffic.shutdownNow();
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    record Sample(long startedNanos, long millis, int status, String kind) {}

    @Test
    void theServiceFailsFastWhileTheDatabaseIsDownAndRecoversByItself(CapturedOutput log) throws Exception {
        int port = freePort();
        postgres = startPostgres(port);
        service = new SpringApplicationBuilder(NewsdeskApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--newsdesk.editor.password=" + Accounts.EDITOR_PASSWORD);
        Http http = new Http(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);

        // Readers and an editor keep going through the whole outage. The editor sends an Idempotency-Key with each
        // correction and remembers what was acknowledged.
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Future<?>> workers = new ArrayList<>();
        for (int reader = 0; reader < 3; reader++) {
            workers.add(traffic.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    Reply reply = http.get(STORY);
                    samples.add(new Sample(start, (System.nanoTime() - start) / 1_000_000, reply.status(), "read"));
                    if (reply.status() != 200) {
                        reply.problem(503);
                    }
                }
                return null;
            }));
        }
        workers.add(traffic.submit(() -> {
            int n = 0;
            while (running.get()) {
                String key = UUID.randomUUID().toString();
                String figure = String.valueOf(40_000 + n);
                long start = System.nanoTime();
                Reply reply = correct(http, figure, key);
                samples.add(new Sample(start, (System.nanoTime() - start) / 1_000_000, reply.status(), "write"));
                if (reply.status() == 201) {
                    acknowledged.add(figure);
                    n++;
                } else if (reply.status() == 503) {
                    reply.problem(503);
                    unanswered.add(key + " " + figure);
                }
                Thread.sleep(50);
            }
            return null;
        }));

        Thread.sleep(2_000);
        int logBeforeTheStop = log.getAll().length();
        postgres.close(); // returns once PostgreSQL has shut down, which takes seconds on a loaded machine
        postgres = null;
        long stoppedAt = System.nanoTime();

        // Down: readiness reports it, liveness does not.
        Reply readiness = awaitStatus(http, "/actuator/health/readiness", 503, Duration.ofSeconds(30));
        assertThat(readiness.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        // Let traffic run into the outage for a while: at least a dozen answers, whatever the machine's speed. Answers
        // read before the stop may be served from the read cache for up to its freshness, one second: the outage starts
        // for readers a second after PostgreSQL is down.
        long outageFrom = stoppedAt + Duration.ofSeconds(1).toNanos();
        long patience = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < patience
                && new ArrayList<>(samples)
                                .stream()
                                        .filter(s -> s.startedNanos() > outageFrom)
                                        .count()
                        < 12) {
            Thread.sleep(200);
        }

        // Failed requests and failed readiness probes are logged a line each. The only stack traces are those of
        // connections the stopping server closed under a request (HikariCP marks each broken; a transaction whose
        // rollback failed with it is logged by Spring): bounded by the pool's 10 connections, not by the traffic.
        List<String> outageLog =
                log.getAll().substring(logBeforeTheStop).lines().toList();
        List<String> traced = new ArrayList<>();
        for (int i = 1; i < outageLog.size(); i++) {
            boolean traceStarts = outageLog.get(i).startsWith("\tat ")
                    && !outageLog.get(i - 1).startsWith("\tat ")
                    && !outageLog.get(i - 1).startsWith("Caused by:");
            if (traceStarts) {
                // The log record the trace belongs to starts at the nearest line with a time stamp above it (an
                // exception's message may run over several lines, as a statement's SQL does).
                int record = i - 1;
                while (record > 0 && !outageLog.get(record).matches("^\\d{4}-\\d{2}-\\d{2}T.*")) {
                    record--;
                }
                traced.add(String.join(" / ", outageLog.subList(record, i)));
            }
        }
        assertThat(traced)
                .as("the log lines that came with a stack trace during the outage")
                .hasSizeLessThanOrEqualTo(10)
                .allSatisfy(
                        line -> assertThat(line).containsAnyOf("marked as broken", "overridden by rollback exception"));
        assertThat(outageLog).anySatisfy(line -> assertThat(line).contains("Article store is not ready"));
        long restartedAt = System.nanoTime();
        postgres = startPostgres(port);
        long recoveredAfterMillis = awaitStatus(http, "/actuator/health/readiness", 200, Duration.ofSeconds(60)) != null
                ? (System.nanoTime() - restartedAt) / 1_000_000
                : -1;
        awaitStatus(http, STORY, 200, Duration.ofSeconds(30));
        Thread.sleep(2_000);
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS); // rethrows what a worker found: any answer but 200 or a 503 problem
        }
        // The outage: requests started a second after the stop and answered before the restart.
        List<Sample> duringOutage = samples.stream()
                .filter(s -> s.startedNanos() > outageFrom)
                .filter(s -> s.startedNanos() + s.millis() * 1_000_000 < restartedAt)
                .toList();

        // Every request during the outage was answered quickly, with a 503 problem (checked by the workers).
        assertThat(duringOutage).isNotEmpty();
        assertThat(duringOutage).extracting(Sample::status).containsOnly(503);
        long slowest = duringOutage.stream().mapToLong(Sample::millis).max().orElseThrow();
        assertThat(slowest).as("slowest answer during the outage, ms").isLessThan(5_000);
        assertThat(duringOutage).filteredOn(s -> s.kind().equals("write")).isNotEmpty();

        // Nothing acknowledged was lost; nothing was half applied; retrying what went unanswered is safe.
        JdbcClient jdbc = service.getBean(JdbcClient.class);
        JsonNode article = http.get(STORY).expect(200).json();
        int revision = article.path("revision").asInt();
        long corrections =
                jdbc.sql("select count(*) from correction").query(Long.class).single();
        long snapshots = jdbc.sql("select count(*) from article_revision")
                .query(Long.class)
                .single();
        assertThat(revision).isEqualTo(1 + corrections);
        assertThat(snapshots).isEqualTo(1 + corrections);
        assertThat(article.path("corrections").size()).isEqualTo((int) corrections);
        assertThat(corrections).isGreaterThanOrEqualTo(acknowledged.size());
        String lastAcknowledged = acknowledged.get(acknowledged.size() - 1);
        JsonNode history = http.get(STORY + "/revisions").json();
        assertThat(history.toString()).contains(acknowledged.toArray(String[]::new));
        for (String retry : unanswered) {
            String[] parts = retry.split(" ");
            Reply again = correct(http, parts[1], parts[0]);
            // Either it had committed (replayed, nothing applied again), or it never happened, or the text has moved
            // on.
            assertThat(again.status()).isIn(201, 412, 422);
        }
        assertThat(jdbc.sql("select count(*) from correction").query(Long.class).single())
                .isEqualTo(http.get(STORY).json().path("revision").asLong() - 1);

        Map<String, Object> figures = new TreeMap<>();
        figures.put("outage requests", duringOutage.size());
        figures.put("outage slowest ms", slowest);
        figures.put("outage median ms", median(duringOutage));
        figures.put("recovered after ms", recoveredAfterMillis);
        figures.put("acknowledged corrections", acknowledged.size());
        figures.put("corrections stored", corrections);
        figures.put("last acknowledged figure", lastAcknowledged);
        Path out = Path.of("target", "reliability", "outage.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures.toString());
        System.out.println("Database outage figures: " + figures);
    }

    private static Reply correct(Http http, String figure, String key) {
        Reply current = http.get(STORY);
        if (current.status() != 200) {
            return current;
        }
        String text = current.json().path("body").path(11).path("text").asString();
        String find = text.substring(text.indexOf("around ") + 7, text.indexOf(" people"));
        return http.postJson(
                STORY + "/corrections",
                """
                {"blockId": "b12", "find": "around %s people", "replace": "around %s people", "kind": "update",
                 "note": "Figure %s."}""".formatted(find, figure, figure),
                "Authorization",
                Accounts.editor(),
                "If-Match",
                current.header("ETag"),
                "Idempotency-Key",
                key);
    }

    private static Reply awaitStatus(Http http, String path, int status, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            last = http.get(path);
            if (last.status() == status) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + status + " from " + path + " within " + patience + "; last: "
                + (last == null ? "nothing" : last.status() + " " + last.text()));
    }

    private static long median(List<Sample> samples) {
        List<Long> millis = samples.stream().map(Sample::millis).sorted().toList();
        return millis.get(millis.size() / 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
