package com.newsdesk.persistence.article;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.DocumentRenderer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 11.2 (Flyway reads version and description from the class name), run once on a database that milestone 1 wrote: turns each revision's format-1 snapshot (made
 * by the SQL function {@code article_snapshot()}, since removed) into the document the application serves, fills in
 * what made each revision (kind, editor, summary, changes) from its correction, and gives each article the document of
 * its current revision. A Spring bean, because the documents are rendered by the application ({@link
 * DocumentRenderer}); it uses Flyway's own connection, inside the migration's transaction. On a new database there is
 * nothing to convert.
 */
@Component
class V11_2__RenderRevisionDocuments extends BaseJavaMigration {

    private final DocumentRenderer renderer;

    V11_2__RenderRevisionDocuments(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement revisions = connection.prepareStatement(
                        "select article_id, revision, correction_id, snapshot::text from article_revision"
                                + " where document is null order by article_id, revision");
                ResultSet rows = revisions.executeQuery()) {
            while (rows.next()) {
                UUID article = rows.getObject("article_id", UUID.class);
                int revision = rows.getInt("revision");
                UUID correction = rows.getObject("correction_id", UUID.class);
                String document = renderer.render(ArticleMapper.fromSnapshot(rows.getString("snapshot")));
                describe(connection, article, revision, correction, document);
            }
        }
        try (PreparedStatement current =
                connection.prepareStatement("update article a set document = r.document from article_revision r"
                        + " where r.article_id = a.id and r.revision = a.revision and a.document is null")) {
            current.executeUpdate();
        }
    }

    private static void describe(Connection connection, UUID article, int revision, UUID correction, String document)
            throws SQLException {
        String kind = "publication";
        String editor = null;
        String summary = "First published";
        String changes = "[]";
        if (correction != null) {
            AppliedCorrection applied = correction(connection, correction);
            kind = applied.kind().code();
            editor = applied.editor();
            summary = applied.summary();
            changes = ArticleMapper.changesToJson(applied.changes());
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update article_revision set document = ?, kind = ?, editor = ?, summary = ?, changes = ?::jsonb"
                        + " where article_id = ? and revision = ?")) {
            update.setString(1, document);
            update.setString(2, kind);
            update.setString(3, editor);
            update.setString(4, summary);
            update.setString(5, changes);
            update.setObject(6, article);
            update.setInt(7, revision);
            update.executeUpdate();
        }
    }

    private static AppliedCorrection correction(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, article_id, revision, kind, note, editor, corrected_at, target_type, target_id, find,"
                        + " replacement, new_start, new_end, new_precision, new_approximate, new_title, changes::text"
                        + " from correction where id = ?")) {
            select.setObject(1, id);
            try (ResultSet c = select.executeQuery()) {
                c.next();
                return ArticleMapper.toCorrection(new CorrectionEntity(
                        c.getObject("id", UUID.class),
                        c.getObject("article_id", UUID.class),
                        c.getInt("revision"),
                        c.getString("kind"),
                        c.getString("note"),
                        c.getString("editor"),
                        c.getTimestamp("corrected_at").toInstant(),
                        c.getString("target_type"),
                        c.getString("target_id"),
                        c.getString("find"),
                        c.getString("replacement"),
                        c.getObject("new_start", LocalDate.class),
                        c.getObject("new_end", LocalDate.class),
                        c.getString("new_precision"),
                        (Boolean) c.getObject("new_approximate"),
                        c.getString("new_title"),
                        c.getString("changes")));
            }
        }
    }
}
