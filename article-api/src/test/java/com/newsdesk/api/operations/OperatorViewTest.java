package com.newsdesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.testing.StoryCopies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What an operator sees: which build runs (/actuator/info, public), and the metrics to watch and alert on
 * (/actuator/prometheus, staff only). README, "Operating", says what each means.
 */
@ApiTest
class OperatorViewTest {

    @LocalServerPort
    int port;

    @Test
    void infoNamesTheBuildAndTheRevisionItWasBuiltFrom() {
        JsonNode info = new Http(port).get("/actuator/info").expect(200).json();
        assertThat(info.path("build").path("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.path("build").path("artifact").asString()).isEqualTo("article-api");
        assertThat(info.path("git").path("commit").path("id").asString()).matches("[0-9a-f]{7,40}");
        // Who committed it is nobody's business: only the revision is published.
        assertThat(info.toString()).doesNotContain("@", "user.email", "build.host");
    }

    @Test
    void prometheusMetricsNeedCredentialsAndCoverWhatAnOperatorWatches() {
        Http http = new Http(port);
        http.get("/actuator/prometheus").problem(401);
        // Traffic to count: a read, a 404, a failed login, a malformed one.
        http.get("/api/articles/" + StoryCopies.SEEDED_SLUG).expect(200);
        http.get("/api/articles/no-such-story").problem(404);
        http.postJson(
                        "/api/articles/" + StoryCopies.SEEDED_SLUG + "/corrections",
                        "{}",
                        "Authorization",
                        Accounts.basic("metrics-guesser", "wrong"),
                        "If-Match",
                        "\"r1\"")
                .problem(401);
        http.get("/api/articles", "Authorization", "Bearer x").problem(401);

        Reply metrics = http.get("/actuator/prometheus", "Authorization", Accounts.editor())
                .expect(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.text())
                .contains("http_server_requests_seconds_count{")
                .contains("http_server_requests_seconds_bucket{")
                .contains("status=\"404\"")
                .contains("hikaricp_connections_pending")
                .contains("hikaricp_connections_timeout_total")
                .contains("jvm_memory_used_bytes")
                .contains("newsdesk_logins_failed_total{reason=\"credentials\"}")
                .contains("newsdesk_logins_failed_total{reason=\"malformed\"}")
                .contains("newsdesk_logins_throttled_total");
    }
}
