package com.newsdesk.persistence.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.DefectorStory;
import com.newsdesk.domain.article.NewStory;
import com.newsdesk.domain.change.ChangeLog;
import com.newsdesk.domain.change.PublicChange;
import com.newsdesk.domain.transaction.Transactions;
import com.newsdesk.persistence.PersistenceTestApplication;
import com.newsdesk.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The change stream's query against PostgreSQL: public changes only, in sequence order, within the bounds asked. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = com.newsdesk.testing.FreshDatabase.class)
@Tag("database")
class PublicChangesTest {

    @Autowired
    ChangeLog changes;

    @Autowired
    ArticleRepository articles;

    @Autowired
    Transactions transactions;

    @Test
    void publicationsAndCorrectionsWithTheirNoticesButNeverADraft() {
        long before = transactions.readOnly(changes::latest);
        Article story = write(Article.firstPublished(
                ArticleId.newId(),
                Fixtures.uniqueSlug("public-changes"),
                Fixtures.freshDefectorStory(),
                DefectorStory.PUBLISHED_AT,
                "newsdesk"));
        write(Article.draft(
                ArticleId.newId(),
                Fixtures.uniqueSlug("public-changes-draft"),
                Fixtures.freshDefectorStory(),
                "reporter",
                Instant.now()));
        correct(story, "30,000", "31,000", CorrectionKind.CORRECTION, "A corrected figure.");
        correct(story, "31,000", "32,000", CorrectionKind.TYPO, null);
        long latest = transactions.readOnly(changes::latest);
        assertThat(latest).isEqualTo(before + 4);

        List<PublicChange> all = transactions.readOnly(() -> changes.publicChanges(before, latest, 100));

        assertThat(all)
                .extracting(PublicChange::kind)
                .containsExactly(ChangeKind.PUBLISHED, ChangeKind.CORRECTED, ChangeKind.CORRECTED);
        assertThat(all).extracting(PublicChange::sequence).containsExactly(before + 1, before + 3, before + 4);
        assertThat(all).allSatisfy(change -> {
            assertThat(change.article()).isEqualTo(story.id());
            assertThat(change.slug()).isEqualTo(story.slug());
        });
        assertThat(all.get(0).noticeKind()).isNull();
        assertThat(all.get(1).noticeKind()).isEqualTo("correction");
        assertThat(all.get(1).note()).isEqualTo("A corrected figure.");
        assertThat(all.get(1).revision()).isEqualTo(2);
        assertThat(all.get(2).noticeKind()).isEqualTo("typo");
        assertThat(all.get(2).note()).isNull();

        // The bounds: after is exclusive, upTo inclusive, and the limit holds.
        assertThat(transactions.readOnly(() -> changes.publicChanges(before + 1, before + 3, 100)))
                .extracting(PublicChange::sequence)
                .containsExactly(before + 3);
        assertThat(transactions.readOnly(() -> changes.publicChanges(before, latest, 2)))
                .extracting(PublicChange::sequence)
                .containsExactly(before + 1, before + 3);
    }

    private Article write(NewStory story) {
        transactions.inTransaction(() -> {
            articles.write(story.article(), story.change());
            return null;
        });
        return story.article();
    }

    private void correct(Article story, String find, String replace, CorrectionKind kind, String note) {
        transactions.inTransaction(() -> {
            Article current =
                    articles.lockForChange(ArticleReference.of(story.id())).orElseThrow();
            Correction correction =
                    Correction.edit(new CorrectionTarget.Block(new BlockId("b12")), find, replace, kind, note);
            articles.write(current, current.correct(correction, current.revision(), "editor", Instant.now()));
            return null;
        });
    }
}
