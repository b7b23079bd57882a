package com.newsdesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.newsdesk.domain.reading.ArticleReader;
import com.newsdesk.domain.reading.ImportedStory;
import java.nio.charset.StandardCharsets;

/**
 * The HTML adapter, fuzzed: any bytes are a page it reads or one it refuses as unreadable (never another exception),
 * and what it reads goes through the domain reader without failing. Without {@code JAZZER_FUZZ} this runs the inputs
 * in {@code HtmlPageFuzzTestInputs/read}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class HtmlPageFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({
        "<html>",
        "<body>",
        "<p>",
        "</p>",
        "<div class=\"article-body\">",
        "<article>",
        "<nav>",
        "<script" + " type=\"application/ld+json\">",
        "{\"@type\":\"NewsArticle\",\"headline\":\"",
        "\"datePublished\":\"",
        "<meta property=\"og:title\" content=\"",
        "<time datetime=\"2019-04-15\">",
        "</div>",
        "“",
        "” said ",
        "<h1>"
    })
    void read(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        HtmlPage.Read read;
        try {
            read = HtmlPage.read(html);
        } catch (ImportRefusedException refused) {
            assertThat(refused.detail()).isNotBlank();
            return;
        }
        ImportedStory story = new ArticleReader().read(read.text(), read.metadata());
        assertThat(story.paragraphs()).allSatisfy(p -> assertThat(read.text()).contains(p));
    }
}
