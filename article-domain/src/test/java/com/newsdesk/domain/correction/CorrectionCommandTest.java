package com.newsdesk.domain.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.EventRedating;
import com.newsdesk.domain.article.TextEdit;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrectionCommandTest {

    private static final String ARTICLE = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";
    private static final String NOTE =
            "An earlier version of this article misstated when North Korea conducted its nuclear test.";
    private static final EventId NUCLEAR_TEST = new EventId(UUID.fromString("cf66fad8-c691-44d7-ae40-d9415620468c"));
    private static final CorrectionTarget B6 = new CorrectionTarget.Block(new BlockId("b6"));

    private static Correction edit() {
        return Correction.edit(B6, "A month before", "About 10 weeks before", CorrectionKind.CORRECTION, NOTE);
    }

    private static Correction redating(EventRedating redating) {
        return new Correction(
                new CorrectionTarget.Event(NUCLEAR_TEST), null, redating, CorrectionKind.CORRECTION, NOTE);
    }

    private static EventRedating newDates() {
        return new EventRedating(LocalDate.of(2017, 9, 3), null, DatePrecision.DAY, false, null);
    }

    private static CorrectionCommand command(Correction correction) {
        return new CorrectionCommand(ARTICLE, 1, correction, "desk-editor", "5f0c7a62-35a4-4d55-9c6b-1b0e0b3b6f4e");
    }

    @Nested
    class IdempotencyKey {

        @ParameterizedTest
        @NullSource
        @ValueSource(
                strings = {
                    "5f0c7a62-35a4-4d55-9c6b-1b0e0b3b6f4e", // a UUID
                    "01ARZ3NDEKTSV4RRFFQ69G5FAV", // a ULID
                    "k",
                    "retry#1:b6/2019-04-16T09:30Z",
                    "!~",
                })
        void isAbsentOrPrintableAscii(String key) {
            assertThat(new CorrectionCommand(ARTICLE, 1, edit(), "desk-editor", key).idempotencyKey())
                    .isEqualTo(key);
        }

        @Test
        void holdsUpTo200Characters() {
            String longest = "k".repeat(200);

            assertThat(new CorrectionCommand(ARTICLE, 1, edit(), "desk-editor", longest).idempotencyKey())
                    .isEqualTo(longest);
            assertRefused("k".repeat(201));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(
                strings = {
                    "",
                    " ",
                    "two words",
                    " leading",
                    "trailing ",
                    "tab\tkey",
                    "new\nline",
                    "nul\u0000",
                    "del\u007F",
                    "ключ",
                    "키",
                    "😀",
                    "café",
                    "\u00A0nbsp"
                })
        void refusesAnythingElseNamingTheHeader(String key) {
            assertRefused(key);
        }

        private void assertRefused(String key) {
            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class, () -> new CorrectionCommand(ARTICLE, 1, edit(), "desk-editor", key));

            assertThat(e).as("refused: %s", key).isNotNull();
            assertThat(e.violations()).extracting(Violation::name).containsExactly("Idempotency-Key");
        }
    }

    @Nested
    class Fingerprint {

        @Test
        void isAHexSha256() {
            assertThat(command(edit()).fingerprint()).matches("[0-9a-f]{64}");
        }

        @Test
        void isEqualForEqualRequests() {
            assertThat(command(edit()).fingerprint()).isEqualTo(command(edit()).fingerprint());
            assertThat(command(redating(newDates())).fingerprint())
                    .isEqualTo(command(redating(newDates())).fingerprint());
        }

        @Test
        void leavesOutTheRevisionTheEditorAndTheKeyItself() {
            // A retry may repeat If-Match or not; keys are already scoped per editor.
            String first = new CorrectionCommand(ARTICLE, 1, edit(), "desk-editor", "key-1").fingerprint();

            assertThat(new CorrectionCommand(ARTICLE, 2, edit(), "desk-editor", "key-1").fingerprint())
                    .isEqualTo(first);
            assertThat(new CorrectionCommand(ARTICLE, 1, edit(), "night-editor", "key-1").fingerprint())
                    .isEqualTo(first);
            assertThat(new CorrectionCommand(ARTICLE, 1, edit(), "desk-editor", null).fingerprint())
                    .isEqualTo(first);
        }

        static Stream<Arguments> variants() {
            Map<String, CorrectionCommand> variants = new LinkedHashMap<>();
            variants.put(
                    "the article as named in the path",
                    new CorrectionCommand("bfd56bd5-f8d8-465f-acf5-a334fb335a7f", 1, edit(), "desk-editor", null));
            variants.put(
                    "the block",
                    command(Correction.edit(
                            new CorrectionTarget.Block(new BlockId("b7")),
                            "A month before",
                            "About 10 weeks before",
                            CorrectionKind.CORRECTION,
                            NOTE)));
            variants.put(
                    "the headline as target",
                    command(Correction.edit(
                            new CorrectionTarget.Headline(),
                            "A month before",
                            "About 10 weeks before",
                            CorrectionKind.CORRECTION,
                            NOTE)));
            variants.put(
                    "find",
                    command(Correction.edit(
                            B6, "A month before Oh", "About 10 weeks before", CorrectionKind.CORRECTION, NOTE)));
            variants.put(
                    "replace",
                    command(Correction.edit(
                            B6, "A month before", "About ten weeks before", CorrectionKind.CORRECTION, NOTE)));
            variants.put(
                    "where find ends and replace starts",
                    command(Correction.edit(
                            B6, "A month befor", "eAbout 10 weeks before", CorrectionKind.CORRECTION, NOTE)));
            variants.put(
                    "replace empty",
                    command(Correction.edit(B6, "A month before", "", CorrectionKind.CORRECTION, NOTE)));
            variants.put(
                    "kind",
                    command(Correction.edit(
                            B6, "A month before", "About 10 weeks before", CorrectionKind.CLARIFICATION, NOTE)));
            variants.put(
                    "note",
                    command(Correction.edit(
                            B6, "A month before", "About 10 weeks before", CorrectionKind.CORRECTION, NOTE + " ")));
            variants.put(
                    "a typo with no note",
                    command(Correction.edit(B6, "A month before", "About 10 weeks before", CorrectionKind.TYPO, null)));
            variants.put(
                    "a typo with an empty note",
                    command(Correction.edit(B6, "A month before", "About 10 weeks before", CorrectionKind.TYPO, "")));
            variants.put(
                    "start",
                    command(redating(
                            new EventRedating(LocalDate.of(2017, 9, 4), null, DatePrecision.DAY, false, null))));
            variants.put("no start", command(redating(new EventRedating(null, null, DatePrecision.DAY, false, null))));
            variants.put(
                    "end",
                    command(redating(new EventRedating(
                            LocalDate.of(2017, 9, 3), LocalDate.of(2017, 9, 3), DatePrecision.DAY, false, null))));
            variants.put(
                    "precision",
                    command(redating(
                            new EventRedating(LocalDate.of(2017, 9, 3), null, DatePrecision.SPAN, false, null))));
            variants.put(
                    "no precision",
                    command(redating(new EventRedating(LocalDate.of(2017, 9, 3), null, null, false, null))));
            variants.put(
                    "approximate",
                    command(redating(
                            new EventRedating(LocalDate.of(2017, 9, 3), null, DatePrecision.DAY, true, null))));
            variants.put(
                    "approximate not given",
                    command(redating(
                            new EventRedating(LocalDate.of(2017, 9, 3), null, DatePrecision.DAY, null, null))));
            variants.put(
                    "title",
                    command(redating(new EventRedating(
                            LocalDate.of(2017, 9, 3),
                            null,
                            DatePrecision.DAY,
                            false,
                            "North Korea's sixth nuclear test"))));
            variants.put(
                    "an edit of the event's title instead",
                    command(new Correction(
                            new CorrectionTarget.Event(NUCLEAR_TEST),
                            new TextEdit("nuclear test", "sixth nuclear test"),
                            null,
                            CorrectionKind.CORRECTION,
                            NOTE)));
            return variants.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("variants")
        void differsWhenAnyFieldDiffers(String what, CorrectionCommand variant) {
            assertThat(variant.fingerprint()).isNotEqualTo(command(edit()).fingerprint());
            assertThat(variant.fingerprint())
                    .isNotEqualTo(command(redating(newDates())).fingerprint());
        }

        @Test
        void everyVariantDiffersFromEveryOther() {
            Stream<CorrectionCommand> all = Stream.concat(
                    Stream.of(command(edit()), command(redating(newDates()))),
                    variants().map(a -> (CorrectionCommand) a.get()[1]));

            assertThat(all.map(CorrectionCommand::fingerprint))
                    .doesNotHaveDuplicates()
                    .hasSize((int) variants().count() + 2);
        }

        @Test
        void tellsNullFromEmpty() {
            Correction noNote = Correction.edit(B6, "a", "b", CorrectionKind.TYPO, null);
            Correction emptyNote = Correction.edit(B6, "a", "b", CorrectionKind.TYPO, "");

            assertThat(command(noNote).fingerprint())
                    .isNotEqualTo(command(emptyNote).fingerprint());
        }

        @Test
        void tellsUnicodeFormsApart() {
            // "é" precomposed and "e" with a combining accent look alike, but are different text to replace.
            Correction precomposed = Correction.edit(B6, "caf\u00E9", "x", CorrectionKind.TYPO, null);
            Correction combining = Correction.edit(B6, "cafe\u0301", "x", CorrectionKind.TYPO, null);

            assertThat(command(precomposed).fingerprint())
                    .isNotEqualTo(command(combining).fingerprint());
        }
    }
}
