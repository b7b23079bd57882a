package com.newsdesk.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** From "the text, edited" to the API's find/replace, and the word diff the pages show. */
class TextChangeTest {

    @Test
    void theChangeIsTheSmallestRunOfWholeWordsThatOccursOnce() {
        String before = "A month before Oh made his dash, the regime tested a bomb.";
        TextChange change = TextChange.between(before, before.replace("A month", "About 10 weeks"));
        assertThat(change).isEqualTo(new TextChange("A month", "About 10 weeks"));
        assertThat(apply(before, change)).isEqualTo(before.replace("A month", "About 10 weeks"));
    }

    @Test
    void aWordThatOccursTwiceTakesItsNeighboursUntilItIsUnique() {
        String before = "the guard shot the defector and the guard ran";
        String after = "the guard shot the defector and the soldier ran";
        TextChange change = TextChange.between(before, after);
        assertThat(before.indexOf(change.find())).isEqualTo(before.lastIndexOf(change.find()));
        assertThat(apply(before, change)).isEqualTo(after);
    }

    @Test
    void insertionsDeletionsAndTheWholeTextWork() {
        for (String[] pair : List.of(
                new String[] {"He ran.", "He ran fast."},
                new String[] {"He ran very fast.", "He ran fast."},
                new String[] {"a a a", "a b a"},
                new String[] {"x", "y"},
                new String[] {"“Quoted,” he said.", "“Quoted,” she said."})) {
            TextChange change = TextChange.between(pair[0], pair[1]);
            assertThat(change.find()).isNotBlank();
            assertThat(apply(pair[0], change)).as(pair[0]).isEqualTo(pair[1]);
        }
        assertThat(TextChange.between("same", "same")).isNull();
    }

    @Test
    void theWordDiffJoinsChangesASpaceApartAndKeepsTheSpaceAfter() {
        List<WordDiff.Part> diff = WordDiff.between("A month before Oh", "About 10 weeks before Oh");
        assertThat(diff)
                .containsExactly(
                        new WordDiff.Part("del", "A month"),
                        new WordDiff.Part("ins", "About 10 weeks"),
                        new WordDiff.Part("same", " before Oh"));
        assertThat(WordDiff.changed(WordDiff.between("same words", "same words")))
                .isFalse();
    }

    private static String apply(String text, TextChange change) {
        int at = text.indexOf(change.find());
        assertThat(text.indexOf(change.find(), at + 1)).as("find occurs once").isNegative();
        return text.substring(0, at)
                + change.replace()
                + text.substring(at + change.find().length());
    }
}
