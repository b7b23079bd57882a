package com.newsdesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.reading.ArticleReader;
import com.newsdesk.domain.reading.ImportedStory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The HTML adapter under random pages: any text is a page it reads or one it refuses as unreadable (never another
 * exception), and what it reads goes through the domain reader without failing. The pages are built from HTML and
 * news fragments with a fixed seed (so a failure repeats), plus the inputs in {@code HtmlPageFuzzTestInputs/read}.
 *
 * <p>Not Jazzer, unlike the domain reader's {@code ArticleReaderFuzzTest}: Jazzer's agent, loaded into this module's
 * test JVM, breaks the Spring contexts of the HTTP tests that run after it (records lose their parameter names).
 */
class HtmlPageFuzzTest {

    private static final List<String> FRAGMENTS = List.of(
            "<html>",
            "<body>",
            "<p>",
            "</p>",
            "<div class=\"article-body\">",
            "<article>",
            "<nav>",
            "</nav>",
            "<script type=\"application/ld+json\">",
            "{\"@type\":\"NewsArticle\",\"headline\":\"",
            "\"datePublished\":\"",
            "<meta property=\"og:title\" content=\"",
            "<time datetime=\"2019-04-15\">",
            "</div>",
            "“",
            "” said ",
            "<h1>",
            "</script>",
            "<!--",
            "-->",
            "<table><td>",
            "&amp;",
            "&#0;",
            "\u0000",
            "<",
            ">",
            "\"",
            "'",
            " ",
            "Anna Berg",
            " on Monday",
            " Nov. 13, 2017",
            "By Jane Doe",
            "WASHINGTON (AP) — ",
            "Sign up",
            "\n",
            "<p>The council voted on the plan after a long debate, officials said.</p>",
            "<div>",
            "<span>",
            "}",
            "]");

    private static void check(String html) {
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

    @Test
    void randomPages() {
        Random random = new Random(13);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder page = new StringBuilder();
            int parts = random.nextInt(80);
            for (int j = 0; j < parts; j++) {
                if (random.nextInt(10) == 0) {
                    page.append((char) random.nextInt(0x3000));
                } else {
                    page.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                }
            }
            check(page.toString());
        }
    }

    @Test
    void savedInputs() throws IOException {
        for (String name : List.of("deep-divs", "odd-json-ld", "broken-tags")) {
            try (InputStream in = HtmlPageFuzzTest.class.getResourceAsStream("HtmlPageFuzzTestInputs/read/" + name)) {
                check(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
