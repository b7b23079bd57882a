package com.newsdesk.domain.article;

import static com.newsdesk.domain.article.DefectorStory.inBlock;
import static com.newsdesk.domain.article.DefectorStory.ofEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Article#correct}: an editor's correction applies whole, or not at all. */
class ArticleCorrectTest {

    private static final String EDITOR = "desk-editor";
    private static final Instant AT = Instant.parse("2019-04-16T09:30:00Z");
    private static final String NOTE =
            "An earlier version of this article misstated when North Korea conducted its nuclear test.";

    private final Article story = DefectorStory.article();

    private static Correction edit(CorrectionTarget target, String find, String replace) {
        return Correction.edit(target, find, replace, CorrectionKind.CORRECTION, NOTE);
    }

    private static Correction typo(CorrectionTarget target, String find, String replace) {
        return Correction.edit(target, find, replace, CorrectionKind.TYPO, null);
    }

    private static Correction redate(EventId event, EventRedating redating) {
        return new Correction(ofEvent(event), null, redating, CorrectionKind.CORRECTION, NOTE);
    }

    private AppliedCorrection apply(Correction correction) {
        return story.correct(correction, story.revision(), EDITOR, AT).correction();
    }

    /** Runs a correction that must be refused, checks that nothing at all changed, and returns the refusal. */
    private <T extends DomainException> T refused(Class<T> type, Correction correction) {
        return refused(type, correction, story.revision());
    }

    private <T extends DomainException> T refused(Class<T> type, Correction correction, int expectedRevision) {
        ArticleState before = ArticleState.of(story);
        Throwable thrown = catchThrowable(() -> story.correct(correction, expectedRevision, EDITOR, AT));
        assertThat(thrown).isInstanceOf(type);
        assertThat(ArticleState.of(story))
                .as("the article after a refused correction")
                .isEqualTo(before);
        return type.cast(thrown);
    }

    private String text(String blockId) {
        return story.block(DefectorStory.block(blockId)).orElseThrow().text();
    }

    private Quote quote(QuoteId id) {
        return story.quotes().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private TimelineEvent event(EventId id) {
        return story.event(id).orElseThrow();
    }

    @Nested
    class FindText {

        @Test
        void thatIsAbsentIsRefused() {
            CorrectionRefusedException e =
                    refused(CorrectionRefusedException.class, edit(inBlock("b6"), "A year before", "A month before"));

            assertThat(e.code()).isEqualTo("find-text-not-found");
            assertThat(e.kind()).isEqualTo(FailureKind.UNPROCESSABLE);
            assertThat(e.properties()).containsEntry("target", "body[b6]").containsEntry("occurrences", 0);
        }

        @Test
        void typedWithAStraightApostropheSuggestsTheTypographicOne() {
            // b6 says "Kim Jong Un’s regime", with a typographic apostrophe.
            CorrectionRefusedException e =
                    refused(CorrectionRefusedException.class, edit(inBlock("b6"), "Un's regime", "Un's government"));

            assertThat(e.code()).isEqualTo("find-text-not-found");
            assertThat(e.detail()).contains("did you mean ’?").contains("“Un’s regime”");
            assertThat(e.properties()).containsEntry("suggestion", "Un’s regime");
        }

        @Test
        void typedWithPlainQuotesAndHyphensSuggestsEveryTypographicCharacter() {
            CorrectionRefusedException e = refused(
                    CorrectionRefusedException.class, edit(inBlock("b8"), "were \"strikingly similar\"", "were alike"));

            assertThat(e.detail()).contains("did you mean “ and ”?");
            assertThat(refused(CorrectionRefusedException.class, edit(inBlock("b6"), "knife--edge", "x"))
                            .properties())
                    .doesNotContainKey("suggestion");
        }

        @Test
        void isCaseSensitive() {
            CorrectionRefusedException e = refused(
                    CorrectionRefusedException.class, edit(inBlock("b6"), "a month before", "two months before"));

            assertThat(e.code()).isEqualTo("find-text-not-found");
        }

        @Test
        void inAnotherBlockIsAbsentFromThisOne() {
            // "strikingly similar" stands in b8, not b6.
            assertThat(refused(CorrectionRefusedException.class, edit(inBlock("b6"), "strikingly", "notably"))
                            .code())
                    .isEqualTo("find-text-not-found");
        }

        @Test
        void thatOccursTwiceIsAmbiguousAndSaysHowOften() {
            // b6: "Oh made his dash" and "Oh crossed the DMZ".
            CorrectionRefusedException e =
                    refused(CorrectionRefusedException.class, edit(inBlock("b6"), "Oh ", "Oh Chong Song "));

            assertThat(e.code()).isEqualTo("find-text-ambiguous");
            assertThat(e.properties()).containsEntry("occurrences", 2).containsEntry("target", "body[b6]");
            assertThat(e.detail()).contains("2 times");
        }

        @Test
        void overlappingOccurrencesCountAsAmbiguous() {
            // b12's "30,000" holds "00" twice, overlapping in "000".
            CorrectionRefusedException e = refused(CorrectionRefusedException.class, edit(inBlock("b12"), "00", "0"));

            assertThat(e.code()).isEqualTo("find-text-ambiguous");
            assertThat(e.properties()).containsEntry("occurrences", 2);
        }

        @Test
        void thatOccursOnceIsReplaced() {
            AppliedCorrection applied = apply(edit(inBlock("b12"), "around 30,000 people", "more than 30,000 people"));

            assertThat(text("b12")).startsWith("According to South Korea, more than 30,000 people have defected");
            assertThat(applied.changes())
                    .containsExactly(new Change(
                            "body[b12].text",
                            DefectorStory.B12,
                            DefectorStory.B12.replace("around 30,000", "more than 30,000")));
        }

        @Test
        void mayBeDeleted() {
            apply(edit(inBlock("b5"), ", one of the world’s most fortified frontiers", ""));

            assertThat(text("b5"))
                    .isEqualTo("The incident played out at the Demilitarized Zone separating North and South Korea.");
        }

        @Test
        void replacedByItselfChangesNothingAndIsRefused() {
            CorrectionRefusedException e =
                    refused(CorrectionRefusedException.class, edit(inBlock("b6"), "A month before", "A month before"));

            assertThat(e.code()).isEqualTo("no-change");
        }

        @Test
        void mayNotLeaveABlockEmptyOrBlank() {
            assertThat(refused(CorrectionRefusedException.class, edit(inBlock("b5"), DefectorStory.B5, ""))
                            .code())
                    .isEqualTo("text-would-be-empty");
            assertThat(refused(CorrectionRefusedException.class, edit(inBlock("b5"), DefectorStory.B5, " \n\t "))
                            .code())
                    .isEqualTo("text-would-be-empty");
            // Nothing visible is as empty as nothing: zero-width spaces, no-break spaces, a Hangul filler.
            for (String invisible : List.of("\u200B", "\u00A0\u200B\u00A0", "\uFEFF", "\u3164", "\u0301")) {
                assertThat(refused(CorrectionRefusedException.class, edit(inBlock("b5"), DefectorStory.B5, invisible))
                                .code())
                        .isEqualTo("text-would-be-empty");
            }
        }
    }

    @Nested
    class Targets {

        @Test
        void anUnknownBlockIsRefused() {
            CorrectionRefusedException e = refused(CorrectionRefusedException.class, edit(inBlock("b99"), "Oh", "He"));

            assertThat(e.code()).isEqualTo("unknown-target");
            assertThat(e.properties()).containsEntry("field", "blockId");
            assertThat(e.detail()).contains("b99");
        }

        @Test
        void anUnknownEventIsRefused() {
            CorrectionRefusedException e =
                    refused(CorrectionRefusedException.class, edit(ofEvent(EventId.newId()), "North", "South"));

            assertThat(e.code()).isEqualTo("unknown-target");
            assertThat(e.properties()).containsEntry("field", "eventId");
        }

        @Test
        void theVideoBlockHasNoTextToCorrect() {
            CorrectionRefusedException e =
                    refused(CorrectionRefusedException.class, edit(inBlock("b10"), "01:26", "01:27"));

            assertThat(e.code()).isEqualTo("target-has-no-text");
            assertThat(e.properties()).containsEntry("target", "body[b10]");
        }

        @Test
        void thePromoBlockCanBeCorrected() {
            apply(typo(inBlock("b4"), "6:30 p.m. ET", "6:30 p.m. EDT"));

            assertThat(text("b4")).contains("6:30 p.m. EDT / 5:30 p.m. CT");
        }
    }

    @Nested
    class Revisions {

        @Test
        void aStaleExpectedRevisionIsRefused() {
            StaleRevisionException e = refused(
                    StaleRevisionException.class, edit(inBlock("b6"), "A month before", "About 10 weeks before"), 0);

            assertThat(e.code()).isEqualTo("stale-revision");
            assertThat(e.kind()).isEqualTo(FailureKind.STALE_REVISION);
            assertThat(e.currentRevision()).isEqualTo(1);
            assertThat(e.properties()).containsEntry("currentRevision", 1);
        }

        @Test
        void aRevisionFromTheFutureIsAsStaleAsOneFromThePast() {
            refused(StaleRevisionException.class, edit(inBlock("b6"), "A month before", "About 10 weeks before"), 2);
        }

        @Test
        void theRevisionAnEditorReadGoesStaleWhenAnotherCorrectionLands() {
            story.correct(typo(inBlock("b1"), "dash for freedom", "dash to freedom"), 1, EDITOR, AT);

            StaleRevisionException e = refused(
                    StaleRevisionException.class, edit(inBlock("b6"), "A month before", "About 10 weeks before"), 1);
            assertThat(e.currentRevision()).isEqualTo(2);
        }

        @Test
        void eachCorrectionRaisesTheRevisionByExactlyOne() {
            AppliedCorrection first = story.correct(typo(inBlock("b1"), "dash for", "dash to"), 1, EDITOR, AT)
                    .correction();
            AppliedCorrection second = story.correct(
                            edit(inBlock("b6"), "A month before", "About 10 weeks before"), 2, EDITOR, AT)
                    .correction();

            assertThat(first.revision()).isEqualTo(2);
            assertThat(second.revision()).isEqualTo(3);
            assertThat(story.revision()).isEqualTo(3);
        }

        @Test
        void aRefusedCorrectionDoesNotUseUpARevision() {
            refused(CorrectionRefusedException.class, edit(inBlock("b6"), "nowhere", "somewhere"));

            assertThat(apply(typo(inBlock("b1"), "dash for", "dash to")).revision())
                    .isEqualTo(2);
        }
    }

    @Nested
    class Quotes {

        @Test
        void aChangeWhollyInsideAQuoteUpdatesTheQuote() {
            Quote before = quote(DefectorStory.STRIKINGLY_SIMILAR);

            AppliedCorrection applied = apply(edit(inBlock("b8"), "strikingly", "remarkably"));

            Quote after = quote(DefectorStory.STRIKINGLY_SIMILAR);
            assertThat(after.text()).isEqualTo("remarkably similar");
            assertThat(text("b8")).contains("were “remarkably similar” to the atrocities");
            assertThat(after).usingRecursiveComparison().ignoringFields("text").isEqualTo(before);
            assertThat(applied.changes())
                    .extracting(Change::path, Change::before, Change::after)
                    .containsExactly(
                            tuple("body[b8].text", DefectorStory.B8, text("b8")),
                            tuple(
                                    "quotes[" + DefectorStory.STRIKINGLY_SIMILAR + "].text",
                                    "strikingly similar",
                                    "remarkably similar"));
        }

        @Test
        void aChangeOfAQuotesWholeWordsUpdatesIt() {
            apply(edit(inBlock("b8"), "strikingly similar", "comparable"));

            assertThat(quote(DefectorStory.STRIKINGLY_SIMILAR).text()).isEqualTo("comparable");
        }

        @Test
        void aChangeInsideOneOfTwoQuotesInABlockLeavesTheOtherAlone() {
            Quote other = quote(DefectorStory.FIRED_THE_GUN);

            AppliedCorrection applied = apply(edit(inBlock("b3"), "in their shoes", "in their position"));

            assertThat(quote(DefectorStory.IN_THEIR_SHOES).text())
                    .isEqualTo(
                            "I understand them because if I were in their position I would have done the same thing.");
            assertThat(quote(DefectorStory.FIRED_THE_GUN)).isEqualTo(other);
            assertThat(applied.changes()).extracting(Change::path).doesNotContain("quotes[" + other.id() + "].text");
        }

        @Test
        void aChangeOutsideEveryQuoteLeavesThemAlone() {
            List<Quote> before = story.quotes();

            AppliedCorrection applied = apply(typo(inBlock("b8"), "Today, ", "Today "));

            assertThat(story.quotes()).isEqualTo(before);
            assertThat(applied.changes()).extracting(Change::path).containsExactly("body[b8].text");
        }

        @Test
        void aChangeThatEndsWhereAQuoteBeginsDoesNotCutIt() {
            apply(edit(inBlock("b8"), "were “", "were, in its words, “"));

            assertThat(quote(DefectorStory.STRIKINGLY_SIMILAR).text()).isEqualTo("strikingly similar");
            assertThat(text("b8")).contains("were, in its words, “strikingly similar”");
        }

        @Test
        void aChangeThatBeginsWhereAQuoteEndsDoesNotCutIt() {
            apply(edit(inBlock("b8"), "” to the atrocities", "” to atrocities"));

            assertThat(quote(DefectorStory.STRIKINGLY_SIMILAR).text()).isEqualTo("strikingly similar");
        }

        @Test
        void aChangeAcrossAQuotesOpeningIsRefusedNamingIt() {
            QuotationConflictException e =
                    refused(QuotationConflictException.class, edit(inBlock("b8"), "were “strikingly", "were “very"));

            assertThat(e.quotes()).containsExactly(DefectorStory.STRIKINGLY_SIMILAR);
            assertThat(e.events()).isEmpty();
            assertThat(e.code()).isEqualTo("breaks-quotation");
            assertThat(e.kind()).isEqualTo(FailureKind.CONFLICT);
            // Named by its words, not only by its id.
            assertThat(e.detail())
                    .contains("quote “strikingly similar” (" + DefectorStory.STRIKINGLY_SIMILAR + ")", "body[b8]");
            assertThat(e.properties())
                    .isEqualTo(Map.of(
                            "quoteIds",
                            List.of(DefectorStory.STRIKINGLY_SIMILAR.toString()),
                            "eventIds",
                            List.of(),
                            "quotes",
                            List.of(Map.of(
                                    "id", DefectorStory.STRIKINGLY_SIMILAR.toString(), "text", "strikingly similar")),
                            "events",
                            List.of()));
        }

        @Test
        void copyingAQuotesWordsElsewhereInItsBlockIsRefused() {
            // After this, "strikingly similar" would occur twice in b8: neither could ever be found, nor corrected.
            QuotationConflictException e = refused(
                    QuotationConflictException.class, edit(inBlock("b8"), "Today,", "Today, strikingly similar,"));

            assertThat(e.code()).isEqualTo("quotation-would-be-ambiguous");
            assertThat(e.kind()).isEqualTo(FailureKind.CONFLICT);
            assertThat(e.quotes()).containsExactly(DefectorStory.STRIKINGLY_SIMILAR);
            assertThat(e.detail()).contains("“strikingly similar”", "more than once");
        }

        @Test
        void copyingADatingPhraseElsewhereInItsBlockIsRefused() {
            QuotationConflictException e =
                    refused(QuotationConflictException.class, edit(inBlock("b8"), "Today,", "Today, as in 2014,"));

            assertThat(e.events()).containsExactly(DefectorStory.UN_REPORT);
            assertThat(e.detail()).contains("“in 2014”", "“A United Nations report likens");
        }

        @Test
        void aChangeInsideAQuoteThatWouldRepeatItsNewWordsIsRefused() {
            // b8 already says "the world’s": a quote rewritten to exactly those words could not be told apart.
            apply(edit(inBlock("b8"), "strikingly similar", "similar"));
            QuotationConflictException e =
                    refused(QuotationConflictException.class, edit(inBlock("b8"), "similar", "the world’s"));

            assertThat(e.code()).isEqualTo("quotation-would-be-ambiguous");
            assertThat(e.quotes()).containsExactly(DefectorStory.STRIKINGLY_SIMILAR);
        }

        @Test
        void aChangeAcrossAQuotesCloseIsRefusedNamingIt() {
            QuotationConflictException e =
                    refused(QuotationConflictException.class, edit(inBlock("b8"), "similar” to", "alike” to"));

            assertThat(e.quotes()).containsExactly(DefectorStory.STRIKINGLY_SIMILAR);
        }

        @Test
        void aChangeThatWouldEraseAQuotesWordsIsRefused() {
            QuotationConflictException e =
                    refused(QuotationConflictException.class, edit(inBlock("b8"), "strikingly similar", ""));

            assertThat(e.quotes()).containsExactly(DefectorStory.STRIKINGLY_SIMILAR);
        }

        @Test
        void aChangeAcrossTwoQuotesNamesBoth() {
            QuotationConflictException e = refused(
                    QuotationConflictException.class,
                    edit(
                            inBlock("b13"),
                            "driving,” he recalled, watching the footage this week. “I was driving",
                            "driving. I was driving"));

            assertThat(e.quotes())
                    .containsExactlyInAnyOrder(DefectorStory.NOT_IN_THE_RIGHT_MIND, DefectorStory.ESCAPING);
        }

        @Test
        void aChangeAcrossAQuoteAndADatingPhraseNamesBoth() {
            QuotationConflictException e = refused(
                    QuotationConflictException.class,
                    edit(inBlock("b3"), "friendship,” he told NBC News on Monday", "friendship,” he said on Monday"));

            assertThat(e.quotes()).containsExactly(DefectorStory.FIRED_THE_GUN);
            assertThat(e.events()).containsExactly(DefectorStory.INTERVIEW);
            assertThat(e.detail())
                    .contains("quote “In their situation I would have fired the gun.")
                    .contains("the dating phrase “"
                            + event(DefectorStory.INTERVIEW).phrase() + "” of event “")
                    .contains("(" + DefectorStory.INTERVIEW + ")");
        }
    }

    @Nested
    class DatingPhrases {

        @Test
        void aChangeInsideAnEventsPhraseUpdatesThePhrase() {
            TimelineEvent before = event(DefectorStory.NUCLEAR_TEST);

            AppliedCorrection applied = apply(edit(inBlock("b6"), "A month before", "About 10 weeks before"));

            TimelineEvent after = event(DefectorStory.NUCLEAR_TEST);
            assertThat(after.phrase()).isEqualTo("About 10 weeks before Oh made his dash");
            assertThat(text("b6")).contains("About 10 weeks before Oh made his dash, Kim Jong Un’s regime");
            assertThat(after.when()).as("a text correction does not redate").isEqualTo(before.when());
            assertThat(after.title()).isEqualTo(before.title());
            assertThat(applied.changes())
                    .extracting(Change::path, Change::before, Change::after)
                    .containsExactly(
                            tuple("body[b6].text", DefectorStory.B6, text("b6")),
                            tuple(
                                    "timeline[" + DefectorStory.NUCLEAR_TEST + "].phrase",
                                    "A month before Oh made his dash",
                                    "About 10 weeks before Oh made his dash"));
            assertThat(event(DefectorStory.ICBM_LAUNCH).phrase()).isEqualTo("two weeks after Oh crossed the DMZ");
        }

        @Test
        void aChangeAcrossAPhrasesEdgeIsRefusedNamingTheEvent() {
            QuotationConflictException e =
                    refused(QuotationConflictException.class, edit(inBlock("b6"), "his dash, Kim", "his dash; Kim"));

            assertThat(e.events()).containsExactly(DefectorStory.NUCLEAR_TEST);
            assertThat(e.quotes()).isEmpty();
            assertThat(e.properties()).containsEntry("eventIds", List.of(DefectorStory.NUCLEAR_TEST.toString()));
        }

        @Test
        void aShortPhraseIsFollowedToo() {
            apply(edit(inBlock("b7"), "1950-53", "1950–53"));

            assertThat(event(DefectorStory.KOREAN_WAR).phrase()).isEqualTo("1950–53");
        }
    }

    @Nested
    class Headline {

        @Test
        void isCorrectedAndTheSlugStays() {
            AppliedCorrection applied = apply(edit(new CorrectionTarget.Headline(), "N. Korean", "North Korean"));

            assertThat(story.headline())
                    .isEqualTo("North Korean defector whose escape went viral understands why he was shot");
            assertThat(story.slug()).isEqualTo(DefectorStory.SLUG);
            assertThat(applied.changes())
                    .containsExactly(new Change("headline", DefectorStory.HEADLINE, story.headline()));
        }

        @Test
        void thatWouldBecomeBlankIsRefused() {
            assertThat(refused(
                                    CorrectionRefusedException.class,
                                    edit(new CorrectionTarget.Headline(), DefectorStory.HEADLINE, " "))
                            .code())
                    .isEqualTo("text-would-be-empty");
        }

        @Test
        void staysOneVisibleLine() {
            for (String breaking : List.of("N.\nKorean", "N.\tKorean", "N.\u2028Korean", "N.\r\nKorean")) {
                InvalidInputException e = catchThrowableOfType(
                        InvalidInputException.class,
                        () -> edit(new CorrectionTarget.Headline(), "N. Korean", breaking));
                assertThat(e.violations()).extracting(Violation::name).containsExactly("replace");
            }
            assertThat(refused(
                                    CorrectionRefusedException.class,
                                    edit(new CorrectionTarget.Headline(), DefectorStory.HEADLINE, "\u00A0\u200B"))
                            .code())
                    .isEqualTo("text-would-be-empty");
        }

        @Test
        void mayGrowTo500CharactersButNoFurther() {
            int room = Article.MAX_HEADLINE - DefectorStory.HEADLINE.length();
            String longer = "N. Korean" + "!".repeat(room);

            CorrectionRefusedException e = refused(
                    CorrectionRefusedException.class, edit(new CorrectionTarget.Headline(), "N. Korean", longer + "!"));
            assertThat(e.code()).isEqualTo("text-too-long");
            assertThat(e.properties()).containsEntry("maxLength", 500).containsEntry("target", "headline");

            apply(edit(new CorrectionTarget.Headline(), "N. Korean", longer));
            assertThat(story.headline()).hasSize(500);
        }

        @Test
        void countsCharactersNotUtf16Units() {
            // 430 emoji are 860 UTF-16 units but 430 characters: with the 70 of the headline, exactly 500.
            String emoji = "😀".repeat(Article.MAX_HEADLINE - DefectorStory.HEADLINE.length());

            apply(edit(new CorrectionTarget.Headline(), "shot", "shot" + emoji));

            assertThat(story.headline().codePointCount(0, story.headline().length()))
                    .isEqualTo(500);
            assertThat(story.headline().length()).isGreaterThan(500);
        }
    }

    @Nested
    class Events {

        @Test
        void aTitleIsCorrectedByFindAndReplace() {
            TimelineEvent before = event(DefectorStory.KOREAN_WAR);

            AppliedCorrection applied = apply(edit(ofEvent(DefectorStory.KOREAN_WAR), "is fought", "is waged"));

            TimelineEvent after = event(DefectorStory.KOREAN_WAR);
            assertThat(after.title())
                    .isEqualTo("The Korean War is waged, ending in an armistice rather than a peace treaty");
            assertThat(after.when()).isEqualTo(before.when());
            assertThat(after.phrase()).isEqualTo(before.phrase());
            assertThat(applied.changes())
                    .containsExactly(new Change(
                            "timeline[" + DefectorStory.KOREAN_WAR + "].title", before.title(), after.title()));
        }

        @Test
        void aTitleMayNotGrowPast300Characters() {
            String title = event(DefectorStory.KOREAN_WAR).title();

            CorrectionRefusedException e = refused(
                    CorrectionRefusedException.class,
                    edit(
                            ofEvent(DefectorStory.KOREAN_WAR),
                            "peace treaty",
                            "peace treaty" + "x".repeat(EventRedating.MAX_TITLE - title.length() + 1)));

            assertThat(e.code()).isEqualTo("text-too-long");
            assertThat(e.properties()).containsEntry("maxLength", 300);
        }

        @Test
        void isRedatedToAnExactDay() {
            TimelineEvent before = event(DefectorStory.NUCLEAR_TEST);

            AppliedCorrection applied = apply(redate(
                    DefectorStory.NUCLEAR_TEST,
                    new EventRedating(LocalDate.of(2017, 9, 3), null, DatePrecision.DAY, false, null)));

            TimelineEvent after = event(DefectorStory.NUCLEAR_TEST);
            assertThat(after.when()).isEqualTo(DateSpan.day(LocalDate.of(2017, 9, 3)));
            assertThat(after.phrase()).isEqualTo(before.phrase());
            assertThat(after.title()).isEqualTo(before.title());
            assertThat(applied.changes())
                    .containsExactly(new Change(
                            "timeline[" + DefectorStory.NUCLEAR_TEST + "].date",
                            "2017-09-28..2017-10-28 (span, approximate)",
                            "2017-09-03 (day)"));
        }

        @Test
        void aNewMonthPrecisionDerivesTheEndFromTheStart() {
            apply(redate(
                    DefectorStory.NUCLEAR_TEST,
                    new EventRedating(LocalDate.of(2017, 9, 1), null, DatePrecision.MONTH, null, null)));

            assertThat(event(DefectorStory.NUCLEAR_TEST).when())
                    .isEqualTo(DateSpan.month(YearMonth.of(2017, 9)).approximately());
        }

        @Test
        void aNewStartKeepsTheDayPrecisionAndDerivesTheEnd() {
            apply(redate(
                    DefectorStory.DMZ_ESCAPE, new EventRedating(LocalDate.of(2017, 11, 14), null, null, null, null)));

            assertThat(event(DefectorStory.DMZ_ESCAPE).when()).isEqualTo(DateSpan.day(LocalDate.of(2017, 11, 14)));
        }

        @Test
        void onlyTheApproximateFlagMayChange() {
            apply(redate(DefectorStory.DMZ_ESCAPE, new EventRedating(null, null, null, true, null)));

            assertThat(event(DefectorStory.DMZ_ESCAPE).when())
                    .isEqualTo(DateSpan.day(DefectorStory.ESCAPE).approximately());
        }

        @Test
        void aNewEndOnlyMovesTheEnd() {
            apply(redate(
                    DefectorStory.KOREAN_WAR, new EventRedating(null, LocalDate.of(1953, 7, 27), null, null, null)));

            assertThat(event(DefectorStory.KOREAN_WAR).when())
                    .isEqualTo(DateSpan.between(LocalDate.of(1950, 1, 1), LocalDate.of(1953, 7, 27)));
        }

        @Test
        void aNewTitleAndDatesTogether() {
            AppliedCorrection applied = apply(redate(
                    DefectorStory.KOREAN_WAR,
                    new EventRedating(
                            LocalDate.of(1950, 6, 25), LocalDate.of(1953, 7, 27), null, null, "The Korean War")));

            assertThat(event(DefectorStory.KOREAN_WAR).title()).isEqualTo("The Korean War");
            assertThat(applied.changes())
                    .extracting(Change::path)
                    .containsExactly(
                            "timeline[" + DefectorStory.KOREAN_WAR + "].title",
                            "timeline[" + DefectorStory.KOREAN_WAR + "].date");
        }

        @Test
        void anInvalidSpanIsRefusedNamingTheField() {
            InvalidInputException startMidMonth = refused(
                    InvalidInputException.class,
                    redate(
                            DefectorStory.NUCLEAR_TEST,
                            new EventRedating(LocalDate.of(2017, 9, 3), null, DatePrecision.MONTH, null, null)));
            InvalidInputException endShortOfMonth = refused(
                    InvalidInputException.class,
                    redate(
                            DefectorStory.NUCLEAR_TEST,
                            new EventRedating(
                                    LocalDate.of(2017, 9, 1),
                                    LocalDate.of(2017, 9, 29),
                                    DatePrecision.MONTH,
                                    null,
                                    null)));
            InvalidInputException spanWithoutEnd = refused(
                    InvalidInputException.class,
                    redate(
                            DefectorStory.DMZ_ESCAPE,
                            new EventRedating(LocalDate.of(2017, 11, 13), null, DatePrecision.SPAN, null, null)));
            InvalidInputException endBeforeStart = refused(
                    InvalidInputException.class,
                    redate(
                            DefectorStory.KOREAN_WAR,
                            new EventRedating(null, LocalDate.of(1949, 12, 31), null, null, null)));

            assertThat(startMidMonth.violations()).extracting(Violation::name).containsExactly("start");
            assertThat(endShortOfMonth.violations()).extracting(Violation::name).containsExactly("end");
            assertThat(spanWithoutEnd.violations()).extracting(Violation::name).containsExactly("end");
            assertThat(endBeforeStart.violations()).extracting(Violation::name).containsExactly("start");
        }

        @Test
        void theSameDatesAgainChangeNothingAndAreRefused() {
            CorrectionRefusedException e = refused(
                    CorrectionRefusedException.class,
                    redate(
                            DefectorStory.DMZ_ESCAPE,
                            new EventRedating(DefectorStory.ESCAPE, null, DatePrecision.DAY, false, null)));

            assertThat(e.code()).isEqualTo("no-change");
        }
    }

    @Nested
    class Notices {

        @Test
        void aTypoFixAddsNoNoticeButIsStillARevision() {
            Instant before = story.updatedAt();

            AppliedCorrection applied = apply(typo(inBlock("b1"), "peppered with bullets", "peppered with gunfire"));

            assertThat(applied.notice()).isEmpty();
            assertThat(story.corrections()).isEmpty();
            assertThat(story.revision()).isEqualTo(2);
            assertThat(story.updatedAt()).isAfter(before);
            assertThat(applied.summary())
                    .isEqualTo("Typo in body[b1]: “peppered with bullets” → “peppered with gunfire”");
        }

        @ParameterizedTest
        @EnumSource(value = CorrectionKind.class, names = "TYPO", mode = EnumSource.Mode.EXCLUDE)
        void everyOtherKindAddsAPublicNotice(CorrectionKind kind) {
            AppliedCorrection applied =
                    apply(Correction.edit(inBlock("b6"), "A month before", "About 10 weeks before", kind, NOTE));

            assertThat(story.corrections())
                    .containsExactly(new CorrectionNotice(applied.id(), kind, NOTE, story.updatedAt(), 2));
            assertThat(applied.notice()).contains(story.corrections().get(0));
            assertThat(applied.summary()).isEqualTo(NOTE);
        }

        @Test
        void noticesAccumulateOldestFirst() {
            story.correct(edit(inBlock("b6"), "A month before", "About 10 weeks before"), 1, EDITOR, AT);
            story.correct(typo(inBlock("b1"), "dash for", "dash to"), 2, EDITOR, AT.plusSeconds(60));
            story.correct(
                    Correction.edit(
                            inBlock("b12"),
                            "around 30,000",
                            "more than 30,000",
                            CorrectionKind.UPDATE,
                            "Updated figure."),
                    3,
                    EDITOR,
                    AT.plusSeconds(120));

            assertThat(story.corrections())
                    .extracting(CorrectionNotice::revision, CorrectionNotice::kind, CorrectionNotice::note)
                    .containsExactly(
                            tuple(2, CorrectionKind.CORRECTION, NOTE),
                            tuple(4, CorrectionKind.UPDATE, "Updated figure."));
        }

        @Test
        void theAppliedCorrectionSaysWhoWhenAndWhat() {
            Correction request = edit(inBlock("b6"), "A month before", "About 10 weeks before");

            AppliedCorrection applied = apply(request);

            assertThat(applied.articleId()).isEqualTo(DefectorStory.ID);
            assertThat(applied.editor()).isEqualTo(EDITOR);
            assertThat(applied.request()).isEqualTo(request);
            assertThat(applied.kind()).isEqualTo(CorrectionKind.CORRECTION);
            assertThat(applied.correctedAt()).isEqualTo(AT).isEqualTo(story.updatedAt());
            assertThat(applied.revision()).isEqualTo(story.revision());
        }
    }

    @Nested
    class UpdatedAt {

        @Test
        void isTheTimeOfTheCorrectionToTheMicrosecond() {
            story.correct(
                    typo(inBlock("b1"), "dash for", "dash to"),
                    1,
                    EDITOR,
                    Instant.parse("2019-04-16T09:30:00.123456789Z"));

            assertThat(story.updatedAt()).isEqualTo(Instant.parse("2019-04-16T09:30:00.123456Z"));
        }

        @Test
        void movesForwardEvenWhenTheClockReadsTheLastUpdateAgain() {
            Instant last = story.updatedAt();

            AppliedCorrection applied = story.correct(typo(inBlock("b1"), "dash for", "dash to"), 1, EDITOR, last)
                    .correction();

            assertThat(story.updatedAt()).isAfter(last);
            assertThat(applied.correctedAt()).isEqualTo(story.updatedAt());
        }

        @Test
        void movesForwardWithinTheSameMicrosecond() {
            story.correct(typo(inBlock("b1"), "dash for", "dash to"), 1, EDITOR, AT);
            Instant first = story.updatedAt();

            story.correct(typo(inBlock("b1"), "dash to", "dash for"), 2, EDITOR, AT.plusNanos(999));

            assertThat(story.updatedAt()).isAfter(first);
        }

        @Test
        void movesForwardEvenWhenTheClockWasSetBack() {
            story.correct(typo(inBlock("b1"), "dash for", "dash to"), 1, EDITOR, AT);
            Instant first = story.updatedAt();

            story.correct(typo(inBlock("b1"), "dash to", "dash for"), 2, EDITOR, AT.minusSeconds(3600));

            assertThat(story.updatedAt()).isAfter(first);
        }

        @Test
        void aMissingTimeChangesNothing() {
            ArticleState before = ArticleState.of(story);

            Throwable thrown =
                    catchThrowable(() -> story.correct(typo(inBlock("b1"), "dash for", "dash to"), 1, EDITOR, null));

            assertThat(thrown).isInstanceOf(NullPointerException.class);
            assertThat(ArticleState.of(story)).isEqualTo(before);
        }
    }

    @Test
    void aCorrectedArticleStillHoldsEveryRule() {
        apply(edit(inBlock("b6"), "A month before", "About 10 weeks before"));
        story.correct(edit(inBlock("b8"), "strikingly", "remarkably"), 2, EDITOR, AT);

        Article rebuilt = ArticleState.of(story).rebuilt();

        assertThat(ArticleState.of(rebuilt)).isEqualTo(ArticleState.of(story));
    }
}
