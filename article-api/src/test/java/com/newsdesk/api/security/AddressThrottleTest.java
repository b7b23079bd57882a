package com.newsdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.testing.StoryCopies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Guessing many accounts' passwords from one address is throttled too, even for an account with the right password. */
@ApiTest
@TestPropertySource(
        properties = {
            "newsdesk.security.login-throttle.failures-per-account=1000",
            "newsdesk.security.login-throttle.failures-per-address=5"
        })
class AddressThrottleTest {

    private static final String CORRECTIONS = "/api/articles/" + StoryCopies.SEEDED_SLUG + "/corrections";

    @LocalServerPort
    int port;

    @Test
    void aBurstOfFailuresFromOneAddressThrottlesThatAddress() {
        Http http = new Http(port);
        for (int account = 1; account <= 5; account++) {
            http.postJson(
                            CORRECTIONS,
                            "{}",
                            "If-Match",
                            "\"r1\"",
                            "Authorization",
                            Accounts.basic("user" + account, "x"))
                    .problem(401);
        }
        var throttled = http.postJson(CORRECTIONS, "{}", "If-Match", "\"r1\"", "Authorization", Accounts.editor());
        throttled.problem(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        // Reads stay open to everyone.
        http.get("/api/articles/" + StoryCopies.SEEDED_SLUG).expect(200);
    }
}
