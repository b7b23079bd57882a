package com.newsdesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.reading.ArticleReader;
import com.newsdesk.domain.reading.ImportedStory;
import com.newsdesk.domain.reading.PageMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development set (article-domain's devset) as HTML: each page's text inside a site's header, navigation, sidebar
 * of other stories and footer ({@link ImporterBench#html}), read by the HTML adapter and then the domain reader. The
 * main content must keep the article's paragraphs and leave the site's furniture out; prints the figures.
 */
class DevSetHtmlScoreTest {

    @Test
    void theHtmlAdapterKeepsTheArticleAndLeavesTheSite() throws Exception {
        Path devset = Path.of("../article-domain/src/test/resources/devset");
        JsonMapper json = JsonMapper.builder().build();
        int paragraphs = 0;
        int verbatim = 0;
        int furniture = 0;
        int leaked = 0;
        int quotes = 0;
        int found = 0;
        int pages = 0;
        List<String> sidebar = List.of("Another story about something", "All rights reserved", "Most read");
        try (Stream<Path> files = Files.list(devset)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode a = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
                String text = Files.readString(devset.resolve(a.get("text_file").asText()), StandardCharsets.UTF_8);
                HtmlPage.Read read = HtmlPage.read(ImporterBench.html(text));
                JsonNode published = a.get("published_on");
                PageMetadata caller = new PageMetadata(
                        null,
                        null,
                        List.of(),
                        null,
                        published == null || published.isNull() ? null : LocalDate.parse(published.asText()),
                        null);
                ImportedStory story =
                        new ArticleReader().read(read.text(), read.metadata().orElse(caller));
                pages++;
                for (JsonNode p : a.get("paragraphs")) {
                    paragraphs++;
                    if (story.paragraphs().contains(p.asText())) {
                        verbatim++;
                    }
                }
                List<String> lines = new ArrayList<>(sidebar);
                a.get("boilerplate").forEach(b -> lines.add(b.asText()));
                List<String> expected = new ArrayList<>();
                a.get("paragraphs").forEach(p -> expected.add(p.asText()));
                for (String line : lines) {
                    furniture++;
                    // (A paragraph of the story holding the same words is no leak, as in DevSetScoreTest.)
                    if (story.paragraphs().stream().anyMatch(p -> p.contains(line) && !expected.contains(p))) {
                        leaked++;
                    }
                }
                for (JsonNode q : a.get("quotes")) {
                    quotes++;
                    String t = q.get("text").asText().strip().replaceAll("[,.;:]+$", "");
                    if (story.quotes().stream()
                            .anyMatch(f ->
                                    f.text().strip().replaceAll("[,.;:]+$", "").equals(t))) {
                        found++;
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "development set as HTML: %d pages%n  paragraphs verbatim %5.1f%% (%d/%d)%n"
                        + "  furniture leaked    %5.1f%% (%d/%d, the site's own included)%n"
                        + "  quotes found        %5.1f%% (%d/%d)%n",
                pages,
                100.0 * verbatim / paragraphs,
                verbatim,
                paragraphs,
                100.0 * leaked / furniture,
                leaked,
                furniture,
                100.0 * found / quotes,
                found,
                quotes);
        assertThat(pages).isGreaterThanOrEqualTo(513);
        assertThat(100.0 * verbatim / paragraphs).isGreaterThanOrEqualTo(FLOOR_PARAGRAPHS);
        assertThat(100.0 * leaked / furniture).isLessThanOrEqualTo(CEILING_FURNITURE);
        assertThat(100.0 * found / quotes).isGreaterThanOrEqualTo(FLOOR_QUOTES);
    }

    static final double FLOOR_PARAGRAPHS = 97;
    static final double CEILING_FURNITURE = 2;
    static final double FLOOR_QUOTES = 95;
}
