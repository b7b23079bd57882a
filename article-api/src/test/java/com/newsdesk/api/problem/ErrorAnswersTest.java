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
        http.get("/").problem(404);
        http.get("/error").problem(404);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            var reply = http.send(method, "/api/articles", HttpRequest.BodyPublishers.noBody());
            reply.problem(405);
            assertThat(reply.header("Allow")).contains("GET");
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

    @Test
    void noServerVersionAnywhere() {
        assertThat(http.get("/api/articles").header("Server")).isNull();
        assertThat(http.get("/api/nothing").header("Server")).isNull();
        assertThat(http.get("/api/articles").header("X-Powered-By")).isNull();
    }
}
