package com.newsdesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service is killed with SIGKILL right after it acknowledged a correction; started again on the same data, the
 * correction is there. Runs the packaged jar in its own process, on the embedded-PostgreSQL default. Twice: once the
 * JVM alone dies (its postgres is left running, orphaned), once the JVM and postgres both die (crash recovery).
 */
class CrashRecoveryIT {

    private static final String STORY =
            "/api/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";
    private static final Path JAR = Path.of("target", "newsdesk.jar");

    @TempDir
    Path work;

    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aCorrectionAcknowledgedBeforeKill9IsThereAfterARestartWithTheOrphanedPostgresStopped() throws Exception {
        Path data = work.resolve("data");
        int port = freePort();
        Process first = start(data, port, "first.log");
        correctAndKill(port, first, "35,000");
        long orphan = postmasterPid(data);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("postgres outlives kill -9")
                .contains(true);

        Process second = start(data, port, "second.log");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(Files.readString(work.resolve("second.log"))).contains("left running on " + data.toAbsolutePath());
        assertCorrected(port, "35,000");

        // And a clean stop leaves nothing behind.
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();
    }

    @Test
    void aCorrectionAcknowledgedBeforeTheServiceAndItsPostgresDieIsRecoveredFromTheLog() throws Exception {
        Path data = work.resolve("data");
        int port = freePort();
        Process first = start(data, port, "first.log");
        long postmaster = postmasterPid(data);
        correctAndKill(port, first, "36,000");
        ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().join());

        // Started again as an operator who collects logs would start it: one JSON object a line (ECS).
        start(data, port, "second.log", "--logging.structured.format.console=ecs");
        assertCorrected(port, "36,000");

        List<String> lines = Files.readAllLines(work.resolve("second.log")).stream()
                .filter(line -> line.startsWith("{"))
                .toList();
        assertThat(lines).as("JSON log lines").hasSizeGreaterThan(10);
        JsonMapper json = JsonMapper.builder().build();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.path("@timestamp").asString()).as(line).isNotBlank();
            // log.level, nested or dotted, as the ECS version has it.
            String level = entry.has("log.level")
                    ? entry.path("log.level").asString()
                    : entry.path("log").path("level").asString();
            assertThat(level).as(line).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(entry.path("message").isString()).as(line).isTrue();
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Started NewsdeskApplication"));
        // The jar says which build it is.
        JsonNode info = new Http(port).get("/actuator/info").expect(200).json();
        assertThat(info.path("build").path("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.path("git").path("commit").path("id").asString()).matches("[0-9a-f]{7,40}");
    }

    private void correctAndKill(int port, Process service, String figure) {
        Reply reply = new Http(port)
                .postJson(
                        STORY + "/corrections",
                        """
                        {"blockId": "b12", "find": "30,000", "replace": "%s", "kind": "update",
                         "note": "The latest figure."}""".formatted(figure),
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        "\"r1\"");
        // kill -9 the moment the 201 is in hand.
        service.destroyForcibly();
        reply.expect(201);
        try {
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertCorrected(int port, String figure) {
        JsonNode article = new Http(port).get(STORY).expect(200).json();
        assertThat(article.path("revision").asInt()).isEqualTo(2);
        assertThat(article.path("body").path(11).path("text").asString()).contains(figure + " people");
        assertThat(article.path("corrections").size()).isEqualTo(1);
    }

    private Process start(Path data, int port, String logName, String... options)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx256m",
                "-jar",
                JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=",
                "--newsdesk.embedded-postgres.data-directory=" + data.toAbsolutePath(),
                "--newsdesk.editor.password=" + Accounts.EDITOR_PASSWORD));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(logName).toFile())
                .start();
        started.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        Http http = new Http(port);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited: " + Files.readString(work.resolve(logName)));
            }
            try {
                if (http.get("/actuator/health/readiness").status() == 200) {
                    return process;
                }
            } catch (UncheckedIOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready: " + Files.readString(work.resolve(logName)));
    }

    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
                .get(0)
                .strip());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
