package com.newsdesk.domain.article;

import static com.newsdesk.domain.article.DefectorStory.inBlock;
import static com.newsdesk.domain.article.DefectorStory.ofEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.failure.FailureKind;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a correction request must look like before it is tried against an article. */
class CorrectionTest {

    private static final String NOTE =
            "An earlier version of this article misstated when North Korea conducted its" + " nuclear test.";

    private static List<Violation> violations(Runnable construction) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, construction::run);
        assertThat(e).as("refused as invalid input").isNotNull();
        assertThat(e.kind()).isEqualTo(FailureKind.INVALID_INPUT);
        return e.violations();
    }

    private static List<String> names(Runnable construction) {
        return violations(construction).stream().map(Violation::name).toList();
    }

    @Nested
    class Notes {

        @ParameterizedTest
        @EnumSource(value = CorrectionKind.class, names = "TYPO", mode = EnumSource.Mode.EXCLUDE)
        void areRequiredForEveryPublicKind(CorrectionKind kind) {
            assertThat(names(() -> Correction.edit(inBlock("b6"), "A month", "About 10 weeks", kind, null)))
                    .containsExactly("note");
            assertThat(violations(() -> Correction.edit(inBlock("b6"), "A month", "About 10 weeks", kind, " \n")))
                    .containsExactly(new Violation("note", "must not be blank"));
        }

        @Test
        void areOptionalForATypo() {
            assertThatCode(() -> Correction.edit(inBlock("b1"), "dash for", "dash to", CorrectionKind.TYPO, null))
                    .doesNotThrowAnyException();
            assertThatCode(() -> Correction.edit(inBlock("b1"), "dash for", "dash to", CorrectionKind.TYPO, ""))
                    .doesNotThrowAnyException();
        }

        @Test
        void holdAtMost2000Characters() {
            assertThatCode(() -> Correction.edit(
                            inBlock("b6"), "A month", "About 10 weeks", CorrectionKind.CORRECTION, "n".repeat(2000)))
                    .doesNotThrowAnyException();
            assertThat(violations(() -> Correction.edit(
                            inBlock("b6"), "A month", "About 10 weeks", CorrectionKind.CORRECTION, "n".repeat(2001))))
                    .containsExactly(new Violation("note", "must be at most 2000 characters, was 2001"));
            // Even a typo's optional note has the limit.
            assertThat(names(() -> Correction.edit(
                            inBlock("b1"), "dash for", "dash to", CorrectionKind.TYPO, "n".repeat(2001))))
                    .containsExactly("note");
        }

        @Test
        void countCharactersNotUtf16Units() {
            assertThatCode(() -> Correction.edit(
                            inBlock("b6"), "A month", "About 10 weeks", CorrectionKind.CORRECTION, "😀".repeat(2000)))
                    .doesNotThrowAnyException();
        }

        @Test
        void mayNotHoldControlCharacters() {
            assertThat(names(() -> Correction.edit(
                            inBlock("b6"), "A month", "About 10 weeks", CorrectionKind.CLARIFICATION, "note\u0000")))
                    .containsExactly("note");
        }
    }

    @Nested
    class Shape {

        @Test
        void aKindIsRequired() {
            assertThat(names(() -> Correction.edit(inBlock("b6"), "A month", "About 10 weeks", null, NOTE)))
                    .containsExactly("kind");
        }

        @Test
        void needsAnEditOrNewDates() {
            assertThat(names(() -> new Correction(inBlock("b6"), null, null, CorrectionKind.CORRECTION, NOTE)))
                    .containsExactly("find");
        }

        @Test
        void cannotCombineAnEditWithNewDates() {
            assertThat(violations(() -> new Correction(
                            ofEvent(DefectorStory.NUCLEAR_TEST),
                            new TextEdit("nuclear", "atomic"),
                            new EventRedating(null, null, null, true, null),
                            CorrectionKind.CORRECTION,
                            NOTE)))
                    .extracting(Violation::name, Violation::message)
                    .containsExactly(
                            tuple("find", "cannot be combined with new start, end, precision, approximate or title"));
        }

        @Test
        void newDatesApplyToEventsOnly() {
            EventRedating redating = new EventRedating(LocalDate.of(2017, 9, 3), null, DatePrecision.DAY, null, null);

            assertThat(names(() -> new Correction(inBlock("b6"), null, redating, CorrectionKind.CORRECTION, NOTE)))
                    .containsExactly("eventId");
            assertThat(names(() -> new Correction(
                            new CorrectionTarget.Headline(), null, redating, CorrectionKind.CORRECTION, NOTE)))
                    .containsExactly("eventId");
        }

        @Test
        void namesEveryFaultAtOnce() {
            assertThat(names(() -> new Correction(inBlock("b6"), null, null, null, "x".repeat(2001))))
                    .containsExactlyInAnyOrder("kind", "note", "find");
        }

        @Test
        void targetsNameThemselves() {
            assertThat(inBlock("b6").path()).isEqualTo("body[b6]");
            assertThat(new CorrectionTarget.Headline().path()).isEqualTo("headline");
            assertThat(ofEvent(DefectorStory.NUCLEAR_TEST).path())
                    .isEqualTo("timeline[cf66fad8-c691-44d7-ae40-d9415620468c]");
        }
    }

    @Nested
    class TextEdits {

        @Test
        void findIsRequiredAndNotEmpty() {
            assertThat(violations(() -> new TextEdit(null, "x"))).containsExactly(new Violation("find", "is required"));
            assertThat(violations(() -> new TextEdit("", "x"))).containsExactly(new Violation("find", "is required"));
        }

        @Test
        void replaceIsRequiredButMayBeEmpty() {
            assertThat(violations(() -> new TextEdit("x", null)))
                    .containsExactly(new Violation("replace", "is required"));
            assertThat(new TextEdit("x", "").replace()).isEmpty();
        }

        @Test
        void findHoldsAtMost1000Characters() {
            assertThatCode(() -> new TextEdit("f".repeat(1000), "")).doesNotThrowAnyException();
            assertThat(violations(() -> new TextEdit("f".repeat(1001), "")))
                    .containsExactly(new Violation("find", "must be at most 1000 characters, was 1001"));
        }

        @Test
        void replaceHoldsAtMost5000Characters() {
            assertThatCode(() -> new TextEdit("f", "r".repeat(5000))).doesNotThrowAnyException();
            assertThat(violations(() -> new TextEdit("f", "r".repeat(5001))))
                    .containsExactly(new Violation("replace", "must be at most 5000 characters, was 5001"));
        }

        @Test
        void lengthsCountCharactersNotUtf16Units() {
            assertThatCode(() -> new TextEdit("😀".repeat(1000), "😀".repeat(5000)))
                    .doesNotThrowAnyException();
            assertThat(names(() -> new TextEdit("😀".repeat(1001), ""))).containsExactly("find");
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x9F})
        void refusesControlCharacters(int control) {
            String text = "A month" + (char) control + " before";

            assertThat(names(() -> new TextEdit(text, "x"))).containsExactly("find");
            assertThat(names(() -> new TextEdit("x", text))).containsExactly("replace");
        }

        @Test
        void saysWhichControlCharacter() {
            assertThat(violations(() -> new TextEdit("x", "a\u0000b")))
                    .containsExactly(new Violation("replace", "must not contain NUL characters"));
            assertThat(violations(() -> new TextEdit("x", "a\u001Bb")))
                    .containsExactly(new Violation("replace", "must not contain control characters (found U+001B)"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\uD800", "\uDC00", "a\uD83D", "\uDE00a", "\uDE00\uD83D", "ok\uD83D\uDE00\uD83D"})
        void refusesUnpairedSurrogates(String text) {
            assertThat(violations(() -> new TextEdit("x", text)))
                    .containsExactly(new Violation("replace", "must not contain unpaired surrogates"));
        }

        @Test
        void keepsTabsAndLineBreaks() {
            assertThat(new TextEdit("a\tb", "c\r\nd\ne").replace()).isEqualTo("c\r\nd\ne");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "오청성", // Hangul
                    "Oh Chong-song (오청성)",
                    "“strikingly similar”", // curly quotes
                    "Kim Jong Un’s",
                    "… I was escaping.",
                    "😀👍🏽", // emoji, with a skin-tone modifier
                    "👨‍👩‍👧", // a family: emoji joined by zero-width joiners
                    "e\u0301", // e and a combining acute accent
                    "\u00A0non-breaking\u2009thin\u202Fnarrow",
                    "𝟚𝟘𝟙𝟟",
                })
        void acceptsTheWorldsText(String text) {
            TextEdit edit = new TextEdit(text, text);

            assertThat(edit.find()).isEqualTo(text);
            assertThat(edit.replace()).isEqualTo(text);
        }

        @Test
        void namesBothFieldsAtOnce() {
            assertThat(names(() -> new TextEdit(null, null))).containsExactly("find", "replace");
        }
    }

    @Nested
    class Redatings {

        @Test
        void needAtLeastOnePart() {
            assertThat(names(() -> new EventRedating(null, null, null, null, null)))
                    .containsExactly("start");
        }

        @Test
        void aTitleIsNotBlankAndAtMost300Characters() {
            assertThat(violations(() -> new EventRedating(null, null, null, null, "  ")))
                    .containsExactly(new Violation("title", "must not be blank"));
            assertThatCode(() -> new EventRedating(null, null, null, null, "t".repeat(300)))
                    .doesNotThrowAnyException();
            assertThat(names(() -> new EventRedating(null, null, null, null, "t".repeat(301))))
                    .containsExactly("title");
            assertThat(names(() -> new EventRedating(null, null, null, null, "tab\u0000")))
                    .containsExactly("title");
        }

        @Test
        void anyOnePartIsEnough() {
            assertThatCode(() -> new EventRedating(LocalDate.of(2017, 9, 3), null, null, null, null))
                    .doesNotThrowAnyException();
            assertThatCode(() -> new EventRedating(null, LocalDate.of(2017, 9, 3), null, null, null))
                    .doesNotThrowAnyException();
            assertThatCode(() -> new EventRedating(null, null, DatePrecision.MONTH, null, null))
                    .doesNotThrowAnyException();
            assertThatCode(() -> new EventRedating(null, null, null, false, null))
                    .doesNotThrowAnyException();
            assertThatCode(() -> new EventRedating(null, null, null, null, "오청성 crosses the DMZ"))
                    .doesNotThrowAnyException();
        }
    }
}
