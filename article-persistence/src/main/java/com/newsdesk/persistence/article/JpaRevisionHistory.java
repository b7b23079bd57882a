package com.newsdesk.persistence.article;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.correction.Revision;
import com.newsdesk.domain.correction.RevisionHistory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the revision history: the snapshots in {@code article_revision} and the corrections that made them. */
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
        Map<UUID, AppliedCorrection> byId = corrections.findByArticleIdOrderByRevision(article.value()).stream()
                .map(ArticleMapper::toCorrection)
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        // The snapshot column is left out: the list needs only which revisions exist and what made them.
        return jdbc.sql("select revision, created_at, correction_id from article_revision"
                        + " where article_id = ? order by revision")
                .param(article.value())
                .query((rs, n) -> {
                    int number = rs.getInt("revision");
                    Instant createdAt = rs.getTimestamp("created_at").toInstant();
                    UUID correction = rs.getObject("correction_id", UUID.class);
                    if (correction == null) {
                        return new Revision(
                                number, createdAt, null, Revision.PUBLICATION, "First published", List.of());
                    }
                    AppliedCorrection c = byId.get(correction);
                    return new Revision(number, createdAt, c.editor(), c.kind().code(), c.summary(), c.changes());
                })
                .list();
    }

    @Override
    public Optional<Article> articleAt(ArticleId article, int revision) {
        return jdbc.sql("select snapshot::text from article_revision where article_id = ? and revision = ?")
                .param(article.value())
                .param(revision)
                .query(String.class)
                .optional()
                .map(ArticleMapper::fromSnapshot);
    }

    @Override
    public Optional<AppliedCorrection> correction(ArticleId article, CorrectionId correction) {
        return corrections
                .findByIdAndArticleId(correction.value(), article.value())
                .map(ArticleMapper::toCorrection);
    }
}
