package com.newsdesk.persistence.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.DuplicateSlugException;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.StaleRevisionException;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.correction.Revision;
import com.newsdesk.domain.correction.RevisionHistory;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.transaction.Transactions;
import com.newsdesk.persistence.PersistenceTestApplication;
import com.newsdesk.testing.FreshDatabase;
import com.newsdesk.testing.StoryCopies;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** What the domain may rely on from its article repository, checked against PostgreSQL. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabase.class)
class ArticleRepositoryContractTest {

    @Autowired
    ArticleRepository articles;

    @Autowired
    RevisionHistory history;

    @Autowired
    Transactions transactions;

    private Article seeded() {
        return transactions
                .readOnly(() -> articles.find(ArticleReference.of(new Slug(StoryCopies.SEEDED_SLUG))))
                .orElseThrow();
    }

    private Article load(Article article) {
        return transactions
                .readOnly(() -> articles.find(ArticleReference.of(article.id())))
                .orElseThrow();
    }

    @Test
    void anAddedArticleReadsBackWholeByIdAndBySlug() {
        Article copy = StoryCopies.copy(seeded(), StoryCopies.uniqueSlug("contract"));
        transactions.inTransaction(() -> {
            articles.add(copy);
            return null;
        });
        Article byId = load(copy);
        Article bySlug = transactions
                .readOnly(() -> articles.find(ArticleReference.of(copy.slug())))
                .orElseThrow();
        for (Article read : List.of(byId, bySlug)) {
            assertThat(read.id()).isEqualTo(copy.id());
            assertThat(read.headline()).isEqualTo(copy.headline());
            assertThat(read.bylines()).isEqualTo(copy.bylines());
            assertThat(read.body()).isEqualTo(copy.body());
            assertThat(read.quotesInReadingOrder()).isEqualTo(copy.quotesInReadingOrder());
            assertThat(read.timelineInDateOrder()).isEqualTo(copy.timelineInDateOrder());
            assertThat(read.revision()).isEqualTo(1);
            assertThat(read.publishedAt()).isEqualTo(copy.publishedAt());
        }
        assertThat(transactions.readOnly(() -> articles.idOf(ArticleReference.of(copy.slug()))))
                .contains(copy.id());
        List<Revision> revisions = transactions.readOnly(() -> history.revisions(copy.id()));
        assertThat(revisions).extracting(Revision::number).containsExactly(1);
        assertThat(transactions.readOnly(() -> history.articleAt(copy.id(), 1)))
                .get()
                .satisfies(first -> assertThat(first.body()).isEqualTo(copy.body()));
    }

    @Test
    void aSlugNamesOneArticleOnly() {
        Article copy = StoryCopies.copy(seeded(), StoryCopies.SEEDED_SLUG);
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
                    articles.add(copy);
                    return null;
                }))
                .isInstanceOf(DuplicateSlugException.class);
        assertThat(transactions.readOnly(() -> articles.idOf(ArticleReference.of(copy.id()))))
                .isEmpty();
    }

    @Test
    void aCorrectionIsStoredWithItsSnapshotAndTheLoserOfARaceIsStale() {
        Article copy = StoryCopies.copy(seeded(), StoryCopies.uniqueSlug("race"));
        transactions.inTransaction(() -> {
            articles.add(copy);
            return null;
        });
        Correction typo = Correction.edit(
                new CorrectionTarget.Block(new BlockId("b12")),
                "30,000",
                "31,000",
                CorrectionKind.UPDATE,
                "A new figure.");
        // Two editors read revision 1; the first one's correction lands, the second one's is stale.
        Article first = load(copy);
        Article second = load(copy);
        transactions.inTransaction(() -> {
            AppliedCorrection applied = first.correct(typo, 1, "first", Instant.now());
            articles.saveCorrection(first, applied);
            return null;
        });
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
                    AppliedCorrection applied = second.correct(typo, 1, "second", Instant.now());
                    articles.saveCorrection(second, applied);
                    return null;
                }))
                .isInstanceOf(StaleRevisionException.class);

        Article now = load(copy);
        assertThat(now.revision()).isEqualTo(2);
        assertThat(now.block(new BlockId("b12")).orElseThrow().text())
                .contains("31,000")
                .doesNotContain("30,000");
        assertThat(now.corrections())
                .singleElement()
                .satisfies(n -> assertThat(n.revision()).isEqualTo(2));
        List<Revision> revisions = transactions.readOnly(() -> history.revisions(copy.id()));
        assertThat(revisions).extracting(Revision::number).containsExactly(1, 2);
        assertThat(revisions.get(1).editor()).isEqualTo("first");
        assertThat(transactions
                        .readOnly(() -> history.articleAt(copy.id(), 2))
                        .orElseThrow()
                        .body())
                .isEqualTo(now.body());
        assertThat(transactions
                        .readOnly(() -> history.articleAt(copy.id(), 1))
                        .orElseThrow()
                        .body())
                .isEqualTo(copy.body());
    }

    @Test
    void searchPagesInTheDatabaseNewestFirst() {
        var all = transactions.readOnly(
                () -> articles.search(new ArticleSearch(DateRange.ALL, null), new PageRequest(0, 1)));
        assertThat(all.totalElements()).isGreaterThanOrEqualTo(1);
        assertThat(all.content()).hasSize(1);
        var pastTheEnd = transactions.readOnly(
                () -> articles.search(new ArticleSearch(DateRange.ALL, null), new PageRequest(10_000, 100)));
        assertThat(pastTheEnd.content()).isEmpty();
        assertThat(pastTheEnd.totalElements()).isEqualTo(all.totalElements());
    }
}
