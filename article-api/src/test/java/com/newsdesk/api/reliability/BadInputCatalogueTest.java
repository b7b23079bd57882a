package com.newsdesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.publishing.PublishingExamples;
import com.newsdesk.api.publishing.StoryRequest;
import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.EventStream;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.RawHttp;
import com.newsdesk.api.support.Reply;
import com.newsdesk.api.support.SlowPages;
import com.newsdesk.api.support.Stories;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.editor.EditorAccount;
import com.newsdesk.domain.editor.EditorAccounts;
import com.newsdesk.domain.editor.Role;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.domain.publishing.StoryLimits;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A catalogue of bad and hostile requests across every endpoint. Each one gets a 4xx {@code application/problem+json}
 * answer (never a 5xx, never a stack trace in the answer or the log), and leaves every table exactly as it was: a
 * checksum of all rows is taken before and after each request. The answers are checked against /v3/api-docs too.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BadInputCatalogueTest {

    /** One request: what it is, how it is sent, and the status it must get. */
    record Bad(
            String name,
            String method,
            String path,
            String contentType,
            byte[] body,
            int status,
            List<String> headers) {
        @Override
        public String toString() {
            return status + " " + name;
        }
    }

    private static Bad bad(
            String name, String method, String path, String contentType, byte[] body, int status, String[]... pairs) {
        List<String> headers = new ArrayList<>();
        for (String[] pair : pairs) {
            headers.addAll(List.of(pair));
        }
        return new Bad(name, method, path, contentType, body, status, headers);
    }

    private static final String JSON = "application/json";
    private static final String VALID_FIX = """
            {"blockId": "b12", "find": "30,000", "replace": "31,000", "kind": "update", "note": "A new figure."}""";
    private static final Map<Integer, Integer> ANSWERED = new TreeMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JsonMapper json;

    static String story;
    static String draft;

    @BeforeAll
    void aStoryToAimAt() {
        Article copy = Stories.copyOfDefectorStory(publishing, "catalogue");
        story = "/api/articles/" + copy.slug();
        draft = "/api/articles/"
                + publishing
                        .create(
                                json.readValue(PublishingExamples.STORY, StoryRequest.class)
                                        .toDraft(),
                                "catalogue-reporter")
                        .article()
                        .id();
        accounts.save(
                new EditorAccount("catalogue-reporter", passwords.encode("reporter-pw"), Set.of(Role.REPORTER), true));
    }

    static Stream<Bad> catalogue() {
        List<Bad> c = new ArrayList<>();
        // Query parameters: paging, dates, lengths, NUL.
        for (String endpoint : List.of("/api/articles", "/api/timeline", "/api/quotes", "/api/timeline.ics")) {
            c.add(get(endpoint + "?page=-1", 400));
            c.add(get(endpoint + "?size=0", 400));
            c.add(get(endpoint + "?size=1000000", 400));
            c.add(get(endpoint + "?page=abc", 400));
            c.add(get(endpoint + "?page=99999999999999999999", 400));
            c.add(get(endpoint + "?on=2017-02-29", 400));
            c.add(get(endpoint + "?from=2018&to=2017", 400));
            c.add(get(endpoint + "?on=2017-13", 400));
            c.add(get(endpoint + "?from=%27%3B%20drop%20table%20article%3B--", 400));
            c.add(get(endpoint + "?to=2017-11-13%00", 400));
        }
        c.add(get("/api/articles?q=" + "a".repeat(201), 400));
        c.add(get("/api/articles?q=%00", 400));
        c.add(get("/api/quotes?speaker=" + "b".repeat(201), 400));
        c.add(get("/api/quotes?speaker=Oh%00", 400));
        c.add(get("/api/quotes?q=%01%02", 400));
        // The {article} segment: SQL, traversal, NUL, length, not an id.
        c.add(get("/api/articles/%27%20OR%20%271%27%3D%271", 404));
        c.add(get("/api/articles/1;DROP%20TABLE%20article", 400));
        c.add(get("/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 400));
        c.add(get("/api/articles/..%5c..%5cwindows%5cwin.ini", 400));
        c.add(get("/api/articles/" + "x".repeat(300), 404));
        c.add(get("/api/articles/00000000-0000-0000-0000-00000000000g", 404));
        c.add(get("STORY/revisions/abc", 400));
        c.add(get("STORY/revisions/-1", 404));
        c.add(get("STORY/revisions/99999999999", 400));
        c.add(get("STORY/corrections/not-a-uuid", 404));
        // The standard representations and feeds: unknown articles, paths that are not ours, wrong Accept, wrong verbs.
        for (String format : List.of("ninjs", "jsonld", "timelinejs", "timeline.ics")) {
            c.add(get("/api/articles/no-such-story/" + format, 404));
            c.add(get("/api/articles/%27%20OR%20%271%27%3D%271/" + format, 404));
            c.add(bad("POST to " + format, "POST", "STORY/" + format, JSON, bytes("{}"), 405, editor()));
            c.add(bad("POST to " + format + ", anonymous", "POST", "STORY/" + format, JSON, bytes("{}"), 401));
        }
        c.add(get("/api/feeds/everything.atom", 404));
        // The change stream: ids that are not the id of an event (not a number, negative, from the future), unknown or
        // repeated parameters, a type it does not come in, a write.
        for (String id : List.of("abc", "-1", "0x10", "1.5", "+1", "%D9%A1", "99999999999999999999", "999999999999")) {
            c.add(get("/api/changes?since=" + id, 400));
        }
        for (String id : List.of("abc", "-1", "0x10", "1e3", "1 2", "999999999999")) {
            c.add(bad("Last-Event-ID: " + id, "GET", "/api/changes", null, null, 400, new String[] {"Last-Event-ID", id
            }));
        }
        c.add(get("/api/changes?since=1&since=2", 400));
        c.add(get("/api/changes?after=1", 400));
        c.add(bad(
                "Accept: application/json for the change stream", "GET", "/api/changes", null, null, 406, new String[] {
                    "Accept", "application/json"
                }));
        c.add(bad("POST to the change stream", "POST", "/api/changes", JSON, bytes("{}"), 405, editor()));
        c.add(bad("POST to the change stream, anonymous", "POST", "/api/changes", JSON, bytes("{}"), 401));
        c.add(get("/api/timeline.ics?on=yesterday", 400));
        c.add(bad(
                "Accept: application/json for a calendar", "GET", "STORY/timeline.ics", null, null, 406, new String[] {
                    "Accept", "application/json"
                }));
        c.add(bad("Accept: text/html for a feed", "GET", "/api/feeds/articles.atom", null, null, 406, new String[] {
            "Accept", "text/html"
        }));
        c.add(bad("DELETE on a feed", "DELETE", "/api/feeds/corrections.atom", null, null, 405, editor()));
        c.add(bad("DELETE on a feed, anonymous", "DELETE", "/api/feeds/corrections.atom", null, null, 401));
        // Content negotiation and methods.
        c.add(bad("Accept: text/html", "GET", "/api/articles", null, null, 406, new String[] {"Accept", "text/html"}));
        c.add(bad("Accept: application/xml", "GET", "STORY", null, null, 406, new String[] {"Accept", "application/xml"
        }));
        c.add(bad("PUT on an article without credentials", "PUT", "STORY", JSON, bytes("{}"), 401));
        c.add(bad("DELETE on an article without credentials", "DELETE", "STORY", null, null, 401));
        c.add(bad("PATCH on the timeline", "PATCH", "/api/timeline", JSON, bytes("{}"), 405, editor()));
        c.add(bad("PUT on corrections", "PUT", "STORY/corrections", JSON, bytes(VALID_FIX), 405, editor()));
        // Correction bodies: syntax, types, fields, lengths, characters.
        c.add(post("malformed JSON", "{\"blockId\": ", 400));
        c.add(post("a JSON array", "[]", 400));
        c.add(post("a JSON string", "\"correct it\"", 400));
        c.add(post("an empty body", "", 400));
        c.add(post("an unknown field", VALID_FIX.replace("\"note\"", "\"nite\""), 400));
        c.add(post("kind is a number", VALID_FIX.replace("\"update\"", "5"), 400));
        c.add(post(
                "approximate is a word",
                "{\"eventId\": \"cf66fad8-c691-44d7-ae40-d9415620468c\","
                        + " \"approximate\": \"yes\", \"kind\": \"typo\"}",
                400));
        c.add(post(
                "an impossible start date",
                "{\"eventId\": \"cf66fad8-c691-44d7-ae40-d9415620468c\","
                        + " \"start\": \"2017-02-30\", \"kind\": \"typo\"}",
                400));
        c.add(post(
                "a start that is not a date",
                "{\"eventId\": \"cf66fad8-c691-44d7-ae40-d9415620468c\","
                        + " \"start\": \"yesterday\", \"kind\": \"typo\"}",
                400));
        c.add(post("no kind", "{\"blockId\": \"b12\", \"find\": \"30,000\", \"replace\": \"1\"}", 400));
        c.add(post(
                "a correction without a note",
                "{\"blockId\": \"b12\", \"find\": \"30,000\", \"replace\": \"1\"," + " \"kind\": \"correction\"}",
                400));
        c.add(post("an unknown kind", VALID_FIX.replace("\"update\"", "\"retraction\""), 400));
        c.add(post("no target", "{\"find\": \"30,000\", \"replace\": \"1\", \"kind\": \"typo\"}", 400));
        c.add(post(
                "two targets",
                VALID_FIX.replace("\"blockId\": \"b12\"", "\"blockId\": \"b12\", \"field\": \"headline\""),
                400));
        c.add(post("a block id with a path", VALID_FIX.replace("\"b12\"", "\"../b12\""), 400));
        c.add(post(
                "an event id that is not a UUID",
                "{\"eventId\": \"1 OR 1=1\", \"title\": \"x\", \"kind\": \"typo\"}",
                400));
        c.add(post(
                "a field that cannot be corrected",
                VALID_FIX.replace("\"blockId\": \"b12\"", "\"field\": \"slug\""),
                400));
        c.add(post("an empty find", VALID_FIX.replace("\"30,000\"", "\"\""), 400));
        c.add(post("an overlong find", VALID_FIX.replace("\"30,000\"", "\"" + "f".repeat(1001) + "\""), 400));
        c.add(post("an overlong replace", VALID_FIX.replace("\"31,000\"", "\"" + "r".repeat(5001) + "\""), 400));
        c.add(post("an overlong note", VALID_FIX.replace("A new figure.", "n".repeat(2001)), 400));
        c.add(post("NUL in find", VALID_FIX.replace("\"30,000\"", "\"30,000\\u0000\""), 400));
        c.add(post("NUL in the note", VALID_FIX.replace("A new figure.", "A new\\u0000figure."), 400));
        c.add(post("a bell in replace", VALID_FIX.replace("\"31,000\"", "\"31\\u0007000\""), 400));
        c.add(post("a lone surrogate in the note", VALID_FIX.replace("A new figure.", "A new \\ud800 figure."), 400));
        c.add(bad(
                "invalid UTF-8",
                "POST",
                "STORY/corrections",
                JSON,
                concat(
                        bytes("{\"blockId\": \"b12\", \"find\": \"30,000\", \"replace\": \""),
                        new byte[] {(byte) 0xC3, 0x28},
                        bytes("\", \"kind\": \"typo\"}")),
                400,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "binary garbage",
                "POST",
                "STORY/corrections",
                JSON,
                new byte[] {0x00, (byte) 0xFF, (byte) 0xFE, 0x7F, 0x01},
                400,
                ifMatch("\"r1\""),
                editor()));
        c.add(post("SQL in find", VALID_FIX.replace("\"30,000\"", "\"'; drop table article; --\""), 422));
        // The importer (issue 13): pages it cannot read are 400, a page with no article 422; nothing is stored.
        c.add(bad("an empty page", "POST", "/api/imports", "text/plain", new byte[0], 400, editor()));
        c.add(bad(
                "a binary page",
                "POST",
                "/api/imports",
                "text/plain",
                new byte[] {0x00, 0x01, 0x02, 0x7F, 0x00},
                400,
                editor()));
        c.add(bad(
                "a page that is not UTF-8",
                "POST",
                "/api/imports",
                "text/plain",
                new byte[] {'T', 'h', 'e', ' ', (byte) 0xE9, 't', 'a', 't', '.'},
                400,
                editor()));
        c.add(bad(
                "a page in an unknown charset",
                "POST",
                "/api/imports",
                "text/plain; charset=klingon",
                bytes("A page."),
                400,
                editor()));
        c.add(bad(
                "a page with no article",
                "POST",
                "/api/imports",
                "text/html",
                bytes("<html><body><nav><a href=/>Home</a></nav><p>Sign up for our newsletter</p></body></html>"),
                422,
                editor()));
        c.add(bad(
                "a page nested 5000 deep",
                "POST",
                "/api/imports",
                "text/html",
                bytes("<div>".repeat(5000)),
                400,
                editor()));
        c.add(bad(
                "a page of only dates",
                "POST",
                "/api/imports",
                "text/plain",
                bytes("2019-04-15\nMonday\n12:30"),
                422,
                editor()));
        c.add(bad(
                "a page of 8,000 people in one paragraph, too slow to read",
                "POST",
                "/api/imports",
                "text/plain; charset=utf-8",
                bytes(SlowPages.thousandsOfNamesInOneParagraph()),
                422,
                editor()));
        c.add(bad(
                "an import with a bad publishedOn",
                "POST",
                "/api/imports?publishedOn=2019-13-01",
                "text/plain",
                bytes("A page."),
                400,
                editor()));
        c.add(bad(
                "an import whose sourceUrl is not an http address",
                "POST",
                "/api/imports?sourceUrl=file:///etc/passwd",
                "text/plain",
                bytes("A page."),
                400,
                editor()));
        c.add(bad("a PDF for import", "POST", "/api/imports", "application/pdf", bytes("%PDF-1.4"), 415, editor()));
        c.add(bad(
                "an oversized body",
                "POST",
                "STORY/corrections",
                JSON,
                bytes(VALID_FIX.replace("A new figure.", "n".repeat(70_000))),
                413,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "text/plain",
                "POST",
                "STORY/corrections",
                "text/plain",
                bytes(VALID_FIX),
                415,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "application/xml",
                "POST",
                "STORY/corrections",
                "application/xml",
                bytes("<fix/>"),
                415,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "a form post",
                "POST",
                "STORY/corrections",
                "application/x-www-form-urlencoded",
                bytes("blockId=b12&find=30%2C000"),
                415,
                ifMatch("\"r1\""),
                editor()));
        // Preconditions, keys, credentials.
        c.add(bad("no If-Match", "POST", "STORY/corrections", JSON, bytes(VALID_FIX), 428, editor()));
        c.add(bad("If-Match: *", "POST", "STORY/corrections", JSON, bytes(VALID_FIX), 428, ifMatch("*"), editor()));
        c.add(bad(
                "a stale If-Match",
                "POST",
                "STORY/corrections",
                JSON,
                bytes(VALID_FIX),
                412,
                ifMatch("\"r9\""),
                editor()));
        c.add(bad(
                "a garbage If-Match",
                "POST",
                "STORY/corrections",
                JSON,
                bytes(VALID_FIX),
                400,
                ifMatch("' OR 1=1"),
                editor()));
        c.add(bad(
                "an Idempotency-Key with spaces",
                "POST",
                "STORY/corrections",
                JSON,
                bytes(VALID_FIX),
                400,
                ifMatch("\"r1\""),
                editor(),
                key("two words")));
        c.add(bad(
                "an overlong Idempotency-Key",
                "POST",
                "STORY/corrections",
                JSON,
                bytes(VALID_FIX),
                400,
                ifMatch("\"r1\""),
                editor(),
                key("k".repeat(201))));
        c.add(bad("no credentials", "POST", "STORY/corrections", JSON, bytes(VALID_FIX), 401, ifMatch("\"r1\"")));
        c.add(bad(
                "wrong password",
                "POST",
                "STORY/corrections",
                JSON,
                bytes(VALID_FIX),
                401,
                ifMatch("\"r1\""),
                new String[] {"Authorization", Accounts.basic("catalogue-someone", "wrong")}));
        c.add(bad(
                "a malformed Authorization",
                "POST",
                "STORY/corrections",
                JSON,
                bytes(VALID_FIX),
                401,
                ifMatch("\"r1\""),
                new String[] {"Authorization", "Basic !!!"}));
        c.add(bad(
                "a reporter",
                "POST",
                "STORY/corrections",
                JSON,
                bytes(VALID_FIX),
                403,
                ifMatch("\"r1\""),
                new String[] {"Authorization", Accounts.basic("catalogue-reporter", "reporter-pw")}));
        c.add(bad(
                "an unknown article",
                "POST",
                "/api/articles/no-such-story/corrections",
                JSON,
                bytes(VALID_FIX),
                404,
                ifMatch("\"r1\""),
                editor()));
        drafting(c);
        publishing(c);
        managingAccounts(c);
        searching(c);
        reviewFindings(c);
        return c.stream();
    }

    /** Drafts: who may write them, their syntax, their rules and their limits. */
    private static void drafting(List<Bad> c) {
        String story = PublishingExamples.STORY;
        c.add(bad("a draft without credentials", "POST", "/api/articles", JSON, bytes(story), 401));
        c.add(bad(
                "a draft of malformed JSON", "POST", "/api/articles", JSON, bytes("{\"headline\": "), 400, reporter()));
        c.add(bad("a draft that is an array", "POST", "/api/articles", JSON, bytes("[]"), 400, reporter()));
        c.add(bad(
                "a draft with an unknown field",
                "POST",
                "/api/articles",
                JSON,
                bytes(story.replace("\"standfirst\"", "\"standfrist\"")),
                400,
                reporter()));
        c.add(bad(
                "a draft whose body is an object, not a list",
                "POST",
                "/api/articles",
                JSON,
                bytes("{\"headline\": \"H\", \"publisher\": \"P\", \"body\": {\"type\": \"paragraph\"}}"),
                400,
                reporter()));
        c.add(bad(
                "a draft whose event date is not a date",
                "POST",
                "/api/articles",
                JSON,
                bytes(story.replace("\"2022-01-01\"", "\"last year\"")),
                400,
                reporter()));
        c.add(bad(
                "a draft whose quote is not in its block",
                "POST",
                "/api/articles",
                JSON,
                bytes(story.replace("\"blockId\": \"b2\"", "\"blockId\": \"b1\"")),
                422,
                reporter()));
        c.add(bad(
                "a draft quoting an unknown block",
                "POST",
                "/api/articles",
                JSON,
                bytes(story.replace("\"blockId\": \"b2\"", "\"blockId\": \"b99\"")),
                422,
                reporter()));
        c.add(bad(
                "a draft whose span does not match its precision",
                "POST",
                "/api/articles",
                JSON,
                bytes(story.replace("\"start\": \"2022-01-01\"", "\"start\": \"2022-06-01\"")),
                422,
                reporter()));
        c.add(bad(
                "a draft with an overlong headline",
                "POST",
                "/api/articles",
                JSON,
                bytes(story.replace("City council approves", "h".repeat(501))),
                422,
                reporter()));
        c.add(bad(
                "a draft with a blank headline",
                "POST",
                "/api/articles",
                JSON,
                bytes(story.replace("City council approves a protected bike lane on Harbor Street", " ")),
                422,
                reporter()));
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i <= StoryLimits.BLOCKS; i++) {
            blocks.append(i == 0 ? "" : ",").append("{\"type\": \"paragraph\", \"text\": \"P.\"}");
        }
        c.add(bad(
                "a draft with too many blocks",
                "POST",
                "/api/articles",
                JSON,
                bytes("{\"headline\": \"Many\", \"publisher\": \"P\", \"body\": [" + blocks + "]}"),
                422,
                reporter()));
        c.add(bad("a draft as text/plain", "POST", "/api/articles", "text/plain", bytes(story), 415, reporter()));
        c.add(bad("replacing a published story", "PUT", "STORY", JSON, bytes(story), 409, ifMatch("\"r1\""), editor()));
        c.add(bad("replacing a draft without If-Match", "PUT", "DRAFT", JSON, bytes(story), 428, editor()));
        c.add(bad(
                "replacing a draft with a stale If-Match",
                "PUT",
                "DRAFT",
                JSON,
                bytes(story),
                412,
                ifMatch("\"r7\""),
                editor()));
        c.add(bad("deleting a published story", "DELETE", "STORY", null, null, 409, editor()));
        c.add(bad("a reporter deleting a draft", "DELETE", "DRAFT", null, null, 403, reporter()));
        c.add(bad("deleting with a stale If-Match", "DELETE", "DRAFT", null, null, 412, ifMatch("\"r5\""), editor()));
        c.add(get("/api/articles?status=draft", 400));
        c.add(bad("an unknown status", "GET", "/api/articles?status=archived", null, null, 400, editor()));
        c.add(get("DRAFT", 404));
        c.add(get("DRAFT/revisions", 404));
    }

    /** Publication and retraction: roles, preconditions, times, states. */
    private static void publishing(List<Bad> c) {
        c.add(bad(
                "a reporter publishing",
                "POST",
                "DRAFT/publication",
                JSON,
                bytes("{}"),
                403,
                ifMatch("\"r1\""),
                reporter()));
        c.add(bad("publishing without If-Match", "POST", "DRAFT/publication", JSON, bytes("{}"), 428, editor()));
        c.add(bad(
                "publishing a stale ETag",
                "POST",
                "DRAFT/publication",
                JSON,
                bytes("{}"),
                412,
                ifMatch("\"r2\""),
                editor()));
        c.add(bad(
                "publishing at a past instant",
                "POST",
                "DRAFT/publication",
                JSON,
                bytes("{\"publishAt\": \"2001-01-01T00:00:00Z\"}"),
                400,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "publishing at a time that is not an instant",
                "POST",
                "DRAFT/publication",
                JSON,
                bytes("{\"publishAt\": \"tomorrow\"}"),
                400,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "publishing twice", "POST", "STORY/publication", JSON, bytes("{}"), 409, ifMatch("\"r1\""), editor()));
        c.add(bad(
                "retracting without a note",
                "POST",
                "STORY/retraction",
                JSON,
                bytes("{}"),
                400,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "retracting a draft",
                "POST",
                "DRAFT/retraction",
                JSON,
                bytes("{\"note\": \"Why\"}"),
                409,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "correcting a draft",
                "POST",
                "DRAFT/corrections",
                JSON,
                bytes(VALID_FIX.replace("30,000", "7-2").replace("31,000", "7 to 2")),
                409,
                ifMatch("\"r1\""),
                editor()));
    }

    /** Searches, speakers and their aliases (issue 15): bounded, and every parameter checked. */
    private static void searching(List<Bad> c) {
        String un = "/api/speakers/ed381f3e-ff37-47d6-abdd-4a7c4a821e66";
        c.add(get("/api/articles?q=" + "missile+".repeat(800), 400)); // 6 KB: the service refuses q
        c.add(get("/api/timeline?q=" + "a".repeat(201), 400));
        c.add(get("/api/timeline?q=%07", 400));
        c.add(get("/api/speakers?q=" + "u".repeat(201), 400));
        c.add(get("/api/speakers?q=U%00N", 400));
        c.add(get("/api/articles?byline=Stella%00Kim", 400));
        c.add(get("/api/articles?byline=" + "s".repeat(201), 400));
        c.add(get("/api/articles?speaker=%1B%5B31m", 400));
        c.add(get("/api/articles?order=best", 400));
        c.add(get("/api/articles?order=relevance", 400));
        c.add(get("/api/quotes?order=relevance", 400));
        c.add(get("/api/timeline?order=random", 400));
        c.add(get("/api/speakers?order=newest", 400));
        c.add(get("/api/speakers/not-a-uuid", 400));
        c.add(get("/api/speakers/%27%20OR%20%271%27%3D%271", 400));
        c.add(get("/api/speakers/00000000-0000-0000-0000-000000000000", 404));
        c.add(get(un + "?size=101", 400));
        String aliases = un + "/aliases";
        c.add(bad("new aliases without credentials", "PUT", aliases, JSON, bytes("{\"aliases\": [\"UN\"]}"), 401));
        c.add(bad(
                "new aliases from a reporter",
                "PUT",
                aliases,
                JSON,
                bytes("{\"aliases\": [\"UN\"]}"),
                403,
                reporter()));
        c.add(bad("a blank alias", "PUT", aliases, JSON, bytes("{\"aliases\": [\" \"]}"), 400, editor()));
        c.add(bad("a null alias", "PUT", aliases, JSON, bytes("{\"aliases\": [null]}"), 400, editor()));
        c.add(bad("no alias list", "PUT", aliases, JSON, bytes("{}"), 400, editor()));
        c.add(bad("an alias with a NUL", "PUT", aliases, JSON, bytes("{\"aliases\": [\"U\\u0000N\"]}"), 400, editor()));
        c.add(bad("an alias on two lines", "PUT", aliases, JSON, bytes("{\"aliases\": [\"U\\nN\"]}"), 400, editor()));
        c.add(bad(
                "an alias of 201 characters",
                "PUT",
                aliases,
                JSON,
                bytes("{\"aliases\": [\"" + "u".repeat(201) + "\"]}"),
                400,
                editor()));
        c.add(bad(
                "51 aliases",
                "PUT",
                aliases,
                JSON,
                bytes("{\"aliases\": [" + "\"u\",".repeat(50) + "\"u\"]}"),
                400,
                editor()));
        c.add(bad(
                "aliases with an unknown field",
                "PUT",
                aliases,
                JSON,
                bytes("{\"aliases\": [], \"name\": \"UNO\"}"),
                400,
                editor()));
        c.add(bad("aliases that are not JSON", "PUT", aliases, JSON, bytes("UN, U.N."), 400, editor()));
        c.add(bad(
                "aliases of no one",
                "PUT",
                "/api/speakers/00000000-0000-0000-0000-000000000000/aliases",
                JSON,
                bytes("{\"aliases\": [\"UN\"]}"),
                404,
                editor()));
    }

    /** Accounts: admins only, and every field checked. */
    private static void managingAccounts(List<Bad> c) {
        c.add(get("/api/accounts", 401));
        c.add(bad("a reporter listing accounts", "GET", "/api/accounts", null, null, 403, reporter()));
        c.add(bad(
                "an account with an unknown role",
                "POST",
                "/api/accounts",
                JSON,
                bytes("{\"username\": \"someone\", \"password\": \"long enough secret\", \"roles\": [\"owner\"]}"),
                400,
                editor()));
        c.add(bad(
                "an account naming more roles than there are",
                "POST",
                "/api/accounts",
                JSON,
                bytes("{\"username\": \"someone\", \"password\": \"long enough secret\","
                        + " \"roles\": [\"reporter\", \"reporter\", \"editor\", \"editor\"]}"),
                400,
                editor()));
        c.add(bad(
                "an account with a short password",
                "POST",
                "/api/accounts",
                JSON,
                bytes("{\"username\": \"someone\", \"password\": \"short\", \"roles\": [\"reporter\"]}"),
                400,
                editor()));
        c.add(bad(
                "an account with a username of SQL",
                "POST",
                "/api/accounts",
                JSON,
                bytes("{\"username\": \"x'; drop table editor_account;--\", \"password\": \"long enough secret\","
                        + " \"roles\": [\"reporter\"]}"),
                400,
                editor()));
        c.add(bad(
                "an account that exists",
                "POST",
                "/api/accounts",
                JSON,
                bytes("{\"username\": \"catalogue-reporter\", \"password\": \"long enough secret\","
                        + " \"roles\": [\"reporter\"]}"),
                409,
                editor()));
        c.add(bad("changing nothing", "PATCH", "/api/accounts/catalogue-reporter", JSON, bytes("{}"), 400, editor()));
        c.add(bad(
                "changing an unknown account",
                "PATCH",
                "/api/accounts/nobody-at-all",
                JSON,
                bytes("{\"enabled\": false}"),
                404,
                editor()));
        c.add(bad(
                "an admin disabling themselves",
                "PATCH",
                "/api/accounts/editor",
                JSON,
                bytes("{\"enabled\": false}"),
                409,
                editor()));
    }

    private static String[] reporter() {
        return new String[] {"Authorization", Accounts.basic("catalogue-reporter", "reporter-pw")};
    }

    private static final String EVENT = "{\"eventId\": \"cf66fad8-c691-44d7-ae40-d9415620468c\", ";

    /** What a review found answered 500, or accepted, before (issue 10): each is a 4xx problem now. */
    private static void reviewFindings(List<Bad> c) {
        // Query strings Tomcat cannot decode (more in whatTomcatRefusesIsAProblemAndChangesNothing: %zz, %2).
        c.add(get("/api/quotes?=x", 400));
        c.add(get("/api/quotes?speaker=%FF", 400));
        c.add(get("/api/articles?q=%C0%AF", 400)); // an overlong "/"
        c.add(get("/api/articles?q=%ED%A0%80", 400)); // a lone surrogate
        c.add(get("/api/timeline?" + "p=1&".repeat(1_000) + "p=1", 400)); // 1,001 parameters
        c.add(get("/actuator/health?=x", 400));
        c.add(bad("multipart without a boundary, on a GET", "GET", "/api/articles", "multipart/form-data", null, 400));
        c.add(bad("a Content-Type that is not one", "GET", "/api/articles", "not a type", null, 400));
        // Unknown, repeated and oddly written parameters.
        c.add(get("/api/timeline?onn=2017", 400));
        c.add(get("/api/articles?q=defector&Q=x", 400));
        c.add(get("STORY?fields=headline", 400));
        c.add(get("/api/articles?size=5&size=500", 400));
        c.add(get("/api/articles?size=500&size=5", 400));
        c.add(get("/api/articles?on=2017&on=2018", 400));
        c.add(get("/api/quotes?page=0x10", 400));
        c.add(get("/api/quotes?page=%D9%A1", 400)); // Arabic-Indic digit one
        c.add(get("/api/quotes?size=%EF%BC%95", 400)); // fullwidth digit five
        c.add(get("/api/quotes?page=+1", 400));
        c.add(get("/api/quotes?page=1.0", 400));
        c.add(get("STORY/revisions/0x1", 400));
        c.add(get("STORY/revisions/%D9%A1", 400));
        // Bodies on requests that take none.
        c.add(bad("a GET with a body", "GET", "/api/articles", JSON, bytes("{}"), 400));
        c.add(bad("a DELETE with a body", "DELETE", "STORY", JSON, bytes("{}"), 400, editor()));
        // Ambiguous or loose bodies: refused, naming the field, not guessed at.
        c.add(post(
                "kind given twice",
                VALID_FIX.replace("\"kind\": \"update\"", "\"kind\": \"update\", \"kind\": \"typo\""),
                400));
        c.add(post(
                "blockId given twice",
                VALID_FIX.replace("\"blockId\": \"b12\"", "\"blockId\": \"b12\", \"blockId\": \"b6\""),
                400));
        c.add(post("approximate as 1", EVENT + "\"approximate\": 1, \"kind\": \"typo\"}", 400));
        c.add(post("approximate as \"true\"", EVENT + "\"approximate\": \"true\", \"kind\": \"typo\"}", 400));
        c.add(post("a date as an array", EVENT + "\"start\": [2017, 9, 3], \"kind\": \"typo\"}", 400));
        c.add(post("a date as a day count", EVENT + "\"start\": 17412, \"kind\": \"typo\"}", 400));
        c.add(post("a date as an instant", EVENT + "\"start\": \"2017-09-03T00:00:00Z\", \"kind\": \"typo\"}", 400));
        c.add(post("a date with a time", EVENT + "\"start\": \"2017-09-03T10:00\", \"kind\": \"typo\"}", 400));
        c.add(post("a date written short", EVENT + "\"start\": \"2017-9-3\", \"kind\": \"typo\"}", 400));
        c.add(post("an empty date", EVENT + "\"start\": \"\", \"kind\": \"typo\"}", 400));
        c.add(post("blockId as a number", VALID_FIX.replace("\"b12\"", "12"), 400));
        c.add(post("replace as a number", VALID_FIX.replace("\"31,000\"", "31000"), 400));
        c.add(post("kind as a boolean", VALID_FIX.replace("\"update\"", "true"), 400));
        c.add(bad(
                "an overlong UTF-8 slash in the body",
                "POST",
                "STORY/corrections",
                JSON,
                concat(
                        bytes("{\"blockId\": \"b12\", \"find\": \"30,000\", \"replace\": \"31"),
                        new byte[] {(byte) 0xC0, (byte) 0xAF},
                        bytes("000\", \"kind\": \"typo\"}")),
                400,
                ifMatch("\"r1\""),
                editor()));
        c.add(bad(
                "a UTF-8-encoded surrogate in the body",
                "POST",
                "STORY/corrections",
                JSON,
                concat(
                        bytes("{\"blockId\": \"b12\", \"find\": \"30,000\", \"replace\": \"31"),
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        bytes("000\", \"kind\": \"typo\"}")),
                400,
                ifMatch("\"r1\""),
                editor()));
        // Text that says nothing, or hides what it says.
        c.add(post(
                "a headline replaced by a zero-width space",
                "{\"field\": \"headline\", \"find\": \"N. Korean defector whose escape went viral understands why he was shot\", \"replace\": \"\\u200b\", \"kind\": \"typo\"}",
                422));
        c.add(post(
                "a paragraph replaced by no-break spaces",
                "{\"blockId\": \"b7\", \"find\": \"The two Koreas are technically still in a state of war since the 1950-53 conflict ended in an armistice rather than a peace treaty.\", \"replace\": \"\\u00a0\\u200b\\u00a0\", \"kind\": \"typo\"}",
                422));
        c.add(post(
                "a line feed in the headline",
                "{\"field\": \"headline\", \"find\": \"N. Korean\", \"replace\": \"N.\\nKorean\", \"kind\": \"typo\"}",
                400));
        c.add(post(
                "a carriage return in the headline",
                "{\"field\": \"headline\", \"find\": \"N. Korean\", \"replace\": \"N.\\rKorean\", \"kind\": \"typo\"}",
                400));
        c.add(post("a tab in an event title", EVENT + "\"title\": \"The Korean\\tWar\", \"kind\": \"typo\"}", 400));
        c.add(post(
                "a line separator in an event title",
                EVENT + "\"find\": \"nuclear test\", \"replace\": \"nuclear\\u2028test\", \"kind\": \"typo\"}",
                400));
        c.add(post("a title of zero-width spaces", EVENT + "\"title\": \"\\u200b\\u200b\", \"kind\": \"typo\"}", 400));
        c.add(post("a right-to-left override in body text", VALID_FIX.replace("\"31,000\"", "\"31,000\\u202e\""), 400));
        c.add(post("a noncharacter in body text", VALID_FIX.replace("\"31,000\"", "\"31,000\\uffff\""), 400));
        c.add(post("a note of zero-width spaces", VALID_FIX.replace("A new figure.", "\\u200b\\u200b"), 400));
        c.add(post("a note of no-break spaces", VALID_FIX.replace("A new figure.", "\\u00a0"), 400));
        // A quote's words copied elsewhere in its block: it could never be corrected again.
        c.add(post(
                "a quote's words copied elsewhere in its block",
                "{\"blockId\": \"b8\", \"find\": \"Today,\", \"replace\": \"Today, strikingly similar,\", \"kind\": \"typo\"}",
                409));
        // If-Match that is not an entity tag.
        for (String malformed : List.of("r1", "\"r1", "W/r1", "\"r1\" \"r2\"", "\"r1\",")) {
            c.add(bad(
                    "If-Match: " + malformed,
                    "POST",
                    "STORY/corrections",
                    JSON,
                    bytes(VALID_FIX),
                    400,
                    ifMatch(malformed),
                    editor()));
        }
        // Authorization spellings that are not HTTP Basic: refused, without a password check.
        for (String spelling : List.of("BasicX ", "Basic\t", "BASIC:")) {
            c.add(bad(
                    "Authorization: " + spelling.strip() + " credentials",
                    "POST",
                    "STORY/corrections",
                    JSON,
                    bytes(VALID_FIX),
                    401,
                    ifMatch("\"r1\""),
                    new String[] {"Authorization", spelling + Accounts.editor().substring("Basic ".length())}));
        }
        c.add(bad("a Bearer token on a read", "GET", "STORY", null, null, 401, new String[] {"Authorization", "Bearer x"
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRefusedWithAProblemAndChangesNothing(Bad bad, CapturedOutput log) {
        Map<String, String> before = TableChecksums.of(jdbc);
        Reply reply = new Http(port)
                .send(
                        bad.method(),
                        bad.path().replace("STORY", story).replace("DRAFT", draft),
                        bad.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bad.body()),
                        headers(bad));
        reply.problem(bad.status());
        assertThat(TableChecksums.of(jdbc)).as("tables after %s", bad.name()).isEqualTo(before);
        assertNoStackTrace(log, bad.name());
        synchronized (ANSWERED) {
            ANSWERED.merge(reply.status(), 1, Integer::sum);
        }
    }

    @Test
    void whatTomcatRefusesIsAProblemAndChangesNothing(CapturedOutput log) {
        Map<String, String> before = TableChecksums.of(jdbc);
        for (String request : List.of(
                "GET /api/timeline?on=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/timeline?a=%2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /actuator/health?on=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/articles/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/articles/a%00b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/articles?q=" + "q".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Big: " + "h".repeat(20_000)
                        + "\r\nConnection: close\r\n\r\n")) {
            String answer = RawHttp.exchange(port, request);
            assertThat(RawHttp.status(answer))
                    .as(answer.lines().findFirst().orElse(""))
                    .isBetween(400, 499);
            assertThat(answer).contains("application/problem+json").doesNotContain("<html", "Tomcat");
            synchronized (ANSWERED) {
                ANSWERED.merge(RawHttp.status(answer), 1, Integer::sum);
            }
        }
        assertThat(TableChecksums.of(jdbc)).isEqualTo(before);
        assertNoStackTrace(log, "requests Tomcat refuses");
    }

    /**
     * A client's mistake is answered, not logged as a fault: no stack trace, so a flood of bad requests cannot fill the
     * log (a malformed query string used to log 22 KB of stack trace each).
     */
    private static void assertNoStackTrace(CapturedOutput log, String what) {
        assertThat(log.getAll()).as("the log while serving %s", what).doesNotContain("\tat ", "Caused by:");
    }

    /** One client address may hold 4 change streams open (newsdesk.changes.stream.max-streams-per-client). */
    @Test
    void aFifthChangeStreamFromOneAddressIsA429AndChangesNothing(CapturedOutput log) {
        Map<String, String> before = TableChecksums.of(jdbc);
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                open.add(EventStream.open(port, "/api/changes"));
                assertThat(open.get(i).status()).isEqualTo(200);
            }
            Reply refused = new Http(port).get("/api/changes", "Last-Event-ID", "1");
            refused.problem(429);
            assertThat(refused.header("Retry-After")).isEqualTo("30");
            synchronized (ANSWERED) {
                ANSWERED.merge(refused.status(), 1, Integer::sum);
            }
        } finally {
            open.forEach(EventStream::close);
        }
        assertThat(TableChecksums.of(jdbc)).isEqualTo(before);
        assertNoStackTrace(log, "a fifth change stream");
    }

    @Test
    void aStoryLargerThanTheStoryLimitIsRefusedOnItsLengthBeforeAnyOfItIsRead() {
        Map<String, String> before = TableChecksums.of(jdbc);
        String answer = RawHttp.exchange(
                port,
                "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Authorization: " + Accounts.basic("catalogue-reporter", "reporter-pw") + "\r\n"
                        + "Content-Length: 2100000\r\nConnection: close\r\n\r\n");
        assertThat(RawHttp.status(answer))
                .as(answer.lines().findFirst().orElse(""))
                .isEqualTo(413);
        assertThat(answer).contains("application/problem+json", "payload-too-large");
        assertThat(TableChecksums.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theCatalogueIsBigEnough() {
        assertThat(catalogue().count()).isGreaterThanOrEqualTo(50);
    }

    @AfterAll
    void writeDownTheFigures() throws IOException {
        StringBuilder figures = new StringBuilder("status  requests\n");
        ANSWERED.forEach((status, count) ->
                figures.append(status).append("     ").append(count).append('\n'));
        Path out = Path.of("target", "reliability", "bad-input-answers.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);
        System.out.println("Bad input catalogue, answers by status:\n" + figures);
    }

    private static String[] headers(Bad bad) {
        List<String> all = new ArrayList<>(bad.headers());
        if (bad.contentType() != null) {
            all.add("Content-Type");
            all.add(bad.contentType());
        }
        return all.toArray(String[]::new);
    }

    private static Bad get(String path, int status) {
        return bad("GET " + path.substring(0, Math.min(path.length(), 80)), "GET", path, null, null, status);
    }

    private static Bad post(String name, String json, int status) {
        return bad(name, "POST", "STORY/corrections", JSON, bytes(json), status, ifMatch("\"r1\""), editor());
    }

    private static String[] editor() {
        return new String[] {"Authorization", Accounts.editor()};
    }

    private static String[] ifMatch(String etag) {
        return new String[] {"If-Match", etag};
    }

    private static String[] key(String key) {
        return new String[] {"Idempotency-Key", key};
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Stream.of(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
