package com.newsdesk.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.pages.PagesHttpTest.Browser;
import com.newsdesk.api.support.ApiTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The desk's sign-in form is throttled like HTTP Basic: after the account's failures, 429 before any password check. */
@ApiTest
@TestPropertySource(
        properties = {
            "newsdesk.security.login-throttle.failures-per-account=2",
            "newsdesk.security.login-throttle.failures-per-address=1000"
        })
class FormLoginThrottleTest {

    @LocalServerPort
    int port;

    @Test
    void guessingThePasswordInTheFormIsRefusedAfterTheAccountsFailures() throws Exception {
        Browser guesser = new Browser(port);
        for (int i = 0; i < 2; i++) {
            String token = Browser.csrf(guesser.get("/login").body());
            HttpResponse<String> wrong =
                    guesser.post("/login", "username=editor&password=guess" + i + "&_csrf=" + token);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        String token = Browser.csrf(guesser.get("/login").body());
        HttpResponse<String> refused =
                guesser.post("/login", "username=editor&password=correct-horse-battery-staple&_csrf=" + token);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many sign-in attempts");
    }
}
