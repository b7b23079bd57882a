package com.newsdesk.domain.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.newsdesk.domain.reading.ImportedStory.ImportedEvent;
import com.newsdesk.domain.reading.ImportedStory.ImportedQuote;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The reader, fuzzed: whatever the text, it answers (never throws), and what it answers holds together: every
 * paragraph is the page's own words, every quote stands verbatim in its paragraph, every event's phrase in its
 * paragraph, with a span whose start is not after its end.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the inputs in {@code ArticleReaderFuzzTestInputs/read} (hand-written
 * seeds, and any crash once found); with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ArticleReaderFuzzTest {

    private final ArticleReader reader = new ArticleReader();

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({
        "“",
        "”",
        "\"",
        "‘",
        "’",
        " said ",
        " told ",
        "according to ",
        ", a spokesman, said",
        " he ",
        "Mr. ",
        "Nov. 13, 2017",
        "13 November",
        " 1950-53",
        "between 25 and 28 July",
        "mid-2020",
        "the 1990s",
        "on Monday",
        "a month before ",
        "two weeks after ",
        "last Friday",
        "later this year",
        "By ",
        "WASHINGTON (AP) — ",
        " date 2024-02-08 ",
        "Sign up",
        "Related",
        ":"
    })
    void read(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        ImportedStory story =
                reader.read(text, new PageMetadata(null, null, List.of(), null, LocalDate.of(2019, 4, 18), null));
        for (String paragraph : story.paragraphs()) {
            assertThat(text).contains(paragraph);
            assertThat(paragraph).isNotBlank();
        }
        for (ImportedQuote q : story.quotes()) {
            assertThat(story.paragraphs().get(q.paragraph())).contains(q.text());
            assertThat(q.speaker()).isNotBlank();
        }
        for (ImportedEvent e : story.events()) {
            assertThat(story.paragraphs().get(e.paragraph())).contains(e.phrase());
            assertThat(e.span().start()).isBeforeOrEqualTo(e.span().end());
            assertThat(e.title()).isNotBlank();
        }
    }
}
