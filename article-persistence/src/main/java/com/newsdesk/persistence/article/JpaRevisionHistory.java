package com.newsdesk.persistence.article;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.correction.Revision;
import com.newsdesk.domain.correction.RevisionHistory;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the revision history from {@code article_revision} (without the documents) and the corrections. */
@Repository
class JpaRevisionHistory implements RevisionHistory {

    private final CorrectionJpaRepository corrections;
    private final JdbcClient jdbc;

    JpaRevisionHistory(CorrectionJpaRepository corrections, JdbcClient jdbc) {
        this.corrections = corrections;
        this.jdbc = jdbc;
    }

    @Override
    public List<Revision> revisions(ArticleId article) {
        return jdbc.sql("""
                        select revision, created_at, editor, kind, summary, changes::text as changes
                          from article_revision where article_id = ? order by revision
                        """)
                .param(article.value())
                .query((rs, n) -> new Revision(
                        rs.getInt("revision"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("editor"),
                        rs.getString("kind"),
                        rs.getString("summary"),
                        ArticleMapper.changesFromJson(rs.getString("changes"))))
                .list();
    }

    @Override
    public Optional<AppliedCorrection> correction(ArticleId article, CorrectionId correction) {
        return corrections
                .findByIdAndArticleId(correction.value(), article.value())
                .map(ArticleMapper::toCorrection);
    }
}
