package com.newsdesk.domain.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.newsdesk.domain.InMemoryStore;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleNotFoundException;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionRefusedException;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.DefectorStory;
import com.newsdesk.domain.article.StaleRevisionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The correction use case over in-memory ports: one transaction, idempotency keys, and nothing half-done. */
class CorrectionServiceTest {

    private static final Instant NOW = Instant.parse("2019-04-16T09:30:00Z");
    private static final String SLUG = DefectorStory.SLUG.value();
    private static final String NOTE =
            "An earlier version of this article misstated when North Korea conducted its nuclear test.";

    private final InMemoryStore store = new InMemoryStore();
    private final CorrectionService service =
            new CorrectionService(store, store, store, store, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void seed() {
        store.add(DefectorStory.article());
    }

    private static Correction nuclearTest(String replace) {
        return Correction.edit(
                new CorrectionTarget.Block(new BlockId("b6")),
                "A month before",
                replace,
                CorrectionKind.CORRECTION,
                NOTE);
    }

    private static CorrectionCommand command(String article, int revision, Correction correction, String key) {
        return new CorrectionCommand(article, revision, correction, "desk-editor", key);
    }

    @Test
    void appliesTheCorrectionAndStoresIt() {
        CorrectionReceipt receipt = service.correct(command(SLUG, 1, nuclearTest("About 10 weeks before"), null));

        assertThat(receipt.replayed()).isFalse();
        assertThat(receipt.correction().revision()).isEqualTo(2);
        assertThat(receipt.correction().correctedAt()).isEqualTo(NOW);
        Article stored = store.stored(DefectorStory.ID);
        assertThat(stored.revision()).isEqualTo(2);
        assertThat(stored.updatedAt()).isEqualTo(NOW);
        assertThat(stored.corrections()).hasSize(1);
        assertThat(store.saved).containsExactly(receipt.correction());
    }

    @Test
    void findsTheArticleByIdAsWellAsBySlug() {
        CorrectionReceipt receipt =
                service.correct(command(DefectorStory.ID.toString(), 1, nuclearTest("About 10 weeks before"), null));

        assertThat(receipt.correction().articleId()).isEqualTo(DefectorStory.ID);
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyAnswersTheFirstResponseAndAppliesNothingAgain() {
        CorrectionReceipt first = service.correct(command(SLUG, 1, nuclearTest("About 10 weeks before"), "key-1"));
        // The retry still carries the revision the editor read; it must not be refused as stale.
        CorrectionReceipt retry = service.correct(command(SLUG, 1, nuclearTest("About 10 weeks before"), "key-1"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.correction()).isEqualTo(first.correction());
        assertThat(store.saved).hasSize(1);
        assertThat(store.stored(DefectorStory.ID).revision()).isEqualTo(2);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        service.correct(command(SLUG, 1, nuclearTest("About 10 weeks before"), "key-1"));

        Throwable thrown = catchThrowable(
                () -> service.correct(command(SLUG, 2, nuclearTest("About nine weeks before"), "key-1")));

        assertThat(thrown).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(((IdempotencyKeyReusedException) thrown).code()).isEqualTo("idempotency-key-reused");
        assertThat(store.saved).hasSize(1);
    }

    @Test
    void aRefusedCorrectionLeavesItsKeyFreeForTheFixedRequest() {
        Throwable refused =
                catchThrowable(() -> service.correct(command(SLUG, 1, nuclearTest("A month before"), "key-2")));
        assertThat(refused).isInstanceOf(CorrectionRefusedException.class);

        CorrectionReceipt fixed = service.correct(command(SLUG, 1, nuclearTest("About 10 weeks before"), "key-2"));

        assertThat(fixed.replayed()).isFalse();
        assertThat(store.stored(DefectorStory.ID).revision()).isEqualTo(2);
    }

    @Test
    void aStaleRevisionIsRefusedAndNothingIsStored() {
        service.correct(command(SLUG, 1, nuclearTest("About 10 weeks before"), null));

        Throwable thrown =
                catchThrowable(() -> service.correct(command(SLUG, 1, nuclearTest("About nine weeks before"), null)));

        assertThat(thrown).isInstanceOf(StaleRevisionException.class);
        assertThat(store.saved).hasSize(1);
    }

    @Test
    void anUnknownSlugIsNotFound() {
        assertThat(catchThrowable(
                        () -> service.correct(command("no-such-story", 1, nuclearTest("About 10 weeks before"), null))))
                .isInstanceOf(ArticleNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "x' or '1'='1", "story\u0000", "", "Story", "%2e%2e"})
    void aReferenceThatNamesNoArticleNeverReachesTheStore(String reference) {
        Throwable thrown =
                catchThrowable(() -> service.correct(command(reference, 1, nuclearTest("About 10 weeks"), null)));

        assertThat(thrown).isInstanceOf(ArticleNotFoundException.class);
        assertThat(store.lookups).isEmpty();
        assertThat(store.transactions).isZero();
    }
}
