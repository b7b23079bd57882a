package com.newsdesk.persistence.correction;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.DefectorStory;
import com.newsdesk.domain.article.NewStory;
import com.newsdesk.domain.correction.NoticeEntry;
import com.newsdesk.domain.correction.NoticeQueries;
import com.newsdesk.domain.transaction.Transactions;
import com.newsdesk.persistence.PersistenceTestApplication;
import com.newsdesk.testing.Fixtures;
import com.newsdesk.testing.FreshDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** The corrections feed's query against PostgreSQL: newest public notices first, typos left out, from the index. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabase.class)
@Tag("database")
class NoticeQueriesTest {

    // Later than anything other tests in this database write, so these notices are the newest.
    private static final Instant LATE = Instant.parse("2099-01-01T00:00:00Z");

    @Autowired
    NoticeQueries notices;

    @Autowired
    ArticleRepository articles;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactionTemplate;

    @Test
    void theLatestPublicNoticesComeNewestFirstWithTheirArticleAndWithoutTypos() {
        Article first = storyCopy("notices-first");
        Article second = storyCopy("notices-second");
        correct(first, CorrectionKind.CORRECTION, "A corrected figure.", LATE.plusSeconds(10));
        correct(second, CorrectionKind.CLARIFICATION, "A clarified figure.", LATE.plusSeconds(20));
        correct(first, CorrectionKind.TYPO, null, LATE.plusSeconds(30));

        List<NoticeEntry> latest = transactions.readOnly(() -> notices.latest(2));

        assertThat(latest).hasSize(2);
        assertThat(latest.get(0).notice().note()).isEqualTo("A clarified figure.");
        assertThat(latest.get(0).notice().kind()).isEqualTo(CorrectionKind.CLARIFICATION);
        assertThat(latest.get(0).notice().correctedAt()).isEqualTo(LATE.plusSeconds(20));
        assertThat(latest.get(0).notice().revision()).isEqualTo(2);
        assertThat(latest.get(0).articleId()).isEqualTo(second.id());
        assertThat(latest.get(0).articleSlug()).isEqualTo(second.slug());
        assertThat(latest.get(0).articleHeadline()).isEqualTo(second.headline());
        assertThat(latest.get(1).notice().note()).isEqualTo("A corrected figure.");
        assertThat(latest.get(1).articleId()).isEqualTo(first.id());
        assertThat(transactions.readOnly(() -> notices.latest(1))).hasSize(1);
    }

    @Test
    void theQueryCanWalkThePartialIndexInsteadOfReadingEveryCorrection() {
        // On a handful of rows the planner rightly prefers a sequential scan; with that off it must find the index.
        String plan = transactionTemplate.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain select c.id from correction c join article a on a.id = c.article_id"
                                    + " where c.kind <> 'typo' order by c.corrected_at desc, c.id desc limit 20")
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("correction_public_recent_idx").doesNotContain("Sort");
    }

    private Article storyCopy(String prefix) {
        NewStory copy = Article.firstPublished(
                ArticleId.newId(),
                Fixtures.uniqueSlug(prefix),
                Fixtures.freshDefectorStory(),
                DefectorStory.PUBLISHED_AT,
                "newsdesk");
        transactions.inTransaction(() -> {
            articles.write(copy.article(), copy.change());
            return null;
        });
        return copy.article();
    }

    private void correct(Article story, CorrectionKind kind, String note, Instant at) {
        transactions.inTransaction(() -> {
            Article current =
                    articles.lockForChange(ArticleReference.of(story.id())).orElseThrow();
            String find =
                    current.block(new BlockId("b12")).orElseThrow().text().contains("30,000") ? "30,000" : "31,000";
            String replace = find.equals("30,000") ? "31,000" : "32,000";
            Correction correction =
                    Correction.edit(new CorrectionTarget.Block(new BlockId("b12")), find, replace, kind, note);
            articles.write(current, current.correct(correction, current.revision(), "editor", at));
            return null;
        });
    }
}
