package com.newsdesk.api.search;

import static com.newsdesk.api.support.Http.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Aliases are data editors keep: a new one finds the speaker at once, everywhere (quotes, articles, the directory),
 * and every story quoting the speaker moves to a new revision that shows it, so cached answers and ETags move on.
 */
@ApiTest
@TestPropertySource(properties = "newsdesk.test.database=speaker-aliases") // its own database: it changes the seed
class SpeakerAliasesTest {

    static final String UN = "/api/speakers/ed381f3e-ff37-47d6-abdd-4a7c4a821e66";
    static final String STORY = "/api/articles/" + SearchCookbookTest.SLUG;

    @LocalServerPort
    int port;

    @Test
    void anEditorGivesTheUnANewAliasAndEveryReaderSeesItAtOnce() {
        Http http = new Http(port);
        // Read (and so cache) what the change must move on.
        assertThat(http.get("/api/quotes?speaker=" + encode("the world body"))
                        .expect(200)
                        .json()
                        .path("content"))
                .isEmpty();
        Reply story = http.get(STORY).expect(200);
        String storyTag = story.header("ETag");
        Reply directory = http.get("/api/speakers?q=un").expect(200);
        String directoryTag = directory.header("ETag");
        assertThat(http.get("/api/speakers?q=un", "If-None-Match", directoryTag).status())
                .isEqualTo(304);

        JsonNode speaker = http.json(
                        "PUT",
                        UN + "/aliases",
                        "{\"aliases\": [\"UN\", \"U.N.\", \"the world body\", \"un\", \"United Nations\"]}",
                        "Authorization",
                        Accounts.editor())
                .expect(200)
                .json();
        // Duplicates (by case) and the speaker's own name are dropped; the rest kept in one order.
        assertThat(speaker.path("aliases").toString()).isEqualTo("[\"U.N.\",\"UN\",\"the world body\"]");

        assertThat(http.get("/api/quotes?speaker=" + encode("The World Body"))
                        .expect(200)
                        .json()
                        .path("content")
                        .findValuesAsString("text"))
                .containsExactly("strikingly similar");
        assertThat(http.get("/api/articles?speaker=" + encode("world body"))
                        .expect(200)
                        .json()
                        .path("content"))
                .hasSize(1);
        // The change is heard by the read cache a moment after it commits: the list it kept is evicted then.
        Reply changed = eventually(() -> http.get("/api/speakers?q=un", "If-None-Match", directoryTag));
        assertThat(changed.text()).contains("the world body");

        // The story quoting the UN shows the new alias, at a new revision recorded in its history.
        Reply after = eventually(() -> http.get(STORY, "If-None-Match", storyTag));
        assertThat(after.header("ETag")).isNotEqualTo(storyTag);
        assertThat(after.text()).contains("the world body");
        JsonNode history = http.get(STORY + "/revisions").expect(200).json();
        JsonNode last = history.path(history.size() - 1);
        assertThat(last.path("kind").asString()).isEqualTo("speaker");
        assertThat(last.path("editor").asString()).isEqualTo(Accounts.EDITOR);

        // The same aliases again change nothing.
        String tag = after.header("ETag");
        http.json(
                        "PUT",
                        UN + "/aliases",
                        "{\"aliases\": [\"UN\", \"U.N.\", \"the world body\"]}",
                        "Authorization",
                        Accounts.editor())
                .expect(200);
        assertThat(http.get(STORY, "If-None-Match", tag).status()).isEqualTo(304);
    }

    /** The first 200 answer within two seconds (a 304 until the cache has heard of the change). */
    private static Reply eventually(Supplier<Reply> read) {
        long from = System.nanoTime();
        while (true) {
            Reply reply = read.get();
            if (reply.status() == 200 || (System.nanoTime() - from) / 1_000_000 > 2_000) {
                return reply.expect(200);
            }
        }
    }
}
