package com.newsdesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.NewsdeskApplication;
import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * With no database configured the service runs its own PostgreSQL, durable and kept in a directory between runs: what
 * one run acknowledged, the next run still has.
 */
class EmbeddedDefaultTest {

    private static final String STORY =
            "/api/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NewsdeskApplication.class)
                .run(
                        "--server.port=0",
                        // Whatever the environment says, this test is about the no-database default.
                        "--spring.datasource.url=",
                        "--newsdesk.embedded-postgres.data-directory=" + dataDirectory,
                        "--newsdesk.editor.username=" + Accounts.EDITOR,
                        "--newsdesk.editor.password=" + Accounts.EDITOR_PASSWORD);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void aCorrectionSurvivesARestartOnTheSameDataDirectory() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            // Durable, unlike zonky's test defaults: an acknowledged write must survive a crash.
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();
            assertThat(jdbc.sql("show server_version_num").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(170000);

            http(first)
                    .postJson(STORY + "/corrections", """
                            {"blockId": "b12", "find": "30,000", "replace": "34,000", "kind": "update",
                             "note": "Updated with the latest figure from South Korea's unification ministry."}""", "Authorization", Accounts.editor(), "If-Match", "\"r1\"")
                    .expect(201);
        }
        // Stopped cleanly: the postmaster is gone and has removed its pid file.
        assertThat(Files.exists(dataDirectory.resolve("postmaster.pid"))).isFalse();

        try (ConfigurableApplicationContext second = start()) {
            JsonNode article = http(second).get(STORY).expect(200).json();
            assertThat(article.path("revision").asInt()).isEqualTo(2);
            assertThat(article.path("body").path(11).path("text").asString()).contains("34,000 people");
            assertThat(article.path("corrections").size()).isEqualTo(1);
        }
    }
}
