package com.newsdesk.api.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.publishing.PublishingService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor's whole flow in Swagger UI, in a real headless Chromium: open it, authorize, read the article's ETag,
 * post a correction with it, see the 201. Needs Debian's chromium and chromium-driver (CI installs them and sets
 * NEWSDESK_REQUIRE_BROWSER=true, so there the test cannot be skipped).
 */
@ApiTest
@Tag("browser")
class SwaggerUiCorrectionTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    @TempDir
    Path profile;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("NEWSDESK_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("NEWSDESK_REQUIRE_BROWSER is set but chromium/chromedriver are missing");
        }
        assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--window-size=1400,2400",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEditorAuthorizesReadsTheETagAndPostsACorrection() throws IOException {
        Article story = Stories.copyOfDefectorStory(publishing, "swagger");
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize")))
                .click();

        // Authorize with the editor's HTTP Basic credentials.
        WebElement username =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input[type=text]")));
        username.sendKeys(Accounts.EDITOR);
        browser.findElement(By.cssSelector(".modal-ux input[type=password]")).sendKeys(Accounts.EDITOR_PASSWORD);
        browser.findElement(By.cssSelector(".modal-ux button.modal-btn.auth.authorize"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-ux"), "Logout"));
        browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

        // Read the article and its ETag.
        WebElement read = operation("Articles", "article");
        tryItOut(read);
        fill(read, "article", story.slug().value());
        WebElement readResponse = execute(read);
        String headers = readResponse
                .findElement(By.cssSelector(".response-col_description"))
                .getText();
        Matcher etag = Pattern.compile("etag: (\"r\\d+\")").matcher(headers.toLowerCase());
        assertThat(etag.find())
                .as("ETag among the response headers: %s", headers)
                .isTrue();
        assertThat(etag.group(1)).isEqualTo("\"r1\"");

        // Post the example correction with it.
        WebElement correct = operation("Corrections", "correct");
        tryItOut(correct);
        // Nothing pre-filled that would be wrong the second time: the ETag changes with every correction, and a key
        // reused for another correction is refused.
        assertThat(value(correct, "If-Match"))
                .as("If-Match before the editor fills it")
                .isEmpty();
        assertThat(value(correct, "Idempotency-Key")).as("Idempotency-Key").isEmpty();
        fill(correct, "article", story.slug().value());
        fill(correct, "If-Match", etag.group(1));
        WebElement response = execute(correct);
        String status = response.findElement(By.cssSelector(".response-col_status"))
                .getText()
                .strip();
        if (!status.equals("201")) {
            Files.writeString(profile.resolve("page.html"), browser.getPageSource());
        }
        assertThat(status).as("status, with %s", response.getText()).isEqualTo("201");
        assertThat(response.getText()).contains("\"revision\": 2").contains("etag: \"r2\"");

        var article = new Http(port).get("/api/articles/" + story.slug()).json();
        assertThat(article.path("revision").asInt()).isEqualTo(2);
        assertThat(article.path("body").path(5).path("text").asString()).contains("About 10 weeks before");
        assertThat(article.path("corrections").path(0).path("note").asString()).contains("misstated");
    }

    /** Expands an operation, found by Swagger UI's id for it: operations-{tag}-{operationId}. */
    private WebElement operation(String tag, String operationId) {
        WebElement block =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-" + tag + "-" + operationId)));
        scrollTo(block);
        block.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(d -> !block.findElements(By.cssSelector(".opblock-body")).isEmpty());
        return block;
    }

    private void tryItOut(WebElement operation) {
        WebElement button = wait.until(d -> operation.findElement(By.cssSelector("button.try-out__btn")));
        scrollTo(button);
        button.click();
    }

    private void fill(WebElement operation, String parameter, String value) {
        WebElement input = operation.findElement(By.cssSelector("tr[data-param-name='" + parameter + "'] input"));
        scrollTo(input);
        input.clear();
        input.sendKeys(value);
    }

    private String value(WebElement operation, String parameter) {
        return operation
                .findElement(By.cssSelector("tr[data-param-name='" + parameter + "'] input"))
                .getAttribute("value");
    }

    private WebElement execute(WebElement operation) {
        WebElement button = operation.findElement(By.cssSelector("button.execute"));
        scrollTo(button);
        button.click();
        return wait.until(d -> {
            var rows = operation.findElements(By.cssSelector(".live-responses-table .response"));
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
