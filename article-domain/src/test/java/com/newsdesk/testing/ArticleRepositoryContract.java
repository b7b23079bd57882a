package com.newsdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.DuplicateSlugException;
import com.newsdesk.domain.article.NewStory;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.StaleRevisionException;
import com.newsdesk.domain.article.StoredDocuments;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.correction.Revision;
import com.newsdesk.domain.correction.RevisionHistory;
import com.newsdesk.domain.transaction.Transactions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What the domain may rely on from the write side of its article store and the documents it keeps, checked against
 * every adapter: the in-memory store the domain tests use, and the JPA adapter on PostgreSQL. Each test works on
 * stories of its own (fresh ids, a unique slug), so the contract can run on a database other tests share.
 */
public abstract class ArticleRepositoryContract {

    protected static final Instant AT = Instant.parse("2026-11-27T09:00:00Z");

    protected abstract ArticleRepository articles();

    protected abstract StoredDocuments documents();

    protected abstract RevisionHistory history();

    protected abstract Transactions transactions();

    protected static Story freshStory() {
        return Fixtures.freshDefectorStory();
    }

    protected static Slug uniqueSlug(String prefix) {
        return Fixtures.uniqueSlug(prefix);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    private Article draftWritten(String prefix) {
        NewStory draft = Article.draft(ArticleId.newId(), uniqueSlug(prefix), freshStory(), "reporter", AT);
        inTransaction(() -> {
            articles().write(draft.article(), draft.change());
            return null;
        });
        return draft.article();
    }

    private Article locked(ArticleReference reference) {
        return inTransaction(() -> articles().lockForChange(reference).orElseThrow());
    }

    private void write(Article article, ArticleChange change) {
        inTransaction(() -> {
            articles().write(article, change);
            return null;
        });
    }

    @Test
    void aDraftIsWrittenWholeAndReadsBackByIdAndBySlug() {
        Article draft = draftWritten("contract-draft");

        for (ArticleReference reference : List.of(ArticleReference.of(draft.id()), ArticleReference.of(draft.slug()))) {
            Article read = locked(reference);
            assertThat(read.id()).isEqualTo(draft.id());
            assertThat(read.status()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(read.story().body()).isEqualTo(draft.story().body());
            assertThat(read.quotesInReadingOrder()).isEqualTo(draft.quotesInReadingOrder());
            assertThat(read.timelineInDateOrder()).isEqualTo(draft.timelineInDateOrder());
            assertThat(read.revision()).isEqualTo(1);
            assertThat(read.updatedAt()).isEqualTo(AT);
        }
        assertThat(transactions().readOnly(() -> articles().idOf(ArticleReference.of(draft.slug()))))
                .contains(draft.id());
        assertThat(transactions().readOnly(() -> articles().slugTaken(draft.slug())))
                .isTrue();
        ArticleDocument current = transactions()
                .readOnly(() -> documents().current(ArticleReference.of(draft.slug())))
                .orElseThrow();
        assertThat(current.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(current.revision()).isEqualTo(1);
        assertThat(current.json()).isNotBlank();
        assertThat(transactions().readOnly(() -> history().revisions(draft.id())))
                .extracting(Revision::number, Revision::kind, Revision::editor)
                .containsExactly(tuple(1, "creation", "reporter"));
    }

    @Test
    void aSlugNamesOneArticleOnly() {
        Article first = draftWritten("contract-slug");
        NewStory second = Article.draft(ArticleId.newId(), first.slug(), freshStory(), "reporter", AT);

        assertThatThrownBy(() -> write(second.article(), second.change())).isInstanceOf(DuplicateSlugException.class);
        assertThat(transactions()
                        .readOnly(() -> articles()
                                .idOf(ArticleReference.of(second.article().id()))))
                .isEmpty();
    }

    @Test
    void aDraftGoesThroughPublicationCorrectionAndRetractionAndEveryRevisionKeepsItsDocument() {
        Article draft = draftWritten("contract-life");
        ArticleReference ref = ArticleReference.of(draft.id());

        Article editing = locked(ref);
        Story rewritten = freshStory();
        rewritten = new Story(
                "A new headline",
                "A standfirst",
                rewritten.bylines(),
                rewritten.dateline(),
                rewritten.publisher(),
                rewritten.body(),
                rewritten.quotes(),
                rewritten.timeline());
        write(editing, editing.replace(rewritten, 1, "reporter", AT.plusSeconds(60)));
        Article publishing = locked(ref);
        write(publishing, publishing.publish(2, "editor", AT.plusSeconds(120)));
        Article correcting = locked(ref);
        write(
                correcting,
                correcting.correct(
                        Correction.edit(
                                new CorrectionTarget.Block(new BlockId("b12")),
                                "30,000",
                                "31,000",
                                CorrectionKind.UPDATE,
                                "A new figure."),
                        3,
                        "editor",
                        AT.plusSeconds(180)));
        Article retracting = locked(ref);
        write(retracting, retracting.retract("It was wrong.", 4, "editor", AT.plusSeconds(240)));

        Article now = locked(ref);
        assertThat(now.status()).isEqualTo(ArticleStatus.RETRACTED);
        assertThat(now.revision()).isEqualTo(5);
        assertThat(now.headline()).isEqualTo("A new headline");
        assertThat(now.standfirst()).isEqualTo("A standfirst");
        assertThat(now.publishedAt()).isEqualTo(AT.plusSeconds(120));
        assertThat(now.lifecycle().retraction().note()).isEqualTo("It was wrong.");
        assertThat(now.block(new BlockId("b12")).orElseThrow().text()).contains("31,000");
        assertThat(now.corrections())
                .singleElement()
                .satisfies(n -> assertThat(n.revision()).isEqualTo(4));
        assertThat(now.quotes()).allSatisfy(q -> assertThat(q.said()).isNotNull());
        assertThat(transactions().readOnly(() -> history().revisions(draft.id())))
                .extracting(Revision::number, Revision::kind, Revision::editor)
                .containsExactly(
                        tuple(1, "creation", "reporter"),
                        tuple(2, "edit", "reporter"),
                        tuple(3, "publication", "editor"),
                        tuple(4, "update", "editor"),
                        tuple(5, "retraction", "editor"));
        for (int revision = 1; revision <= 5; revision++) {
            int n = revision;
            assertThat(transactions().readOnly(() -> documents().atRevision(ref, n)))
                    .get()
                    .satisfies(d -> assertThat(d.revision()).isEqualTo(n))
                    .satisfies(d -> assertThat(d.json()).isNotBlank());
        }
        assertThat(transactions()
                        .readOnly(() -> documents().current(ref))
                        .orElseThrow()
                        .status())
                .isEqualTo(ArticleStatus.RETRACTED);
    }

    @Test
    void theLoserOfARaceIsStaleAndChangesNothing() {
        Article draft = draftWritten("contract-race");
        ArticleReference ref = ArticleReference.of(draft.id());
        Article first = locked(ref);
        Article second = locked(ref);

        write(first, first.publish(1, "first", AT.plusSeconds(1)));

        assertThatThrownBy(() -> write(second, second.publish(1, "second", AT.plusSeconds(2))))
                .isInstanceOf(StaleRevisionException.class);
        Article now = locked(ref);
        assertThat(now.revision()).isEqualTo(2);
        assertThat(now.publishedAt()).isEqualTo(AT.plusSeconds(1));
    }

    @Test
    void aDeletedDraftIsGoneEverywhere() {
        Article draft = draftWritten("contract-delete");
        ArticleReference ref = ArticleReference.of(draft.slug());
        Article deleting = locked(ref);

        write(deleting, deleting.delete(1, "editor", AT.plusSeconds(5)));

        assertThat(inTransaction(() -> articles().lockForChange(ref))).isEmpty();
        assertThat(transactions().readOnly(() -> documents().current(ref))).isEmpty();
        assertThat(transactions().readOnly(() -> articles().slugTaken(draft.slug())))
                .isFalse();
    }

    @Test
    void scheduledStoriesAreFoundOnceTheirTimeHasCome() {
        Article draft = draftWritten("contract-schedule");
        Article scheduling = locked(ArticleReference.of(draft.id()));
        Instant publishAt = AT.plus(1, ChronoUnit.HOURS);
        write(scheduling, scheduling.schedule(publishAt, 1, "editor", AT));

        List<ArticleId> early =
                inTransaction(() -> articles().lockDueForPublication(publishAt.minusSeconds(1), 1000).stream()
                        .map(Article::id)
                        .toList());
        List<Article> due = inTransaction(() -> articles().lockDueForPublication(publishAt, 1000));

        assertThat(early).doesNotContain(draft.id());
        assertThat(due).extracting(Article::id).contains(draft.id());
        Article found =
                due.stream().filter(a -> a.id().equals(draft.id())).findFirst().orElseThrow();
        write(found, found.publishAsScheduled(publishAt));
        assertThat(locked(ArticleReference.of(draft.id())).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(inTransaction(() -> articles().lockDueForPublication(publishAt, 1000)))
                .extracting(Article::id)
                .doesNotContain(draft.id());
    }
}
