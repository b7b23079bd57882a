package com.newsdesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The service starts, migrates its database and says it is healthy; its documentation is served. */
@ApiTest
class ServiceSmokeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebServerApplicationContext context;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void healthIsUpWithLivenessAndReadinessGroups() {
        JsonNode health = http.get("/actuator/health").expect(200).json();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("groups").toString()).contains("liveness", "readiness");
        assertThat(http.get("/actuator/health/liveness")
                        .expect(200)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness")
                        .expect(200)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        // Nothing else of the actuator is exposed: not found, and not even that without credentials.
        http.get("/actuator/env").problem(401);
        http.get("/actuator/beans", "Authorization", Accounts.editor()).problem(404);
        http.get("/actuator/env", "Authorization", Accounts.editor()).problem(404);
    }

    @Test
    void tomcatConnectorHasTheMeasuredSettings() {
        // A socket write buffer that holds an article's answer (13 KB in the benchmark) in one system call, and
        // keep-alive connections that are not dropped every 100 requests: both measured in docs/benchmarks.md.
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("16384");
        assertThat(connector.getProperty("maxKeepAliveRequests")).hasToString("10000");
    }

    @Autowired
    Flyway flyway;

    @Test
    void everyMigrationIsApplied() {
        List<String> applied = jdbc.sql(
                        "select version from flyway_schema_history where success order by installed_rank")
                .query(String.class)
                .list();
        List<String> known = Arrays.stream(flyway.info().all())
                .map(migration -> migration.getVersion().getVersion())
                .toList();
        assertThat(known).startsWith("1", "2", "11.1", "11.2", "11.3");
        assertThat(applied).isEqualTo(known);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single())
                .isPositive();
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() throws IOException {
        var document = http.get("/v3/api-docs").expect(200);
        // Kept for the OpenAPI lint (Spectral) that .ci/run runs on it.
        Path out = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(out.getParent());
        Files.write(out, document.body());
        JsonNode api = document.json();
        assertThat(api.path("openapi").asString()).startsWith("3.");
        assertThat(api.path("paths").has("/api/articles/{article}/corrections")).isTrue();
        assertThat(api.path("components")
                        .path("securitySchemes")
                        .path("editor")
                        .path("scheme")
                        .asString())
                .isEqualTo("basic");
        // Swagger UI fills a parameter's input with its example: none for the two that must differ every time.
        for (JsonNode parameter : api.path("paths")
                .path("/api/articles/{article}/corrections")
                .path("post")
                .path("parameters")) {
            if (parameter.path("in").asString().equals("header")) {
                assertThat(parameter.has("example") || parameter.has("examples"))
                        .as("an example for %s", parameter.path("name").asString())
                        .isFalse();
                assertThat(parameter.path("schema").has("example")).isFalse();
                assertThat(parameter.path("description").asString()).isNotBlank();
            }
            if (parameter.path("name").asString().equals("If-Match")) {
                assertThat(parameter.path("description").asString()).contains("quotes included");
            }
        }
        var ui = http.get("/swagger-ui/index.html").expect(200);
        assertThat(ui.text()).contains("swagger-ui");
        assertThat(http.get("/swagger-ui.html").status()).isIn(200, 302);
    }
}
