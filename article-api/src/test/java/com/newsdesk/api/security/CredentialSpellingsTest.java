package com.newsdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.publishing.PublishingService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Authorization header is read one way, for the login throttle and for authentication alike: every spelling that
 * is not well-formed Basic credentials is a 401 without a password check, and still counts against the throttle. (A
 * review sent 150 failed logins as {@code BasicX <b64>}, {@code Basic<TAB><b64>} and {@code BASIC:<b64>}: each was
 * checked against the password, none was counted, and the right password then worked.)
 */
@ApiTest
@TestPropertySource(
        properties = {
            "newsdesk.security.login-throttle.failures-per-account=3",
            "newsdesk.security.login-throttle.failures-per-address=8"
        })
class CredentialSpellingsTest {

    private static final String FIX = """
            {"blockId": "b12", "find": "30,000", "replace": "31,000", "kind": "update", "note": "A new figure."}""";

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    Http http;
    String corrections;

    @BeforeEach
    void aStory() {
        http = new Http(port);
        corrections = "/api/articles" + "/"
                + Stories.copyOfDefectorStory(publishing, "spellings").slug() + "/corrections";
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private Reply post(String authorization) {
        return http.postJson(corrections, FIX, "If-Match", "\"r0\"", "Authorization", authorization);
    }

    @Test
    void everyMalformedSpellingIs401WithoutAPasswordCheckAndIsThrottled() {
        String right = base64(Accounts.EDITOR + ":" + Accounts.EDITOR_PASSWORD);
        // Well-formed: the scheme in any case, then one or more spaces. (412: the If-Match is stale on purpose.)
        post("basic " + right).problem(412);
        post("Basic   " + right).problem(412);
        // The right password, in spellings that are not HTTP Basic: never checked, so never accepted.
        List<String> malformed = List.of(
                "BasicX " + right,
                "Basic\t" + right,
                "BASIC:" + right,
                "Basic" + right,
                "Basic " + right + " extra",
                "Basic " + right.replace("=", "") + "!",
                "Basic " + base64("no-colon"),
                "Basic " + base64(":password-without-user"));
        for (String authorization : malformed) {
            JsonNode problem = post(authorization).problem(401);
            assertThat(problem.path("detail").asString())
                    .as(authorization)
                    .startsWith("The Authorization header is malformed");
        }
        // Those were failures from this address too: eight, the limit. Even the right password is refused now, before
        // it is checked, and so is every other spelling.
        Reply throttled = post(Accounts.editor());
        throttled.problem(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        post("BasicX " + right).problem(429);
    }
}
