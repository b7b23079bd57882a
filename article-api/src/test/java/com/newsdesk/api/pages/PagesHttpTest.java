package com.newsdesk.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The pages over plain HTTP: what anyone may read and how it may be cached, what the desk refuses (no session, no
 * CSRF token, a role the API would refuse), and that the API's own chain is as it was (HTTP Basic, no cookie).
 */
@ApiTest
class PagesHttpTest {

    static final String SEED = ReaderAndDeskBrowserTest.SEED;

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port).withoutContract("pages are HTML, not part of the API document");
    }

    @Test
    void readerPagesAreAnonymousCacheableHtmlWithAnETag() {
        Reply home = http().get("/").expect(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
        assertThat(home.text()).contains("<html lang=\"en\"").contains("<main id=\"main\">");
        assertThat(home.header("Cache-Control")).contains("public").contains("s-maxage=1");
        assertThat(home.header("Set-Cookie")).isNull();
        String etag = home.header("ETag");
        assertThat(etag).isNotBlank();
        http().get("/", "If-None-Match", etag).expect(304);

        Reply story = http().get("/articles/" + SEED).expect(200);
        assertThat(story.text())
                .contains("<script type=\"application/ld+json\">")
                .contains("\"@type\":\"NewsArticle\"")
                .contains("<section class=\"timeline\"");
        assertThat(story.header("Content-Security-Policy")).contains("default-src 'self'");
        http().get("/articles/" + SEED, "If-None-Match", story.header("ETag")).expect(304);

        Reply css = http().get("/assets/newsdesk.css").expect(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("max-age=3600");
    }

    @Test
    void thePagesStayOutOfTheApiDocument() {
        JsonNode paths = new Http(port).get("/v3/api-docs").json().path("paths");
        List<String> pages = new ArrayList<>();
        paths.propertyNames().forEach(path -> {
            if (!path.startsWith("/api/")) {
                pages.add(path);
            }
        });
        assertThat(pages).as("paths outside /api in the OpenAPI document").isEmpty();
    }

    @Test
    void aMissingStoryIsAnHtml404AndABadParameterAnHtml400() {
        Reply missing = http().get("/articles/no-such-story").expect(404);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.text()).contains("Not found");
        assertThat(http().get("/?page=x").expect(400).header("Content-Type")).startsWith("text/html");
        http().get("/?pgae=1").expect(400);
        http().get("/?page=-1").expect(400);
        http().get("/?page=99999999999999999999").expect(400);
        http().get("/?page=1&page=2").expect(400);
    }

    @Test
    void theDeskNeedsASignedInSessionAndItsFormsACsrfToken() {
        Reply desk = http().get("/desk").expect(302);
        assertThat(desk.header("Location")).endsWith("/login");
        // HTTP Basic opens the API, not the desk: and a form without a CSRF token is refused before anything runs.
        http().send(
                        "POST",
                        "/desk/articles/" + SEED + "/corrections",
                        HttpRequest.BodyPublishers.ofString("target=b6&revision=1&text=x&kind=typo&key=k"),
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Authorization",
                        Accounts.editor())
                .expect(403);
        // The API chain is unchanged: Basic, stateless, 401 problems.
        Reply api = new Http(port).get("/api/articles/" + SEED).expect(200);
        assertThat(api.header("Set-Cookie")).isNull();
        new Http(port)
                .json("POST", "/api/articles/" + SEED + "/corrections", "{}", "If-Match", "\"r1\"")
                .problem(401);
    }

    @Test
    void aReporterSignsInButMayNotCorrectAsInTheApi() throws Exception {
        String name = "reporter-" + UUID.randomUUID().toString().substring(0, 8);
        new Http(port)
                .postJson("/api/accounts", """
                        {"username": "%s", "password": "a long enough secret", "roles": ["reporter"]}""".formatted(name), "Authorization", Accounts.editor())
                .expect(201);
        Browser reporter = new Browser(port);
        reporter.signIn(name, "a long enough secret");
        assertThat(reporter.get("/desk").statusCode()).isEqualTo(200);
        String form =
                reporter.get("/desk/articles/" + SEED + "/correct?target=b6").body();
        HttpResponse<String> refused = reporter.post(
                "/desk/articles/" + SEED + "/corrections",
                "target=b6&revision=1&text=x&kind=typo&key=" + UUID.randomUUID() + "&_csrf=" + Browser.csrf(form));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new Http(port)
                        .get("/api/articles/" + SEED)
                        .json()
                        .path("revision")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void signingInWithAWrongPasswordShowsTheFormAgain() throws Exception {
        Browser someone = new Browser(port);
        HttpResponse<String> login = someone.get("/login");
        HttpResponse<String> wrong =
                someone.post("/login", "username=editor&password=wrong&_csrf=" + Browser.csrf(login.body()));
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(someone.get("/desk").statusCode()).isEqualTo(302);
    }

    /** A client with a cookie jar, as a browser keeps the session. */
    static final class Browser {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;

        Browser(int port) {
            this.base = "http://localhost:" + port;
        }

        static String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            assertThat(m.find()).as("a CSRF token in the form").isTrue();
            return m.group(1);
        }

        void signIn(String username, String password) throws IOException, InterruptedException {
            String token = csrf(get("/login").body());
            HttpResponse<String> done = post(
                    "/login", "username=" + username + "&password=" + password.replace(" ", "+") + "&_csrf=" + token);
            assertThat(done.statusCode()).isEqualTo(302);
            assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
