package com.newsdesk.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.RawHttp;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every error, wherever it is raised (a controller, Spring MVC, Spring Security, Tomcat itself), is an RFC 9457
 * problem in application/problem+json, without a stack trace or a server version.
 */
@ApiTest
class ErrorAnswersTest {

    private static final String CORRECTIONS =
            "/api/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot/corrections";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void unknownPathIs404() {
        JsonNode problem = http.get("/api/nothing-here").problem(404);
        assertThat(problem.path("type").asString()).isEqualTo("urn:newsdesk:problem:not-found");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/nothing-here");
        http.get("/error").problem(404);
        // Outside the public reads, an unknown path needs credentials before it is even looked up.
        http.get("/nothing-here").problem(401);
        http.get("/nothing-here", "Authorization", Accounts.editor()).problem(404);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            var reply = http.send(
                    method, "/api/articles", HttpRequest.BodyPublishers.noBody(), "Authorization", Accounts.editor());
            reply.problem(405);
            assertThat(reply.header("Allow")).contains("GET");
            // Deny by default: without credentials, a method no one may use anonymously is refused before routing.
            http.send(method, "/api/articles", HttpRequest.BodyPublishers.noBody())
                    .problem(401);
        }
        http.send("DELETE", CORRECTIONS, HttpRequest.BodyPublishers.noBody(), "Authorization", Accounts.editor())
                .problem(405);
    }

    @Test
    void unacceptableAcceptIs406StillAsAProblem() {
        var reply = http.get("/api/articles", "Accept", "text/html");
        reply.problem(406);
        http.get("/api/timeline", "Accept", "application/xml").problem(406);
    }

    @Test
    void wrongContentTypeIs415() {
        http.send(
                        "POST",
                        CORRECTIONS,
                        HttpRequest.BodyPublishers.ofString("blockId=b6&find=a"),
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        "\"r1\"")
                .problem(415);
        http.send(
                        "POST",
                        CORRECTIONS,
                        HttpRequest.BodyPublishers.ofString("{}"),
                        "Content-Type",
                        "text/plain",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        "\"r1\"")
                .problem(415);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/articles/..%2F..%2Fetc%2Fpasswd",
                "/api/articles/%2e%2e/%2e%2e/etc/passwd",
                "/api/articles/a;jsessionid=1",
                "/api/articles/%00",
                "/api/articles/x%5c..%5cwindows",
                "/api/articles//etc/passwd"
            })
    void pathTricksAreRefusedAsProblems(String path) {
        var reply = http.get(path);
        assertThat(reply.status()).isBetween(400, 404);
        reply.problem(reply.status());
    }

    @Test
    void requestsTomcatRefusesItselfAreProblemsToo() {
        for (String request : new String[] {
            "GET /api/articles/x% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /api/articles/%2F HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /api/articles/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        }) {
            String answer = RawHttp.exchange(port, request);
            assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
            assertThat(answer).contains("Content-Type: application/problem+json");
            assertThat(RawHttp.body(answer)).contains("\"status\":400").doesNotContain("Tomcat", "<html");
        }
    }

    /**
     * Answers Tomcat and Spring Security's firewall make themselves, before any controller: each is a problem, with the
     * security headers every other answer has, and never stored.
     */
    @Test
    void whatTomcatAndTheFirewallRefuseCarriesTheSecurityHeaders() {
        StringBuilder manyHeaders = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            manyHeaders.append("X-Header-").append(i).append(": v\r\n");
        }
        for (String request : new String[] {
            "GET /api/articles/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /api/articles HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "h".repeat(9 * 1024)
                    + "\r\nConnection: close\r\n\r\n",
            "GET /api/articles HTTP/1.1\r\nHost: localhost\r\n" + manyHeaders + "Connection: close\r\n\r\n",
            "TRACE /api/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET //api/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /api/articles;x=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /actuator/health/db HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        }) {
            String answer = RawHttp.exchange(port, request);
            String line = request.lines().findFirst().orElseThrow();
            String head =
                    answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            assertThat(RawHttp.status(answer)).as(line).isBetween(400, 499);
            assertThat(head)
                    .as(line)
                    .contains("content-type: application/problem+json")
                    .contains("x-content-type-options: nosniff")
                    .contains("x-frame-options: deny")
                    .contains("referrer-policy: no-referrer")
                    .contains("cache-control: no-store");
            assertThat(RawHttp.body(answer))
                    .as(line)
                    .contains("\"status\":" + RawHttp.status(answer))
                    .contains("\"type\":\"urn:newsdesk:problem:")
                    .doesNotContain("Tomcat", "<html", "Exception");
        }
    }

    @Test
    void noServerVersionAnywhere() {
        assertThat(http.get("/api/articles").header("Server")).isNull();
        assertThat(http.get("/api/nothing").header("Server")).isNull();
        assertThat(http.get("/api/articles").header("X-Powered-By")).isNull();
    }
}
