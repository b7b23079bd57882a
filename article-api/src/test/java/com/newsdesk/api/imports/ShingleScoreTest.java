package com.newsdesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's measure, checked on pages small enough to count by hand. */
class ShingleScoreTest {

    @Test
    void theSameTextScoresOne() {
        ShingleScore s = ShingleScore.of("One two three four five.", "One two three four five.");
        assertThat(s.precision()).isEqualTo(1);
        assertThat(s.recall()).isEqualTo(1);
    }

    @Test
    void extraWordsCostPrecisionAndMissingWordsCostRecall() {
        // truth shingles: [a b c d], [b c d e]; extraction: [a b c d], [b c d x], [c d x y]
        ShingleScore s = ShingleScore.of("a b c d e", "a b c d x y");
        assertThat(s.tp()).isCloseTo(1.0 / 4, within(1e-9));
        assertThat(s.fp()).isCloseTo(2.0 / 4, within(1e-9));
        assertThat(s.fn()).isCloseTo(1.0 / 4, within(1e-9));
        assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.recall()).isCloseTo(1.0 / 2, within(1e-9));
    }

    @Test
    void punctuationAndLineBreaksAreNotWords() {
        assertThat(ShingleScore.tokens("“Yes,” she said—twice.\n\nNo_one 2019"))
                .containsExactly("Yes", "she", "said", "twice", "No_one", "2019");
        assertThat(ShingleScore.of("Yes, she said it twice.", "Yes she said\nit twice")
                        .precision())
                .isEqualTo(1);
    }

    @Test
    void repeatedShinglesCountEachTime() {
        ShingleScore s = ShingleScore.of("a b c d", "a b c d a b c d");
        // extraction has [a b c d] twice, [b c d a], [c d a b], [d a b c]: one true, four extra
        assertThat(s.precision()).isCloseTo(1.0 / 5, within(1e-9));
        assertThat(s.recall()).isEqualTo(1);
    }

    @Test
    void anEmptyExtractionCountsForRecallOnlyAndTheMeansAreOverPages() {
        ShingleScore nothing = ShingleScore.of("a b c d e", "");
        assertThat(nothing.recall()).isZero();
        ShingleScore perfect = ShingleScore.of("a b c d", "a b c d");
        ShingleScore.Summary summary = ShingleScore.summarise(List.of(nothing, perfect));
        assertThat(summary.precision()).isEqualTo(1); // the empty page is not in the precision mean
        assertThat(summary.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
