package com.newsdesk.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.TextEdit;
import com.newsdesk.domain.correction.CorrectionCommand;
import com.newsdesk.domain.correction.CorrectionService;
import com.newsdesk.domain.publishing.PublishingService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The reader pages and the desk in a real headless Chromium: a reader reads the seeded story; an editor signs in,
 * corrects a paragraph, and meets and resolves a conflict; axe-core finds no serious or critical violation on any
 * page. Tagged "browser": slow, and run by CI with NEWSDESK_REQUIRE_BROWSER=true so it cannot be skipped there.
 */
@ApiTest
@Tag("browser")
class ReaderAndDeskBrowserTest {

    static final String SEED = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    @Autowired
    CorrectionService corrections;

    @TempDir
    Path profile;

    Chromium browser;

    @BeforeEach
    void open() {
        browser = Chromium.open(profile, 1280, 1800);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReaderSeesEveryParagraphTheTimelineAndACorrectionNotice() throws Exception {
        JsonNode seed = new Http(port).get("/api/articles/" + SEED).json();
        go("/");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Latest stories");
        // Copies of the story made by other tests share its publication time, so it may be on any page of the list.
        click(By.cssSelector(".stories a[href^='/articles/']"));
        browser.wait.until(ExpectedConditions.urlContains("/articles/"));
        go("/articles/" + SEED);

        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(seed.path("headline").asString());
        int paragraphs = 0;
        for (JsonNode block : seed.path("body")) {
            WebElement shown = browser.driver.findElement(By.id(block.path("id").asString()));
            if (block.path("type").asString().equals("paragraph")) {
                assertThat(textOf(shown)).isEqualTo(block.path("text").asString());
                paragraphs++;
            } else {
                assertThat(shown.getText()).contains(block.path("text").asString());
            }
        }
        assertThat(paragraphs).isGreaterThan(10);
        List<WebElement> events = browser.driver.findElements(By.cssSelector(".timeline li"));
        assertThat(events).hasSize(seed.path("timeline").size());
        assertThat(browser.driver.findElement(By.cssSelector(".timeline")).getText())
                .contains("13 November 2017")
                .contains("c. October 2017")
                .contains("1950–1953");
        // A quotation says who said it when it gets the keyboard's focus.
        WebElement quote = browser.driver.findElement(By.cssSelector("q.quote"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", quote);
        WebElement saidBy = browser.driver.findElement(By.id(quote.getAttribute("aria-describedby")));
        assertThat(saidBy.getText()).contains("said by");
        assertThat(browser.driver
                        .findElement(By.cssSelector("script[type='application/ld+json']"))
                        .getAttribute("textContent"))
                .contains("\"NewsArticle\"");

        // A corrected copy shows its notice, and the history shows what changed.
        Article story = Stories.copyOfDefectorStory(publishing, "reader-page");
        corrections.correct(new CorrectionCommand(
                story.slug().value(),
                1,
                new Correction(
                        new CorrectionTarget.Block(new BlockId("b6")),
                        new TextEdit("A month before", "About 10 weeks before"),
                        null,
                        CorrectionKind.CORRECTION,
                        "An earlier version of this article misstated when North Korea conducted its nuclear test."),
                Accounts.EDITOR,
                null));
        go("/articles/" + story.slug().value());
        assertThat(browser.driver.findElement(By.cssSelector(".notices")).getText())
                .contains("misstated when North Korea conducted its nuclear test");
        assertThat(browser.driver.findElement(By.cssSelector("#revision-2 del")).getText())
                .contains("month");
        assertThat(browser.driver.findElement(By.cssSelector("#revision-2 ins")).getText())
                .contains("10 weeks");
        browser.screenshot("story");

        // On a phone: no sideways scrolling, and the text stays readable.
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        go("/articles/" + story.slug().value());
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(((Number) js.executeScript("return window.innerWidth")).intValue());
        browser.screenshot("story-phone");
    }

    @Test
    void anEditorCorrectsAParagraphAndTheReaderPageShowsItWithItsNotice() throws Exception {
        Article story = Stories.copyOfDefectorStory(publishing, "desk");
        String slug = story.slug().value();
        signIn();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Editor's desk");

        go("/desk/articles/" + slug + "/correct");
        click(By.linkText("Correct paragraph b6"));
        WebElement text = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
        String before = text.getAttribute("value");
        assertThat(before).contains("A month before");
        setValue(text, before.replace("A month before", "About 10 weeks before"));
        new Select(browser.driver.findElement(By.id("kind"))).selectByValue("correction");
        browser.driver
                .findElement(By.id("note"))
                .sendKeys("An earlier version of this article misstated when North Korea conducted its nuclear test.");
        browser.screenshot("desk-correction-form");
        click(By.xpath("//button[normalize-space()='Preview the change']"));

        WebElement diff = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diff")));
        assertThat(diff.findElement(By.tagName("del")).getText()).contains("month");
        assertThat(diff.findElement(By.tagName("ins")).getText()).contains("10 weeks");
        browser.screenshot("desk-correction-preview");
        click(By.id("publish-correction"));
        assertThat(browser.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")))
                        .getText())
                .contains("revision 2");

        go("/articles/" + slug);
        assertThat(textOf(browser.driver.findElement(By.id("b6")))).contains("About 10 weeks before");
        assertThat(browser.driver.findElement(By.cssSelector(".notices")).getText())
                .contains("misstated when North Korea");
        JsonNode api = new Http(port).get("/api/articles/" + slug).json();
        assertThat(api.path("revision").asInt()).isEqualTo(2);
        assertThat(api.path("corrections").path(0).path("kind").asString()).isEqualTo("correction");
    }

    @Test
    void aConflictIsShownAndTheEditorRetriesOnTheNewText() throws Exception {
        Article story = Stories.copyOfDefectorStory(publishing, "conflict");
        String slug = story.slug().value();
        signIn();
        go("/desk/articles/" + slug + "/correct?target=b6");
        WebElement text = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
        String before = text.getAttribute("value");
        setValue(text, before.replace("A month before", "About 10 weeks before"));
        browser.driver.findElement(By.id("note")).sendKeys("The timing of the nuclear test was misstated.");
        click(By.xpath("//button[normalize-space()='Preview the change']"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish-correction")));

        // Meanwhile another editor corrects the same paragraph through the API's service.
        String otherWords = firstWordsAfter(before, "A month before");
        corrections.correct(new CorrectionCommand(
                slug,
                1,
                new Correction(
                        new CorrectionTarget.Block(new BlockId("b6")),
                        new TextEdit(otherWords, otherWords.toUpperCase()),
                        null,
                        CorrectionKind.TYPO,
                        null),
                "another-editor",
                null));

        click(By.id("publish-correction"));
        WebElement conflict = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(conflict.getText()).contains("revision 1").contains("revision 2");
        assertThat(browser.driver
                        .findElement(By.id("meanwhile"))
                        .findElement(By.tagName("ins"))
                        .getText())
                .isEqualTo(otherWords.toUpperCase());
        String retry = browser.driver.findElement(By.id("text")).getAttribute("value");
        assertThat(retry).contains("About 10 weeks before").contains(otherWords.toUpperCase());
        browser.screenshot("desk-conflict");

        click(By.xpath("//button[normalize-space()='Preview the change']"));
        click(By.id("publish-correction"));
        assertThat(browser.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")))
                        .getText())
                .contains("revision 3");
        JsonNode api = new Http(port).get("/api/articles/" + slug).json();
        assertThat(api.path("body").path(5).path("text").asString())
                .contains("About 10 weeks before")
                .contains(otherWords.toUpperCase());
    }

    @Test
    void noPageHasASeriousOrCriticalAccessibilityViolation() throws Exception {
        Article story = Stories.copyOfDefectorStory(publishing, "axe");
        String draft = createDraft();
        List<String> found = new ArrayList<>();
        go("/");
        browser.screenshot("home");
        found.addAll(prefixed("/", browser.seriousViolations()));
        go("/articles/" + SEED);
        found.addAll(prefixed("story", browser.seriousViolations()));
        signIn();
        found.addAll(prefixed("desk", browser.seriousViolations()));
        browser.screenshot("desk");
        go("/desk/articles/" + story.slug().value() + "/correct?target=b6");
        found.addAll(prefixed("correction form", browser.seriousViolations()));
        go("/desk/drafts/" + draft);
        assertThat(browser.driver.findElements(By.cssSelector("mark.quote"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("mark.event"))).isNotEmpty();
        found.addAll(prefixed("draft review", browser.seriousViolations()));
        browser.screenshot("desk-draft-review");
        go("/login");
        found.addAll(prefixed("login", browser.seriousViolations()));
        assertThat(found).as("axe-core serious and critical violations").isEmpty();
    }

    @Test
    void anEditorReviewsADraftEditsASpeakerAndPublishesIt() throws Exception {
        String draft = createDraft();
        signIn();
        go("/desk/drafts/" + draft);
        WebElement speaker = browser.driver.findElement(By.id("speaker-0"));
        setValue(speaker, "Ri Chol");
        click(By.id("publish"));
        browser.wait.until(ExpectedConditions.urlMatches(".*/desk$"));
        assertThat(browser.driver.findElement(By.cssSelector(".flash")).getText())
                .contains("Published");
        JsonNode api = new Http(port).get("/api/articles/" + draft).json();
        assertThat(api.path("status").asString()).isEqualTo("published");
        assertThat(api.path("quotes").path(0).path("speaker").path("name").asString())
                .isEqualTo("Ri Chol");
    }

    @Test
    void anImportedDraftShowsTheImportersWarningsForReview() throws Exception {
        // A page with no byline and no date: the importer says so, and the desk shows it where the editor reviews.
        String page = """
                Harbor ferry service to resume after storm repairs

                The harbor ferry will carry passengers again next week after repairs to its landing, the port said.

                “The landing is safe and the boats are ready,” said Dana Whitfield, the port’s operations manager.
                """;
        String draft = new Http(port)
                .send(
                        "POST",
                        "/api/imports",
                        java.net.http.HttpRequest.BodyPublishers.ofString(page),
                        "Content-Type",
                        "text/plain; charset=utf-8",
                        "Authorization",
                        Accounts.editor())
                .expect(201)
                .json()
                .path("slug")
                .asString();
        signIn();
        go("/desk/drafts/" + draft);
        String warnings =
                browser.driver.findElement(By.cssSelector("section.warnings")).getText();
        assertThat(warnings).contains("Importer's warnings").contains("no byline found");
        assertThat(browser.driver.findElement(By.id("speaker-0")).getAttribute("value"))
                .isEqualTo("Dana Whitfield");
    }

    private String createDraft() {
        String story = """
                {"headline": "Border guards recall the night of the escape",
                 "bylines": [{"name": "Stella Kim"}], "dateline": "SEOUL, South Korea", "publisher": "NBC News",
                 "body": [{"id": "b1", "type": "paragraph",
                           "text": "“We followed orders,” a former guard said of the shooting on Nov. 13, 2017."}],
                 "quotes": [{"blockId": "b1", "speaker": {"name": "A former guard"}, "text": "We followed orders",
                             "saidOn": "2019-04-15", "saidUntil": "2019-04-15", "saidPrecision": "day"}],
                 "timeline": [{"blockId": "b1", "title": "Oh Chong Song runs across the border", "start": "2017-11-13",
                               "end": "2017-11-13", "precision": "day", "approximate": false,
                               "phrase": "on Nov. 13, 2017"}]}
                """;
        return new Http(port)
                .postJson("/api/articles", story, "Authorization", Accounts.editor())
                .expect(201)
                .json()
                .path("slug")
                .asString();
    }

    private void signIn() {
        go("/desk");
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        browser.driver.findElement(By.id("username")).sendKeys(Accounts.EDITOR);
        browser.driver.findElement(By.id("password")).sendKeys(Accounts.EDITOR_PASSWORD);
        click(By.xpath("//button[normalize-space()='Sign in']"));
        browser.wait.until(ExpectedConditions.urlMatches(".*/desk(\\?continue)?$"));
    }

    private void go(String path) {
        browser.driver.get("http://localhost:" + port + path);
    }

    private void click(By by) {
        WebElement element = browser.wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void setValue(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }

    /** The paragraph's own text: without the hidden "said by" notes and the "Corrected" link. */
    private String textOf(WebElement paragraph) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "const c = arguments[0].cloneNode(true);"
                                + " c.querySelectorAll('.said-by, .corrected').forEach(n => n.remove());"
                                + " return c.textContent;",
                        paragraph);
    }

    /** Two words of the paragraph away from {@code avoid}, to change in the meantime. */
    private static String firstWordsAfter(String text, String avoid) {
        String rest = text.substring(text.indexOf(avoid) + avoid.length() + 1);
        String[] words = rest.split(" ");
        return words[words.length - 3] + " " + words[words.length - 2];
    }

    private static List<String> prefixed(String page, List<String> violations) {
        return violations.stream().map(v -> page + ": " + v).toList();
    }
}
