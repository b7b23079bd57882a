package com.newsdesk.domain.article;

import static com.newsdesk.domain.article.DefectorStory.block;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.calendar.DateSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules an article holds from the moment it is built or restored. */
class ArticleTest {

    private final ArticleState seeded = ArticleState.of(DefectorStory.article());

    private ArticleState withBody(List<BodyBlock> body) {
        return new ArticleState(
                seeded.id(),
                seeded.slug(),
                seeded.headline(),
                seeded.bylines(),
                seeded.dateline(),
                seeded.publisher(),
                seeded.publishedAt(),
                seeded.updatedAt(),
                seeded.revision(),
                body,
                seeded.quotes(),
                seeded.timeline(),
                seeded.corrections());
    }

    private ArticleState withQuotes(List<Quote> quotes) {
        return new ArticleState(
                seeded.id(),
                seeded.slug(),
                seeded.headline(),
                seeded.bylines(),
                seeded.dateline(),
                seeded.publisher(),
                seeded.publishedAt(),
                seeded.updatedAt(),
                seeded.revision(),
                seeded.body(),
                quotes,
                seeded.timeline(),
                seeded.corrections());
    }

    private ArticleState withTimeline(List<TimelineEvent> timeline) {
        return new ArticleState(
                seeded.id(),
                seeded.slug(),
                seeded.headline(),
                seeded.bylines(),
                seeded.dateline(),
                seeded.publisher(),
                seeded.publishedAt(),
                seeded.updatedAt(),
                seeded.revision(),
                seeded.body(),
                seeded.quotes(),
                timeline,
                seeded.corrections());
    }

    private ArticleState withTimes(Instant publishedAt, Instant updatedAt, int revision) {
        return new ArticleState(
                seeded.id(),
                seeded.slug(),
                seeded.headline(),
                seeded.bylines(),
                seeded.dateline(),
                seeded.publisher(),
                publishedAt,
                updatedAt,
                revision,
                seeded.body(),
                seeded.quotes(),
                seeded.timeline(),
                seeded.corrections());
    }

    @Test
    void theSeededStoryHoldsEveryRule() {
        Article story = seeded.rebuilt();

        assertThat(story.body()).hasSize(13);
        assertThat(story.quotes()).hasSize(6);
        assertThat(story.timeline()).hasSize(6);
        assertThat(story.revision()).isEqualTo(1);
        assertThat(story.corrections()).isEmpty();
    }

    @Nested
    class BlockIds {

        @Test
        void areUniqueWithinTheArticle() {
            List<BodyBlock> body = new ArrayList<>(seeded.body());
            body.add(BodyBlock.paragraph("b3", "A second paragraph that claims to be b3."));

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withBody(body).rebuilt())
                    .withMessageContaining("block id b3 is used twice");
        }
    }

    @Nested
    class QuotedWords {

        private Quote strikinglySimilar() {
            return seeded.quotes().stream()
                    .filter(q -> q.id().equals(DefectorStory.STRIKINGLY_SIMILAR))
                    .findFirst()
                    .orElseThrow();
        }

        private List<Quote> replacing(Quote quote) {
            List<Quote> quotes = new ArrayList<>(seeded.quotes());
            quotes.replaceAll(q -> q.id().equals(quote.id()) ? quote : q);
            return quotes;
        }

        @Test
        void aQuoteMustStandVerbatimInItsBlock() {
            Quote q = strikinglySimilar();
            Quote paraphrased =
                    new Quote(q.id(), q.blockId(), q.speaker(), "strikingly alike", q.partial(), q.said(), q.context());

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withQuotes(replacing(paraphrased)).rebuilt())
                    .withMessageContaining("quote " + q.id())
                    .withMessageContaining("does not stand verbatim in block b8");
        }

        @Test
        void verbatimMeansLetterForLetterIncludingCaseAndPunctuation() {
            Quote q = strikinglySimilar();
            for (String near : List.of("Strikingly similar", "strikingly  similar", "“strikingly similar”x")) {
                Quote wrong = new Quote(q.id(), q.blockId(), q.speaker(), near, q.partial(), q.said(), q.context());
                assertThatIllegalArgumentException()
                        .as(near)
                        .isThrownBy(() -> withQuotes(replacing(wrong)).rebuilt());
            }
        }

        @Test
        void aQuoteMustStandInItsOwnBlockNotAnother() {
            Quote q = strikinglySimilar();
            Quote moved = new Quote(q.id(), block("b9"), q.speaker(), q.text(), q.partial(), q.said(), q.context());

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withQuotes(replacing(moved)).rebuilt())
                    .withMessageContaining("block b9");
        }

        @Test
        void aQuoteCannotStandInAMissingBlockOrTheVideo() {
            Quote q = strikinglySimilar();
            Quote missing = new Quote(q.id(), block("b99"), q.speaker(), q.text(), q.partial(), q.said(), q.context());
            Quote video = new Quote(q.id(), block("b10"), q.speaker(), q.text(), q.partial(), q.said(), q.context());

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withQuotes(replacing(missing)).rebuilt())
                    .withMessageContaining("missing block b99");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withQuotes(replacing(video)).rebuilt())
                    .withMessageContaining("block b10");
        }

        @Test
        void anEventsDatingPhraseMustStandVerbatimInItsBlock() {
            List<TimelineEvent> timeline = new ArrayList<>(seeded.timeline());
            timeline.replaceAll(e -> e.id().equals(DefectorStory.NUCLEAR_TEST)
                    ? new TimelineEvent(e.id(), e.blockId(), e.title(), e.when(), "a month before Oh made his dash")
                    : e);

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withTimeline(timeline).rebuilt())
                    .withMessageContaining("the phrase of event " + DefectorStory.NUCLEAR_TEST);
        }
    }

    @Nested
    class Times {

        private final Instant published = DefectorStory.PUBLISHED_AT;

        @Test
        void updatedAtMayEqualPublishedAt() {
            assertThat(withTimes(published, published, 1).rebuilt().updatedAt()).isEqualTo(published);
        }

        @Test
        void updatedAtMayNotComeBeforePublishedAt() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() ->
                            withTimes(published, published.minusNanos(1000), 1).rebuilt())
                    .withMessageContaining("before publication");
        }

        @Test
        void revisionsCountFromOne() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withTimes(published, published, 0).rebuilt())
                    .withMessageContaining("revisions count from 1");
        }
    }

    @Nested
    class Parts {

        @Test
        void aBlankHeadlineOrPublisherIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Story(
                            " \t",
                            null,
                            seeded.bylines(),
                            seeded.dateline(),
                            seeded.publisher(),
                            seeded.body(),
                            seeded.quotes(),
                            seeded.timeline()))
                    .withMessageContaining("headline");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Story(
                            seeded.headline(),
                            null,
                            seeded.bylines(),
                            seeded.dateline(),
                            "",
                            seeded.body(),
                            seeded.quotes(),
                            seeded.timeline()))
                    .withMessageContaining("publisher");
        }

        @Test
        void aVideoBlockHasNoTextAndAParagraphHasSome() {
            BodyBlock video = DefectorStory.article().block(block("b10")).orElseThrow();

            assertThat(video.hasText()).isFalse();
            assertThat(video.type()).isEqualTo(BlockType.VIDEO);
            assertThatIllegalArgumentException().isThrownBy(() -> BodyBlock.paragraph("b1", "  "));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new BodyBlock(block("b1"), BlockType.PARAGRAPH, "text", video.video()))
                    .withMessageContaining("only a video block");
            assertThatThrownBy(() -> new BodyBlock(block("b1"), BlockType.VIDEO, null, null))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void theArticleDoesNotShareItsLists() {
            List<BodyBlock> body = new ArrayList<>(seeded.body());
            Article story = withBody(body).rebuilt();
            body.remove(0);

            assertThat(story.body()).hasSize(13);
            assertThatThrownBy(() -> story.body().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> story.quotes().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> story.timeline().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> story.corrections().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Ordering {

        @Test
        void quotesReadInBlockOrderThenByWhereTheyStand() {
            assertThat(DefectorStory.article().quotesInReadingOrder())
                    .extracting(Quote::id)
                    .containsExactly(
                            DefectorStory.FIRED_THE_GUN,
                            DefectorStory.IN_THEIR_SHOES,
                            DefectorStory.STRIKINGLY_SIMILAR,
                            DefectorStory.FIRING_SQUAD,
                            DefectorStory.NOT_IN_THE_RIGHT_MIND,
                            DefectorStory.ESCAPING);
        }

        @Test
        void theTimelineRunsInDateOrder() {
            Article story = DefectorStory.article();

            assertThat(story.timelineInDateOrder())
                    .extracting(TimelineEvent::id)
                    .containsExactly(
                            DefectorStory.KOREAN_WAR,
                            DefectorStory.UN_REPORT,
                            DefectorStory.NUCLEAR_TEST,
                            DefectorStory.DMZ_ESCAPE,
                            DefectorStory.ICBM_LAUNCH,
                            DefectorStory.INTERVIEW);
            assertThat(story.timelineInDateOrder())
                    .extracting(TimelineEvent::when)
                    .extracting(DateSpan::start)
                    .isSorted()
                    .startsWith(LocalDate.of(1950, 1, 1));
        }
    }
}
