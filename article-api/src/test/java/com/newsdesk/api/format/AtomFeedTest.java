package com.newsdesk.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.GeneratedStories;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.Fixtures;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Atom feeds, read back by ROME's Atom 1.0 parser and checked for what RFC 4287 requires (ids, titles, updated,
 * authors, links), with conditional GET.
 */
@ApiTest
class AtomFeedTest {

    private static final String ARTICLES = "/api/feeds/articles.atom";
    private static final String CORRECTIONS = "/api/feeds/corrections.atom";

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theArticlesFeedListsTheLatestStoriesNewestFirstWithTheirAuthorsAndLinks() throws Exception {
        // Published "later" than any other test's story, so it is the first entry however many there are.
        Article latest = Article.firstPublished(
                        ArticleId.newId(),
                        Fixtures.uniqueSlug("atom-latest"),
                        Fixtures.freshDefectorStory(),
                        Instant.parse("2098-01-01T00:00:00Z"),
                        "newsdesk")
                .article();
        publishing.importPublished(latest.id(), latest.slug(), latest.story(), latest.publishedAt(), "newsdesk");
        Reply reply = http.get(ARTICLES, "Cache-Control", "no-cache").expect(200);
        assertThat(reply.header("Content-Type")).startsWith("application/atom+xml");
        Feed feed = atom(reply);
        assertThat(feed.getEntries()).hasSizeBetween(2, FeedController.ENTRIES);

        Entry first = feed.getEntries().get(0);
        assertThat(first.getId()).isEqualTo("urn:uuid:" + latest.id());
        assertThat(first.getTitle())
                .isEqualTo("N. Korean defector whose escape went viral understands why he was shot");
        assertThat(first.getAuthors()).extracting(a -> a.getName()).containsExactly("Stella Kim", "Alexander Smith");
        assertThat(first.getSummary().getValue()).startsWith("It was a dash for freedom");
        assertThat(first.getPublished().toInstant()).isEqualTo(latest.publishedAt());
        assertThat(first.getAlternateLinks())
                .extracting(Link::getHref)
                .allMatch(href -> href.endsWith("/" + latest.slug()));
        assertThat(feed.getUpdated().toInstant()).isEqualTo(latest.updatedAt());
        assertThat(feed.getEntries().stream().map(Entry::getPublished).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aCorrectionAppearsInTheCorrectionsFeedAndChangesItsTag() throws Exception {
        Reply before = http.get(CORRECTIONS, "Cache-Control", "no-cache").expect(200);
        atom(before);
        Article story = GeneratedStories.add(233, publishing);
        String path = "/api/articles/" + story.slug();
        FormatTests.correct(http, path, "Event 2", "Event two", "update", "An update & a <note>.");

        Reply after = http.get(CORRECTIONS, "Cache-Control", "no-cache").expect(200);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        Feed feed = atom(after);
        Entry notice = feed.getEntries().get(0);
        String noticeId =
                http.get(path + "/corrections").json().path(0).path("id").asString();
        assertThat(notice.getId()).isEqualTo("urn:uuid:" + noticeId);
        assertThat(notice.getTitle()).isEqualTo("Update: " + story.headline());
        assertThat(notice.getSummary().getValue()).isEqualTo("An update & a <note>.");
        assertThat(notice.getOtherLinks())
                .extracting(Link::getHref)
                .allMatch(href -> href.endsWith(path + "/revisions/2"));
        assertThat(feed.getUpdated()).isEqualTo(notice.getUpdated());
    }

    @Test
    void aReaderPollingAnUnchangedFeedGetsNotModified() {
        for (String path : List.of(ARTICLES, CORRECTIONS)) {
            Reply feed = http.get(path, "Cache-Control", "no-cache").expect(200);
            String etag = feed.header("ETag");
            assertThat(etag).matches("\"f-[0-9a-f]{32}\"");
            assertThat(feed.header("Last-Modified")).isNotBlank();
            assertThat(feed.header("Cache-Control")).contains("public");
            http.get(path, "If-None-Match", etag).expect(304);
            http.get(path, "If-Modified-Since", feed.header("Last-Modified")).expect(304);
            http.get(path, "If-None-Match", "\"f-00000000000000000000000000000000\"")
                    .expect(200);
        }
    }

    /** Parses an Atom 1.0 feed and checks what RFC 4287 requires of it and of every entry. */
    private static Feed atom(Reply reply) throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(reply.text()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).startsWith("http");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
        for (Entry entry : feed.getEntries()) {
            assertThat(entry.getId()).startsWith("urn:uuid:");
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getAlternateLinks()).extracting(Link::getType).contains("text/html");
        }
        return feed;
    }
}
