package com.newsdesk.domain.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.failure.FailureKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader with a time limit gives up on the page once it has passed, and reads as the reader without one before. */
class ReadingTimeLimitTest {

    private static final PageMetadata PAGE =
            new PageMetadata(null, null, List.of(), "NBC News", LocalDate.of(2019, 4, 15), null);

    @Test
    void aPageNotReadWithinTheLimitIsGivenUp() throws Exception {
        assertThatThrownBy(() -> new ArticleReader(Duration.ZERO).read(SeedRoundTripTest.seedText(), PAGE))
                .isInstanceOfSatisfying(PageTooSlowToReadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.UNPROCESSABLE);
                    assertThat(e.code()).isEqualTo("import-too-slow");
                    assertThat(e.getMessage()).contains("could not be read within");
                });
    }

    @Test
    void withinTheLimitThePageReadsAsWithoutOne() throws Exception {
        ImportedStory limited = new ArticleReader(Duration.ofMinutes(1)).read(SeedRoundTripTest.seedText(), PAGE);
        assertThat(limited).isEqualTo(new ArticleReader().read(SeedRoundTripTest.seedText(), PAGE));
        assertThat(limited.quotes()).hasSize(6);
    }
}
