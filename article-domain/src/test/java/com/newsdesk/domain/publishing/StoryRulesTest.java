package com.newsdesk.domain.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.newsdesk.domain.article.BlockType;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.failure.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryRulesTest {

    private static final StoryRules.Speakers NEW_SPEAKERS =
            (name, aliases, kind) -> new Speaker(SpeakerId.newId(), name, kind, aliases);

    private static StoryDraft.Block paragraph(String id, String text) {
        return new StoryDraft.Block(id, "paragraph", text, null, null);
    }

    private static StoryDraft.QuoteDraft quote(String block, String speaker, String text) {
        return new StoryDraft.QuoteDraft(block, speaker, List.of(), null, text, null, null, null, null, null, null);
    }

    private static StoryDraft.EventDraft event(
            String block, String start, String end, String precision, String phrase) {
        return new StoryDraft.EventDraft(
                block,
                "What happened",
                LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                precision,
                false,
                phrase);
    }

    private static StoryDraft draft(
            List<StoryDraft.Block> body, List<StoryDraft.QuoteDraft> quotes, List<StoryDraft.EventDraft> events) {
        return new StoryDraft(
                "A headline",
                null,
                List.of("Dana Whitfield"),
                "PORTLAND, Maine",
                "Newsdesk Daily",
                body,
                quotes,
                events);
    }

    private static List<String> faults(StoryDraft draft) {
        StoryRulesBrokenException broken =
                catchThrowableOfType(StoryRulesBrokenException.class, () -> StoryRules.check(draft, NEW_SPEAKERS));
        assertThat(broken).as("the draft should break the rules").isNotNull();
        return broken.violations().stream().map(Violation::name).toList();
    }

    @Test
    void aWellFormedDraftBecomesAStoryWithBlocksNumberedByTheirPlace() {
        Story story = StoryRules.check(
                draft(
                        List.of(
                                paragraph(null, "“We are ready,” said Dana Okafor on Monday."),
                                paragraph("lede-2", "The bridge opened in 2026."),
                                paragraph(null, "A third.")),
                        List.of(quote("b1", "Dana Okafor", "We are ready,")),
                        List.of(event("lede-2", "2026-01-01", null, "year", "in 2026"))),
                NEW_SPEAKERS);

        assertThat(story.body()).extracting(b -> b.id().value()).containsExactly("b1", "lede-2", "b3");
        assertThat(story.quotes())
                .singleElement()
                .satisfies(q -> assertThat(q.said()).isNull());
        assertThat(story.timeline()).singleElement().satisfies(e -> {
            assertThat(e.when().end()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(e.when().precision()).isEqualTo(DatePrecision.YEAR);
        });
        assertThat(story.body().get(0).type()).isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void everyFaultIsNamedByItsPlaceInOneRefusal() {
        List<String> faults = faults(new StoryDraft(
                " ",
                null,
                Arrays.asList("Dana", null),
                "Two\nlines",
                null,
                List.of(paragraph(null, "Officials said it would reopen in 2026."), paragraph("b1", "Clash.")),
                List.of(quote("b1", "Official", "not in the text"), quote("b7", "", "reopen")),
                List.of(
                        event("b1", "2026-03-01", null, "year", "in 2026"),
                        event("b1", "2026-05-01", "2026-04-01", "span", "in 2026"),
                        event("b1", "2026-05-01", null, "week", "in 2026"))));

        assertThat(faults)
                .containsExactlyInAnyOrder(
                        "headline",
                        "bylines[1].name",
                        "dateline",
                        "publisher",
                        "body[1].id",
                        "quotes[0].text",
                        "quotes[1].speaker.name",
                        "quotes[1].blockId",
                        "timeline[0].start",
                        "timeline[1].start",
                        "timeline[2].precision");
    }

    @Nested
    class Blocks {

        @Test
        void aVideoHasItsDayAndLengthAndOnlyAVideoHasThem() {
            assertThat(faults(draft(
                            List.of(
                                    new StoryDraft.Block(null, "video", null, null, 0L),
                                    new StoryDraft.Block(null, "paragraph", "Text.", LocalDate.of(2020, 1, 1), 60L),
                                    new StoryDraft.Block("B 3", "table", null, null, null)),
                            List.of(),
                            List.of())))
                    .containsExactlyInAnyOrder(
                            "body[0].video.publishedOn",
                            "body[0].video.durationSeconds",
                            "body[1].video",
                            "body[2].id",
                            "body[2].type");
        }

        @Test
        void aBodyBeyondTheLimitIsRefusedAsOneFault() {
            List<StoryDraft.Block> blocks = new ArrayList<>();
            for (int i = 0; i <= StoryLimits.BLOCKS; i++) {
                blocks.add(paragraph(null, "Paragraph " + i + "."));
            }
            assertThat(faults(draft(blocks, List.of(), List.of()))).containsExactly("body");
        }

        @Test
        void aTextLongerThanTheLimitOrWithControlCharactersIsRefused() {
            assertThat(faults(draft(
                            List.of(
                                    paragraph(null, "x".repeat(StoryLimits.BLOCK_TEXT + 1)),
                                    paragraph(null, "bell\u0007")),
                            List.of(),
                            List.of())))
                    .containsExactly("body[0].text", "body[1].text");
        }
    }

    @Nested
    class Quotes {

        @Test
        void aQuoteDatedByTheStoryKeepsItsSpanAndAWrongOneIsRefused() {
            StoryDraft.QuoteDraft dated = new StoryDraft.QuoteDraft(
                    "b1", "Dana", List.of(), null, "ready", null, LocalDate.of(2024, 11, 1), null, "month", true, null);
            Story story = StoryRules.check(
                    draft(List.of(paragraph(null, "We are ready.")), List.of(dated), List.of()), NEW_SPEAKERS);
            assertThat(story.quotes().get(0).said().end()).isEqualTo(LocalDate.of(2024, 11, 30));
            assertThat(story.quotes().get(0).said().approximate()).isTrue();

            StoryDraft.QuoteDraft wrong = new StoryDraft.QuoteDraft(
                    "b1",
                    "Dana",
                    List.of(),
                    "robot",
                    "ready",
                    null,
                    LocalDate.of(2024, 11, 2),
                    null,
                    "month",
                    null,
                    null);
            assertThat(faults(draft(List.of(paragraph(null, "We are ready.")), List.of(wrong), List.of())))
                    .containsExactlyInAnyOrder("quotes[0].speaker.kind", "quotes[0].saidOn");
        }

        @Test
        void aVideoWithoutCaptionHoldsNoQuote() {
            assertThat(faults(draft(
                            List.of(new StoryDraft.Block(null, "video", null, LocalDate.of(2020, 1, 1), 60L)),
                            List.of(quote("b1", "Dana", "words")),
                            List.of())))
                    .containsExactly("quotes[0].text");
        }
    }
}
