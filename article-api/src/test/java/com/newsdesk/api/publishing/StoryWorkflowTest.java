package com.newsdesk.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.reliability.TableChecksums;
import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A second story goes from a reporter's draft to an editor's publication, and on to its retraction, over HTTP and
 * PostgreSQL: private while a draft, then in every list, date query and quote search, with its whole history.
 */
@ApiTest
class StoryWorkflowTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;
    String reporter;

    @BeforeEach
    void aReporter() {
        http = new Http(port);
        String name = "reporter-" + UUID.randomUUID().toString().substring(0, 8);
        http.postJson("/api/accounts", """
                        {"username": "%s", "password": "a long enough secret", "roles": ["reporter"]}""".formatted(name), "Authorization", Accounts.editor())
                .expect(201);
        reporter = Accounts.basic(name, "a long enough secret");
    }

    private Reply draft(String story) {
        return http.postJson("/api/articles", story, "Authorization", reporter);
    }

    /** The example story, under a headline of its own so that every test has its own slug. */
    private static String story(String headline) {
        return PublishingExamples.STORY.replace(
                "City council approves a protected bike lane on Harbor Street", headline);
    }

    @Test
    void aReportersDraftIsPrivateUntilAnEditorPublishesItThenItIsFoundEverywhere() {
        String headline = "Harbor Street bike lane " + UUID.randomUUID();
        Reply created = draft(story(headline)).expect(201);
        JsonNode draft = created.json();
        String id = draft.path("id").asString();
        String path = "/api/articles/" + id;
        assertThat(created.header("Location")).isEqualTo(path);
        assertThat(created.header("ETag")).isEqualTo("\"r1\"");
        assertThat(draft.path("status").asString()).isEqualTo("draft");
        assertThat(draft.path("publishedAt").isNull()).isTrue();
        assertThat(draft.path("slug").asString()).startsWith("harbor-street-bike-lane-");
        assertThat(draft.path("body")).extracting(b -> b.path("id").asString()).containsExactly("b1", "b2", "b3");
        assertThat(draft.path("quotes").get(0).path("speaker").path("name").asString())
                .isEqualTo("Maria Okafor");
        assertThat(draft.path("timeline")).hasSize(2);

        // Private: not to the public, in no public list; the newsroom reads and lists it.
        http.get(path).expect(404);
        http.get("/api/articles/" + draft.path("slug").asString()).expect(404);
        http.get(path, "Authorization", reporter).expect(200);
        assertThat(http.get("/api/articles?status=draft&size=100", "Authorization", Accounts.editor())
                        .expect(200)
                        .json()
                        .path("content"))
                .extracting(a -> a.path("id").asString())
                .contains(id);
        http.get("/api/articles?status=draft").expect(400);
        assertThat(http.get("/api/quotes?speaker=maria%20okafor")
                        .expect(200)
                        .json()
                        .path("content"))
                .isEmpty();

        // The reporter edits it; a reporter may not publish; the editor does.
        String edited = story(headline).replace("voted 7-2", "voted 7 to 2");
        http.json("PUT", path, edited, "Authorization", reporter, "If-Match", "\"r1\"")
                .expect(200);
        http.postJson(path + "/publication", "{}", "Authorization", reporter, "If-Match", "\"r2\"")
                .expect(403);
        Reply published = http.postJson(
                        path + "/publication", "{}", "Authorization", Accounts.editor(), "If-Match", "\"r2\"")
                .expect(200);
        assertThat(published.header("ETag")).isEqualTo("\"r3\"");
        assertThat(published.json().path("status").asString()).isEqualTo("published");
        String today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC).toString();

        // Public at once, everywhere.
        assertThat(http.get(path)
                        .expect(200)
                        .json()
                        .path("body")
                        .get(0)
                        .path("text")
                        .asString())
                .contains("voted 7 to 2");
        assertThat(http.get("/api/articles?on=" + today + "&size=100")
                        .expect(200)
                        .json()
                        .path("content"))
                .extracting(a -> a.path("id").asString())
                .contains(id);
        assertThat(http.get("/api/timeline?on=2022&size=100").expect(200).json().path("content"))
                .extracting(e -> e.path("articleId").asString())
                .contains(id);
        assertThat(http.get("/api/timeline?on=2025-03&size=100")
                        .expect(200)
                        .json()
                        .path("content"))
                .extracting(e -> e.path("title").asString())
                .contains("Construction of the Harbor Street bike lane starts");
        assertThat(http.get("/api/quotes?speaker=maria%20okafor&on=2024-11&size=100")
                        .expect(200)
                        .json()
                        .path("content"))
                .extracting(q -> q.path("articleId").asString())
                .contains(id);

        // A published story changes only through corrections.
        http.json("PUT", path, edited, "Authorization", Accounts.editor(), "If-Match", "\"r3\"")
                .problem(409);
        http.postJson(path + "/publication", "{}", "Authorization", Accounts.editor(), "If-Match", "\"r3\"")
                .problem(409);
        http.send("DELETE", path, HttpRequest.BodyPublishers.noBody(), "Authorization", Accounts.editor())
                .problem(409);

        // Its history: the newsroom sees every step with who made it; the public from the publication on.
        assertThat(http.get(path + "/revisions", "Authorization", Accounts.editor())
                        .expect(200)
                        .json())
                .extracting(r ->
                        r.path("kind").asString() + " by " + r.path("editor").asString())
                .containsExactly("creation by " + name(reporter), "edit by " + name(reporter), "publication by editor");
        assertThat(http.get(path + "/revisions").expect(200).json())
                .extracting(r -> r.path("revision").asInt())
                .containsExactly(3);
        http.get(path + "/revisions/1").expect(404);
        assertThat(http.get(path + "/revisions/1", "Authorization", reporter)
                        .expect(200)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("draft");

        // Retracted: still readable at its address, marked, with the note; gone from the lists and the timeline.
        Reply retracted = http.postJson(
                        path + "/retraction",
                        "{\"note\": \"The vote count was wrong.\"}",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        "\"r3\"")
                .expect(200);
        assertThat(retracted.json().path("status").asString()).isEqualTo("retracted");
        JsonNode read = http.get(path).expect(200).json();
        assertThat(read.path("retraction").path("note").asString()).isEqualTo("The vote count was wrong.");
        assertThat(http.get("/api/articles?on=" + today + "&size=100")
                        .expect(200)
                        .json()
                        .path("content"))
                .extracting(a -> a.path("id").asString())
                .doesNotContain(id);
        assertThat(http.get("/api/timeline?on=2022&size=100").expect(200).json().path("content"))
                .extracting(e -> e.path("articleId").asString())
                .doesNotContain(id);
        assertThat(http.get(path + "/revisions", "Authorization", Accounts.editor())
                        .expect(200)
                        .json()
                        .get(3)
                        .path("summary")
                        .asString())
                .isEqualTo("The vote count was wrong.");
    }

    @Test
    void aQuoteTheReporterDidNotDateIsUndatedInTheDraftAndDatedAtPublication() {
        String undated = story("Undated quote " + UUID.randomUUID()).replace(", \"saidOn\": \"2024-11-18\"", "");
        assertThat(undated).doesNotContain("saidOn");
        // The answer is checked against /v3/api-docs by Http: an undated quote's nulls must be what it documents.
        JsonNode quote = draft(undated).expect(201).json().path("quotes").get(0);
        assertThat(quote.path("saidOn").isNull()).isTrue();
        assertThat(quote.path("saidPrecision").isNull()).isTrue();
        assertThat(quote.path("saidApproximate").isNull()).isTrue();
    }

    @Test
    void aDraftThatBreaksTheRulesIsOne422ListingEveryFaultAndNothingIsStored() {
        String broken = """
                {
                  "headline": "  ",
                  "publisher": "Newsdesk Daily",
                  "body": [
                    { "type": "paragraph", "text": "Officials said the bridge would reopen in 2026." },
                    { "id": "b1", "type": "paragraph", "text": "A second paragraph with a clashing id." },
                    { "type": "table", "text": "?" }
                  ],
                  "quotes": [
                    { "blockId": "b1", "speaker": { "name": "An official" }, "text": "words nobody wrote" },
                    { "blockId": "b9", "speaker": { "name": "" }, "text": "reopen" }
                  ],
                  "timeline": [
                    { "blockId": "b1", "title": "The bridge reopens", "start": "2026-03-01", "precision": "year",
                      "phrase": "in 2026" },
                    { "blockId": "b1", "title": "Line\\nbreak", "start": "2026-01-01", "end": "2025-01-01",
                      "precision": "span", "phrase": "in 2026" }
                  ]
                }""";
        Map<String, String> before = TableChecksums.of(jdbc);

        JsonNode problem = draft(broken).problem(422);

        assertThat(problem.path("errors"))
                .extracting(e -> e.path("name").asString())
                .contains(
                        "headline",
                        "body[1].id",
                        "body[2].type",
                        "quotes[0].text",
                        "quotes[1].speaker.name",
                        "quotes[1].blockId",
                        "timeline[0].start",
                        "timeline[1].title",
                        "timeline[1].start");
        assertThat(TableChecksums.of(jdbc)).isEqualTo(before);
    }

    @Test
    void twoEditorsPublishingOneDraftAtOnceOneWinsTheOtherGets412() throws Exception {
        String path =
                draft(story("Two editors " + UUID.randomUUID())).expect(201).header("Location");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Integer> publish = () -> {
                together.await();
                return http.postJson(
                                path + "/publication", "{}", "Authorization", Accounts.editor(), "If-Match", "\"r1\"")
                        .status();
            };
            answers.add(editors.submit(publish));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        editors.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(http.get(path + "/revisions", "Authorization", Accounts.editor())
                        .expect(200)
                        .json())
                .extracting(r -> r.path("kind").asString())
                .containsExactly("creation", "publication");
    }

    @Test
    void aScheduledStoryIsPublishedWhenItsTimeComes() throws InterruptedException {
        Reply created = draft(story("Scheduled " + UUID.randomUUID())).expect(201);
        String path = created.header("Location");
        Instant at = Instant.now().plusSeconds(2);

        Reply scheduled = http.postJson(
                        path + "/publication",
                        "{\"publishAt\": \"" + at + "\"}",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        "\"r1\"")
                .expect(200);
        assertThat(scheduled.json().path("status").asString()).isEqualTo("scheduled");
        http.get(path).expect(404);
        http.postJson(
                        path + "/publication",
                        "{\"publishAt\": \"2001-01-01T00:00:00Z\"}",
                        "Authorization",
                        Accounts.editor(),
                        "If-Match",
                        "\"r2\"")
                .problem(400);

        long deadline = System.nanoTime() + 15_000_000_000L;
        while (http.get(path).status() == 404) {
            assertThat(System.nanoTime())
                    .as("published within 15 s of its time")
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
        JsonNode published = http.get(path).expect(200).json();
        assertThat(published.path("status").asString()).isEqualTo("published");
        assertThat(Instant.parse(published.path("publishedAt").asString())).isAfterOrEqualTo(at);
        assertThat(http.get(path + "/revisions", "Authorization", Accounts.editor())
                        .expect(200)
                        .json())
                .extracting(
                        r -> r.path("kind").asString() + ":" + r.path("summary").asString())
                .containsExactly(
                        "creation:Draft created",
                        "schedule:Scheduled for publication at " + at.truncatedTo(ChronoUnit.MICROS),
                        "publication:Published as scheduled");
    }

    @Test
    void storiesQuotingTheSamePersonShareTheSpeakerWhateverTheCaseOrAlias() {
        String name = "Speaker " + UUID.randomUUID().toString().substring(0, 8);
        String first = story("Shared speaker one " + UUID.randomUUID())
                .replace("\"name\": \"Maria Okafor\" }", "\"name\": \"" + name + "\", \"aliases\": [\"The Chair\"] }")
                .replace("said Maria Okafor", "said " + name);
        String second = story("Shared speaker two " + UUID.randomUUID())
                .replace("\"name\": \"Maria Okafor\" }", "\"name\": \"" + name.toUpperCase() + "\" }");
        String firstSpeaker = draft(first)
                .expect(201)
                .json()
                .path("quotes")
                .get(0)
                .path("speaker")
                .path("id")
                .asString();
        String secondSpeaker = draft(second)
                .expect(201)
                .json()
                .path("quotes")
                .get(0)
                .path("speaker")
                .path("id")
                .asString();
        String byAlias = draft(story("Shared speaker three " + UUID.randomUUID())
                        .replace("\"name\": \"Maria Okafor\" }", "\"name\": \"the chair\" }"))
                .expect(201)
                .json()
                .path("quotes")
                .get(0)
                .path("speaker")
                .path("id")
                .asString();

        assertThat(secondSpeaker).isEqualTo(firstSpeaker);
        assertThat(byAlias).isEqualTo(firstSpeaker);
    }

    @Test
    void aDeletedDraftIsGoneAndADisabledAccountIsRefusedAtOnce() {
        String path = draft(story("To delete " + UUID.randomUUID())).expect(201).header("Location");
        http.send("DELETE", path, HttpRequest.BodyPublishers.noBody(), "Authorization", reporter)
                .expect(403);
        http.send("DELETE", path, HttpRequest.BodyPublishers.noBody(), "Authorization", Accounts.editor())
                .expect(204);
        http.get(path, "Authorization", Accounts.editor()).expect(404);

        http.json(
                        "PATCH",
                        "/api/accounts/" + name(reporter),
                        "{\"enabled\": false}",
                        "Authorization",
                        Accounts.editor())
                .expect(200);
        draft(story("After disabling " + UUID.randomUUID())).expect(401);
        JsonNode accounts = http.get("/api/accounts", "Authorization", Accounts.editor())
                .expect(200)
                .json();
        assertThat(accounts.toString()).doesNotContain("password", "bcrypt", "$2a$");
        assertThat(accounts)
                .filteredOn(a -> a.path("username").asString().equals(name(reporter)))
                .singleElement()
                .satisfies(a -> assertThat(a.path("enabled").asBoolean()).isFalse());
        http.get("/api/accounts", "Authorization", reporter).expect(401);
    }

    /** The username in a Basic credential. */
    private static String name(String basic) {
        String decoded = new String(Base64.getDecoder().decode(basic.substring("Basic ".length())));
        return decoded.substring(0, decoded.indexOf(':'));
    }
}
