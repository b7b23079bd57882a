package com.newsdesk.persistence.query;

import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.ArticleHead;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.StoredDocuments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Serves the documents the writer stored: one statement, one row, by the primary key or the unique slug. This is the
 * whole cost of reading an article the cache does not hold.
 */
@Repository
class JdbcStoredDocuments implements StoredDocuments {

    private static final String HEAD = "select a.id, a.slug, a.status, a.revision, a.updated_at";

    private final JdbcClient jdbc;

    JdbcStoredDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ArticleDocument> current(ArticleReference reference) {
        return byReference(HEAD + ", a.document from article a", reference)
                .query((rs, n) -> document(rs, rs.getInt("revision"), "updated_at"))
                .optional();
    }

    @Override
    public Optional<ArticleHead> head(ArticleReference reference) {
        return byReference(HEAD + " from article a", reference)
                .query((rs, n) -> new ArticleHead(
                        new ArticleId(rs.getObject("id", UUID.class)),
                        new Slug(rs.getString("slug")),
                        status(rs),
                        rs.getInt("revision"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    @Override
    public Optional<ArticleDocument> atRevision(ArticleReference reference, int revision) {
        JdbcClient.StatementSpec query = jdbc.sql(
                        "select a.id, a.slug, a.status, r.revision, r.created_at, r.document from article a"
                                + " join article_revision r on r.article_id = a.id and r.revision = ?"
                                + (reference.id() != null ? " where a.id = ?" : " where a.slug = ?"))
                .param(revision)
                .param(
                        reference.id() != null
                                ? reference.id().value()
                                : reference.slug().value());
        return query.query((rs, n) -> document(rs, revision, "created_at")).optional();
    }

    private JdbcClient.StatementSpec byReference(String select, ArticleReference reference) {
        return reference.id() != null
                ? jdbc.sql(select + " where a.id = ?").param(reference.id().value())
                : jdbc.sql(select + " where a.slug = ?").param(reference.slug().value());
    }

    private static ArticleDocument document(ResultSet rs, int revision, String changedAt) throws SQLException {
        return new ArticleDocument(
                new ArticleId(rs.getObject("id", UUID.class)),
                new Slug(rs.getString("slug")),
                status(rs),
                revision,
                rs.getTimestamp(changedAt).toInstant(),
                rs.getString("document"));
    }

    private static ArticleStatus status(ResultSet rs) throws SQLException {
        String code = rs.getString("status");
        return ArticleStatus.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown status " + code));
    }
}
