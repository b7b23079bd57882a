package com.newsdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.testing.StoryCopies;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Security headers, no sessions, CORS for configured origins only, and a login throttle per account. */
@ApiTest
@TestPropertySource(
        properties = {
            "newsdesk.cors.allowed-origins=https://frontend.example",
            "newsdesk.security.login-throttle.failures-per-account=3",
            "newsdesk.security.login-throttle.failures-per-address=1000"
        })
class SecurityTest {

    private static final String STORY = "/api/articles/" + StoryCopies.SEEDED_SLUG;
    private static final String FIX = """
            {"blockId": "b12", "find": "30,000", "replace": "31,000", "kind": "update", "note": "A new figure."}""";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void securityHeadersOnEveryAnswerAndNoCookieEver() {
        for (Reply reply : new Reply[] {
            http.get(STORY),
            http.get("/api/nothing"),
            http.postJson(STORY + "/corrections", FIX, "If-Match", "\"r1\""),
            http.postJson(STORY + "/corrections", FIX, "If-Match", "\"r1\"", "Authorization", Accounts.basic("x", "y"))
        }) {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Set-Cookie")).isNull();
            assertThat(reply.header("Server")).isNull();
        }
        assertThat(http.get("/api/nothing").header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void corsOnlyForTheConfiguredOrigin() {
        Reply allowed = http.send(
                "OPTIONS",
                STORY + "/corrections",
                HttpRequest.BodyPublishers.noBody(),
                "Origin",
                "https://frontend.example",
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "authorization,content-type,if-match,idempotency-key");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://frontend.example");
        assertThat(allowed.header("Access-Control-Allow-Headers")).containsIgnoringCase("if-match");

        Reply read = http.get(STORY, "Origin", "https://frontend.example").expect(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("https://frontend.example");
        assertThat(read.header("Access-Control-Expose-Headers")).contains("ETag", "Location");

        Reply foreign = http.send(
                "OPTIONS",
                STORY + "/corrections",
                HttpRequest.BodyPublishers.noBody(),
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "POST");
        foreign.problem(403);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
        http.get(STORY, "Origin", "https://evil.example").problem(403);
        // Same-origin requests (Swagger UI, curl) are not CORS at all.
        http.get(STORY, "Origin", "http://localhost:" + port).expect(200);
    }

    @Test
    void repeatedFailedLoginsForOneAccountAreThrottled() {
        String account = "throttled-editor";
        for (int attempt = 1; attempt <= 3; attempt++) {
            http.postJson(
                            STORY + "/corrections",
                            FIX,
                            "If-Match",
                            "\"r1\"",
                            "Authorization",
                            Accounts.basic(account, "guess" + attempt))
                    .problem(401);
        }
        Reply throttled = http.postJson(
                STORY + "/corrections", FIX, "If-Match", "\"r1\"", "Authorization", Accounts.basic(account, "guess4"));
        throttled.problem(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
        assertThat(throttled.json().path("type").asString()).isEqualTo("urn:newsdesk:problem:too-many-login-attempts");
        // Another account is not affected.
        http.postJson(STORY + "/corrections", FIX, "If-Match", "\"r0\"", "Authorization", Accounts.editor())
                .problem(412);
    }
}
