package com.newsdesk.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's life: each step guards its rule, raises the revision by one, and says what the store must write. */
class ArticleLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    private final Article draft = Article.draft(
                    ArticleId.newId(), new Slug("a-draft"), undated(Fixtures.freshDefectorStory()), "reporter", T0)
            .article();

    /** The story with every quote left undated, as a reporter may write it. */
    private static Story undated(Story story) {
        List<Quote> quotes = story.quotes().stream()
                .map(q -> new Quote(q.id(), q.blockId(), q.speaker(), q.text(), q.partial(), null, q.context()))
                .toList();
        return new Story(
                story.headline(),
                story.standfirst(),
                story.bylines(),
                story.dateline(),
                story.publisher(),
                story.body(),
                quotes,
                story.timeline());
    }

    @Test
    void aDraftIsRevisionOneAndNotPublic() {
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.revision()).isEqualTo(1);
        assertThat(draft.publishedAt()).isNull();
        assertThat(draft.status().isReadableByAnyone()).isFalse();
    }

    @Test
    void publicationDatesTheUndatedQuotesOnTheDayOfPublicationApproximately() {
        ArticleChange published = draft.publish(1, "editor", T0.plusSeconds(3600));

        assertThat(published.kind()).isEqualTo(ChangeKind.PUBLISHED);
        assertThat(published.revision()).isEqualTo(2);
        assertThat(published.revisionKind()).isEqualTo("publication");
        assertThat(draft.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(draft.publishedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(draft.quotes())
                .allSatisfy(q -> assertThat(q.said())
                        .isEqualTo(DateSpan.day(LocalDate.of(2026, 11, 27)).approximately()));
        assertThat(published.edits()).singleElement().isInstanceOf(Edit.QuotesDated.class);
    }

    @Test
    void aStoryIsPublishedOnceAndThenChangesOnlyThroughCorrections() {
        draft.publish(1, "editor", T0.plusSeconds(1));

        assertThat(catchThrowable(() -> draft.publish(2, "editor", T0.plusSeconds(2))))
                .isInstanceOf(LifecycleRefusedException.class)
                .hasMessageContaining("published");
        assertThat(catchThrowable(() -> draft.replace(Fixtures.freshDefectorStory(), 2, "reporter", T0)))
                .isInstanceOf(LifecycleRefusedException.class)
                .hasMessageContaining("corrections");
        assertThat(catchThrowable(() -> draft.delete(null, "editor", T0)))
                .isInstanceOf(LifecycleRefusedException.class);
        assertThat(draft.revision()).isEqualTo(2);
    }

    @Test
    void aDraftIsEditedAsAWholeButNeitherCorrectedNorRetracted() {
        Correction typo = Correction.edit(
                new CorrectionTarget.Block(new BlockId("b1")), "dash", "run", CorrectionKind.TYPO, null);
        assertThat(catchThrowable(() -> draft.correct(typo, 1, "editor", T0)))
                .isInstanceOf(LifecycleRefusedException.class)
                .hasMessageContaining("PUT");
        assertThat(catchThrowable(() -> draft.retract("Why", 1, "editor", T0)))
                .isInstanceOf(LifecycleRefusedException.class);

        Story rewritten = Fixtures.freshDefectorStory();
        rewritten = new Story(
                "A better headline",
                "A standfirst",
                rewritten.bylines(),
                rewritten.dateline(),
                rewritten.publisher(),
                rewritten.body(),
                rewritten.quotes(),
                rewritten.timeline());
        ArticleChange edit = draft.replace(rewritten, 1, "reporter", T0.plusSeconds(5));

        assertThat(edit.kind()).isEqualTo(ChangeKind.EDITED);
        assertThat(edit.edits()).containsExactly(new Edit.WholeStory());
        assertThat(edit.changes()).extracting(Change::path).containsExactly("headline", "standfirst");
        assertThat(draft.headline()).isEqualTo("A better headline");
        assertThat(draft.revision()).isEqualTo(2);
    }

    @Test
    void everyStepIsMadeAgainstTheRevisionItsAuthorRead() {
        Throwable stale = catchThrowable(() -> draft.publish(7, "editor", T0));

        assertThat(stale).isInstanceOf(StaleRevisionException.class);
        assertThat(((StaleRevisionException) stale).currentRevision()).isEqualTo(1);
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aScheduledStoryIsPublishedOnlyOnceItsTimeHasCome() {
        Instant at = T0.plusSeconds(600);
        ArticleChange scheduled = draft.schedule(at, 1, "editor", T0);

        assertThat(scheduled.kind()).isEqualTo(ChangeKind.SCHEDULED);
        assertThat(draft.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(draft.lifecycle().publishAt()).isEqualTo(at);
        assertThat(catchThrowable(() -> draft.publishAsScheduled(at.minusSeconds(1))))
                .isInstanceOf(IllegalStateException.class);

        ArticleChange published = draft.publishAsScheduled(at.plusMillis(200));

        assertThat(published.editor()).isEqualTo("editor");
        assertThat(published.summary()).isEqualTo("Published as scheduled");
        assertThat(draft.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(draft.revision()).isEqualTo(3);
    }

    @Test
    void aRetractedStoryKeepsItsPublicationAndGainsTheNote() {
        draft.publish(1, "editor", T0.plusSeconds(1));

        ArticleChange retracted = draft.retract("The source recanted.", 2, "chief", T0.plusSeconds(2));

        assertThat(retracted.kind()).isEqualTo(ChangeKind.RETRACTED);
        assertThat(retracted.summary()).isEqualTo("The source recanted.");
        assertThat(draft.status()).isEqualTo(ArticleStatus.RETRACTED);
        assertThat(draft.status().isReadableByAnyone()).isTrue();
        assertThat(draft.status().isListed()).isFalse();
        assertThat(draft.publishedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(draft.lifecycle().retraction())
                .isEqualTo(new Retraction("The source recanted.", T0.plusSeconds(2), "chief"));
        assertThat(catchThrowable(() -> draft.retract("Again", 3, "chief", T0.plusSeconds(3))))
                .isInstanceOf(LifecycleRefusedException.class);
    }

    @Test
    void aDeletedDraftKeepsItsRevisionInTheChange() {
        ArticleChange deleted = draft.delete(null, "editor", T0.plusSeconds(1));

        assertThat(deleted.kind()).isEqualTo(ChangeKind.DELETED);
        assertThat(deleted.revision()).isEqualTo(1);
        assertThat(deleted.kind().changesMembership()).isTrue();
        assertThat(deleted.kind().isPublic()).isFalse();
    }
}
