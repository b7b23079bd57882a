package com.newsdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The PostgreSQL server the tests run against, and a fresh database on it for every Spring context that asks.
 *
 * <p>By default that is one embedded PostgreSQL (zonky) for the whole test JVM. With {@code NEWSDESK_TEST_DATABASE_URL}
 * set (for instance {@code jdbc:postgresql://127.0.0.1:5432/postgres}, plus {@code NEWSDESK_TEST_DATABASE_USERNAME} and
 * {@code _PASSWORD}) the same tests run on that external server instead; CI does both. Either way each context gets a
 * database of its own, created empty, migrated by the service's own Flyway at start, and dropped when the JVM exits.
 */
public final class TestDatabases {

    public static final String EXTERNAL_URL = "NEWSDESK_TEST_DATABASE_URL";

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile Server server;

    private TestDatabases() {}

    /** Where a fresh database lives: its JDBC URL and credentials. */
    public record Database(String url, String username, String password, String name) {}

    private record Server(String baseUrl, String adminUrl, String username, String password, String description) {}

    /** Creates an empty database on the test server. */
    public static Database fresh() {
        Server s = server();
        String name =
                "newsdesk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(s.adminUrl(), credentials(s));
                Statement create = admin.createStatement()) {
            create.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on " + s.description(), e);
        }
        CREATED.add(name);
        return new Database(s.baseUrl() + name, s.username(), s.password(), name);
    }

    /** Whether the tests run on an external server rather than the embedded one. */
    public static boolean external() {
        String url = System.getenv(EXTERNAL_URL);
        return url != null && !url.isBlank();
    }

    private static synchronized Server server() {
        if (server == null) {
            server = external() ? externalServer() : embeddedServer();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "drop-test-databases"));
        }
        return server;
    }

    private static Server externalServer() {
        String url = System.getenv(EXTERNAL_URL);
        String username = envOr("NEWSDESK_TEST_DATABASE_USERNAME", "postgres");
        String password = envOr("NEWSDESK_TEST_DATABASE_PASSWORD", "");
        int slash = url.lastIndexOf('/');
        String base = url.substring(0, slash + 1);
        return new Server(base, url, username, password, "the external server " + base);
    }

    private static Server embeddedServer() {
        try {
            // A throw-away server: zonky's defaults (a fresh directory, fsync and synchronous_commit off) suit tests.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            String base = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            return new Server(
                    base, base + "postgres", "postgres", "", "the embedded test server on port " + postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static void dropAll() {
        Server s = server;
        if (s == null || !external()) {
            return; // the embedded server and its directory go away with the JVM
        }
        try (Connection admin = DriverManager.getConnection(s.adminUrl(), credentials(s));
                Statement drop = admin.createStatement()) {
            for (String name : CREATED) {
                drop.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static Properties credentials(Server s) {
        Properties p = new Properties();
        p.setProperty("user", s.username());
        p.setProperty("password", s.password());
        return p;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
