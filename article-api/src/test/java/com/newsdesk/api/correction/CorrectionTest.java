package com.newsdesk.api.correction;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.editor.EditorAccount;
import com.newsdesk.domain.editor.EditorAccounts;
import com.newsdesk.domain.editor.Role;
import com.newsdesk.domain.publishing.PublishingService;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Editors correcting published text over HTTP: every answer of the contract's "Correcting" section. */
@ApiTest
class CorrectionTest {

    private static final String NOTE =
            "An earlier version of this article misstated when North Korea conducted its" + " nuclear test.";
    private static final String NUCLEAR_TEST_EVENT = "A month before Oh made his dash";

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    Http http;
    String path;

    @BeforeEach
    void aFreshCopyOfTheStory() {
        http = new Http(port);
        Article story = Stories.copyOfDefectorStory(publishing, "correction");
        path = "/api/articles/" + story.slug();
    }

    private Reply correct(String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = Accounts.editor();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.postJson(path + "/corrections", json, all);
    }

    private static String blockCorrection(String blockId, String find, String replace) {
        return """
                {"blockId": "%s", "find": "%s", "replace": "%s", "kind": "correction", "note": "%s"}""".formatted(blockId, find, replace, NOTE);
    }

    private JsonNode article() {
        return http.get(path).expect(200).json();
    }

    @Test
    void aCorrectionChangesTheTextRaisesTheRevisionAndAddsANotice() {
        JsonNode before = article();
        Reply created = correct(blockCorrection("b6", "A month before", "About 10 weeks before"), "If-Match", "\"r1\"")
                .expect(201);
        assertThat(created.header("ETag")).isEqualTo("\"r2\"");
        assertThat(created.header("Location")).matches("/api/articles/[0-9a-f-]{36}/corrections/[0-9a-f-]{36}");
        JsonNode correction = created.json();
        assertThat(correction.path("revision").asInt()).isEqualTo(2);
        assertThat(correction.path("editor").asString()).isEqualTo(Accounts.EDITOR);
        assertThat(correction.path("notice").path("note").asString()).isEqualTo(NOTE);

        JsonNode after = article();
        assertThat(after.path("revision").asInt()).isEqualTo(2);
        assertThat(Instant.parse(after.path("updatedAt").asString()))
                .isAfter(Instant.parse(before.path("updatedAt").asString()));
        assertThat(after.path("body").path(5).path("text").asString())
                .contains("About 10 weeks before Oh made his dash")
                .doesNotContain("A month before");
        // Only that block changed.
        for (int i = 0; i < 13; i++) {
            if (i != 5) {
                assertThat(after.path("body").path(i))
                        .isEqualTo(before.path("body").path(i));
            }
        }
        // The event's dating phrase moved with the text, in the same transaction.
        assertThat(after.path("timeline").findValuesAsString("phrase"))
                .contains("About 10 weeks before Oh made his dash")
                .doesNotContain(NUCLEAR_TEST_EVENT);
        JsonNode notices = http.get(path + "/corrections").expect(200).json();
        assertThat(notices.size()).isEqualTo(1);
        assertThat(notices.path(0).path("kind").asString()).isEqualTo("correction");
        assertThat(notices.path(0).path("note").asString()).isEqualTo(NOTE);
        assertThat(notices.path(0).path("revision").asInt()).isEqualTo(2);
        assertThat(after.path("corrections")).isEqualTo(notices);

        // The revision history keeps both, and the correction is where Location says.
        JsonNode revisions = http.get(path + "/revisions").expect(200).json();
        assertThat(revisions.findValuesAsString("kind")).containsExactly("publication", "correction");
        assertThat(revisions.path(1).path("editor").asString()).isEqualTo(Accounts.EDITOR);
        assertThat(revisions.path(1).path("changes").findValuesAsString("path")).contains("body[b6].text");
        assertThat(http.get(path + "/revisions/1").expect(200).json().path("body"))
                .isEqualTo(before.path("body"));
        assertThat(http.get(path + "/revisions/2").expect(200).json().path("body"))
                .isEqualTo(after.path("body"));
        assertThat(http.get(created.header("Location")).expect(200).json()).isEqualTo(correction);
        assertThat(http.get(path, "If-None-Match", "\"r1\"").status()).isEqualTo(200);
    }

    @Test
    void aTypoFixIsARevisionWithoutAPublicNotice() {
        correct("""
                        {"field": "headline", "find": "N. Korean", "replace": "North Korean", "kind": "typo"}""", "If-Match", "\"r1\"").expect(201);
        JsonNode after = article();
        assertThat(after.path("headline").asString()).startsWith("North Korean defector");
        assertThat(after.path("revision").asInt()).isEqualTo(2);
        assertThat(after.path("slug").asString()).isEqualTo(path.substring("/api/articles/".length()));
        assertThat(http.get(path + "/corrections").json().size()).isZero();
        JsonNode revisions = http.get(path + "/revisions").json();
        assertThat(revisions.path(1).path("kind").asString()).isEqualTo("typo");
        assertThat(revisions.path(1).path("summary").asString()).contains("North Korean");
    }

    @Test
    void aChangeInsideAQuotationUpdatesTheQuote() {
        correct(blockCorrection("b13", "a very high speed", "very high speed"), "If-Match", "\"r1\"")
                .expect(201);
        assertThat(article().path("quotes").findValuesAsString("text"))
                .contains("I was driving at very high speed. … I was escaping.")
                .doesNotContain("I was driving at a very high speed. … I was escaping.");
    }

    @Test
    void aChangeAcrossTheEdgeOfAQuotationIs409NamingItAndChangesNothing() {
        JsonNode before = article();
        String quoteId = before.path("quotes").path(0).path("id").asString();
        JsonNode problem = correct(
                        blockCorrection("b3", "friendship,” he told", "friendship”, he told"), "If-Match", "\"r1\"")
                .problem(409);
        assertThat(problem.path("type").asString()).isEqualTo("urn:newsdesk:problem:breaks-quotation");
        assertThat(problem.path("quoteIds").toString()).contains(quoteId);
        assertThat(problem.path("detail").asString()).contains(quoteId);
        // Named by its words too, which is what an editor recognises.
        String words = before.path("quotes").path(0).path("text").asString();
        assertThat(problem.path("detail").asString()).contains("“" + words + "”");
        assertThat(problem.path("quotes").path(0).path("text").asString()).isEqualTo(words);
        assertThat(article()).isEqualTo(before);
    }

    @Test
    void copyingAQuotesWordsElsewhereInItsBlockIs409AndTheQuoteStaysCorrectable() {
        // The review's finding: after this correction "strikingly similar" stood twice in b8, so the quote could never
        // be found again (422 ambiguous), nor corrected with more context (409 across its edge).
        JsonNode before = article();
        JsonNode problem = correct(blockCorrection("b8", "Today,", "Today, strikingly similar,"), "If-Match", "\"r1\"")
                .problem(409);
        assertThat(problem.path("type").asString()).isEqualTo("urn:newsdesk:problem:quotation-would-be-ambiguous");
        assertThat(problem.path("detail").asString()).contains("“strikingly similar”");
        assertThat(problem.path("quotes").path(0).path("text").asString()).isEqualTo("strikingly similar");
        assertThat(article()).isEqualTo(before);
        // The quote itself is still found by its words, and corrected.
        correct(blockCorrection("b8", "strikingly similar", "strikingly alike"), "If-Match", "\"r1\"")
                .expect(201);
        assertThat(article().path("quotes").findValuesAsString("text")).contains("strikingly alike");
    }

    @Test
    void findTypedWithAStraightApostropheSaysWhichOneTheTextHas() {
        JsonNode problem = correct(blockCorrection("b6", "Un's regime", "Un's government"), "If-Match", "\"r1\"")
                .problem(422);
        assertThat(problem.path("type").asString()).isEqualTo("urn:newsdesk:problem:find-text-not-found");
        assertThat(problem.path("detail").asString()).contains("did you mean ’?");
        assertThat(problem.path("suggestion").asString()).isEqualTo("Un’s regime");
    }

    @Test
    void anEventCanBeReDated() {
        String eventId = article().path("timeline").path(2).path("id").asString();
        correct("""
                        {"eventId": "%s", "start": "2017-09-03", "precision": "day", "approximate": false,
                         "kind": "correction", "note": "North Korea's sixth nuclear test was on Sept. 3, 2017."}""".formatted(eventId), "If-Match", "\"r1\"").expect(201);
        JsonNode event = http.get(path + "/timeline").json().path(2);
        assertThat(event.path("id").asString()).isEqualTo(eventId);
        assertThat(event.path("start").asString()).isEqualTo("2017-09-03");
        assertThat(event.path("end").asString()).isEqualTo("2017-09-03");
        assertThat(event.path("precision").asString()).isEqualTo("day");
        assertThat(event.path("approximate").asBoolean()).isFalse();
    }

    @Test
    void withoutIfMatchIs428AndAStaleOneIs412AndNothingChanges() {
        JsonNode before = article();
        String fix = blockCorrection("b12", "30,000", "31,000");
        correct(fix).problem(428);
        correct(fix, "If-Match", "*").problem(428);
        Reply stale7 = correct(fix, "If-Match", "\"r7\"");
        stale7.problem(412);
        assertThat(stale7.header("ETag")).as("the current ETag, to read again").isEqualTo("\"r1\"");
        // Well-formed entity tags that are not the current one, weak ones included (If-Match compares strongly).
        correct(fix, "If-Match", "W/\"r1\"").problem(412);
        correct(fix, "If-Match", "\"r0\", \"abc\"").problem(412);
        // Not entity tags at all: the quotes are part of the ETag.
        for (String malformed : new String[] {"r1", "\"r1", "'r1'", "\"r1\" \"r2\"", "' OR 1=1", "\"r1\",,"}) {
            JsonNode problem = correct(fix, "If-Match", malformed).problem(400);
            assertThat(problem.path("errors").findValuesAsString("name")).containsExactly("If-Match");
        }
        assertThat(article()).isEqualTo(before);

        correct(fix, "If-Match", "\"r1\"").expect(201);
        Reply staleReply = correct(blockCorrection("b12", "31,000", "32,000"), "If-Match", "\"r1\"");
        JsonNode stale = staleReply.problem(412);
        assertThat(stale.path("type").asString()).isEqualTo("urn:newsdesk:problem:stale-revision");
        assertThat(staleReply.header("ETag")).isEqualTo("\"r2\"");
        assertThat(stale.path("currentRevision").asInt()).isEqualTo(2);
        assertThat(article().path("revision").asInt()).isEqualTo(2);
    }

    @Test
    void findTextAbsentOrAmbiguousIs422SayingWhich() {
        JsonNode before = article();
        JsonNode absent = correct(blockCorrection("b6", "a month after", "x"), "If-Match", "\"r1\"")
                .problem(422);
        assertThat(absent.path("type").asString()).isEqualTo("urn:newsdesk:problem:find-text-not-found");
        JsonNode ambiguous = correct(blockCorrection("b6", "Oh ", "Mr. Oh "), "If-Match", "\"r1\"")
                .problem(422);
        assertThat(ambiguous.path("type").asString()).isEqualTo("urn:newsdesk:problem:find-text-ambiguous");
        assertThat(ambiguous.path("occurrences").asInt()).isEqualTo(2);
        correct(blockCorrection("b99", "Oh", "x"), "If-Match", "\"r1\"").problem(422);
        correct(blockCorrection("b6", "Oh made", "Oh made"), "If-Match", "\"r1\"")
                .problem(422);
        correct(blockCorrection("b10", "Nov", "Dec"), "If-Match", "\"r1\"").problem(422);
        assertThat(article()).isEqualTo(before);
    }

    @Test
    void badBodiesAre400NamingTheField() {
        JsonNode before = article();
        assertThat(correct("{not json", "If-Match", "\"r1\"")
                        .problem(400)
                        .path("errors")
                        .findValuesAsString("name"))
                .contains("body");
        assertThat(correct("""
                        {"blockId": "b6", "find": "Oh", "replace": "x", "kind": "typo", "replce": "y"}""", "If-Match", "\"r1\"")
                        .problem(400)
                        .path("errors")
                        .findValuesAsString("name"))
                .contains("replce");
        assertThat(correct("""
                        {"blockId": "b6", "find": "A month", "replace": "x"}""", "If-Match", "\"r1\"")
                        .problem(400)
                        .path("errors")
                        .findValuesAsString("name"))
                .contains("kind");
        assertThat(correct("""
                        {"blockId": "b6", "find": "A month", "replace": "x", "kind": "correction"}""", "If-Match", "\"r1\"")
                        .problem(400)
                        .path("errors")
                        .findValuesAsString("name"))
                .contains("note");
        assertThat(correct("""
                        {"blockId": "b6", "field": "headline", "find": "A", "replace": "x", "kind": "typo"}""", "If-Match", "\"r1\"")
                        .problem(400)
                        .path("errors")
                        .findValuesAsString("name"))
                .contains("blockId");
        assertThat(correct("""
                        {"blockId": "b6", "find": "A month", "replace": "x\\u0000", "kind": "typo"}""", "If-Match", "\"r1\"")
                        .problem(400)
                        .path("errors")
                        .findValuesAsString("name"))
                .contains("replace");
        assertThat(correct("""
                        {"eventId": "%s", "approximate": "yes", "kind": "typo"}""".formatted(java.util.UUID.randomUUID()), "If-Match", "\"r1\"")
                        .problem(400)
                        .path("errors")
                        .findValuesAsString("name"))
                .contains("approximate");
        String longNote = "x".repeat(2001);
        correct(blockCorrection("b6", "A month", "x").replace(NOTE, longNote), "If-Match", "\"r1\"")
                .problem(400);
        correct("[]", "If-Match", "\"r1\"").problem(400);
        correct("", "If-Match", "\"r1\"").problem(400);
        assertThat(article()).isEqualTo(before);
    }

    @Test
    void oversizedBodiesAre413() {
        String huge = "{\"blockId\": \"b6\", \"find\": \"A month\", \"replace\": \"" + "x".repeat(70_000)
                + "\", \"kind\": \"typo\"}";
        correct(huge, "If-Match", "\"r1\"").problem(413);
        // Without a Content-Length (chunked), the limit bites while reading.
        Reply chunked = http.send(
                "POST",
                path + "/corrections",
                HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "Content-Type",
                "application/json",
                "Authorization",
                Accounts.editor(),
                "If-Match",
                "\"r1\"");
        chunked.problem(413);
        assertThat(article().path("revision").asInt()).isEqualTo(1);
    }

    @Test
    void onlyEditorsMayCorrect() {
        JsonNode before = article();
        String fix = blockCorrection("b12", "30,000", "31,000");
        Reply anonymous = http.postJson(path + "/corrections", fix, "If-Match", "\"r1\"");
        anonymous.problem(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic realm=\"Newsdesk\"");
        Reply wrong = http.postJson(
                path + "/corrections", fix, "If-Match", "\"r1\"", "Authorization", Accounts.basic("editor", "guess"));
        wrong.problem(401);
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Basic");
        http.postJson(path + "/corrections", fix, "If-Match", "\"r1\"", "Authorization", Accounts.basic("nobody", "x"))
                .problem(401);

        accounts.save(
                new EditorAccount("reporter", passwords.encode("reporter-password"), Set.of(Role.REPORTER), true));
        http.postJson(
                        path + "/corrections",
                        fix,
                        "If-Match",
                        "\"r1\"",
                        "Authorization",
                        Accounts.basic("reporter", "reporter-password"))
                .problem(403);
        accounts.save(new EditorAccount("retired", passwords.encode("retired-password"), Set.of(Role.EDITOR), false));
        http.postJson(
                        path + "/corrections",
                        fix,
                        "If-Match",
                        "\"r1\"",
                        "Authorization",
                        Accounts.basic("retired", "retired-password"))
                .problem(401);
        assertThat(article()).isEqualTo(before);
        // No session, no cookie.
        Reply ok = correct(fix, "If-Match", "\"r1\"").expect(201);
        assertThat(ok.header("Set-Cookie")).isNull();
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstResponseAndAppliesNothing() {
        String fix = blockCorrection("b12", "30,000", "31,000");
        Reply first = correct(fix, "If-Match", "\"r1\"", "Idempotency-Key", "retry-me")
                .expect(201);
        Reply again = correct(fix, "If-Match", "\"r1\"", "Idempotency-Key", "retry-me")
                .expect(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(article().path("revision").asInt()).isEqualTo(2);
        assertThat(http.get(path + "/corrections").json().size()).isEqualTo(1);

        JsonNode reused = correct(
                        blockCorrection("b12", "31,000", "32,000"), "If-Match", "\"r2\"", "Idempotency-Key", "retry-me")
                .problem(422);
        assertThat(reused.path("type").asString()).isEqualTo("urn:newsdesk:problem:idempotency-key-reused");
        assertThat(article().path("revision").asInt()).isEqualTo(2);
        correct(fix, "If-Match", "\"r2\"", "Idempotency-Key", "has spaces in it")
                .problem(400);
    }

    @Test
    void hangulEmojiAndCurlyQuotesRoundTripUnchanged() {
        String words = "오청성 said “안녕” — 🙂 ’tis…";
        correct("""
                        {"blockId": "b12", "find": "around 30,000 people", "replace": "%s", "kind": "update", "note": "%s"}""".formatted(words, words), "If-Match", "\"r1\"").expect(201);
        JsonNode after = article();
        assertThat(after.path("body").path(11).path("text").asString()).contains(words);
        assertThat(after.path("corrections").path(0).path("note").asString()).isEqualTo(words);
    }
}
