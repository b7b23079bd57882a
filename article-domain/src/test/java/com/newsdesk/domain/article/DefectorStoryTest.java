package com.newsdesk.domain.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.SeedMigration;
import com.newsdesk.domain.SeedMigration.DatedRow;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test fixture is the seeded story, word for word and date for date. */
class DefectorStoryTest {

    private final SeedMigration seed = SeedMigration.read();
    private final Article story = DefectorStory.article();

    @Test
    void everyBlockReadsAsTheSeedHasIt() {
        Map<String, String> fixture = new LinkedHashMap<>();
        story.body().forEach(b -> fixture.put(b.id().value(), b.text()));

        assertThat(seed.blockTexts()).hasSize(13).containsExactlyEntriesOf(fixture);
    }

    @Test
    void everyQuoteAndDatingPhraseIsSeededWithTheSameDates() {
        for (Quote quote : story.quotes()) {
            assertThat(seed.contains("'" + quote.text() + "'"))
                    .as("quote %s is seeded", quote.id())
                    .isTrue();
            assertThat(seed.datedRow(quote.context()))
                    .as("the dating of quote %s", quote.id())
                    .isEqualTo(new DatedRow(
                            quote.said().start(),
                            quote.said().end(),
                            quote.said().precision().code(),
                            quote.said().approximate(),
                            quote.context()));
        }
        for (TimelineEvent event : story.timeline()) {
            assertThat(seed.contains("'" + event.title() + "'"))
                    .as("event %s is seeded", event.id())
                    .isTrue();
            assertThat(seed.datedRow(event.phrase()))
                    .as("the dating of event %s", event.id())
                    .isEqualTo(new DatedRow(
                            event.when().start(),
                            event.when().end(),
                            event.when().precision().code(),
                            event.when().approximate(),
                            event.phrase()));
        }
        assertThat(seed.datedRows())
                .hasSize(story.quotes().size() + story.timeline().size());
    }

    @Test
    void theIdsAreTheSeededOnes() {
        assertThat(seed.contains("'" + story.id() + "'")).isTrue();
        assertThat(seed.contains("'" + story.slug() + "'")).isTrue();
        story.quotes()
                .forEach(q -> assertThat(seed.contains("'" + q.id() + "'"))
                        .as("quote id %s", q.id())
                        .isTrue());
        story.timeline()
                .forEach(e -> assertThat(seed.contains("'" + e.id() + "'"))
                        .as("event id %s", e.id())
                        .isTrue());
    }
}
