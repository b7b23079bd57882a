package com.newsdesk.persistence.correction;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionNotice;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.correction.NoticeEntry;
import com.newsdesk.domain.correction.NoticeQueries;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest public notices across articles, in one statement: a backward walk of the partial index
 * {@code correction_public_recent_idx} (V14_1) that stops after {@code limit} rows, each joined to its article by
 * primary key. Typo fixes are not in the index, so they cost nothing to skip.
 */
@Repository
class JdbcNoticeQueries implements NoticeQueries {

    private static final String LATEST = "select c.id, c.kind, c.note, c.corrected_at, c.revision,"
            + " a.id as article_id, a.slug, a.headline"
            + " from correction c join article a on a.id = c.article_id"
            + " where c.kind <> 'typo' and a.status = 'published'"
            + " order by c.corrected_at desc, c.id desc"
            + " limit ?";

    private final JdbcClient jdbc;

    JdbcNoticeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NoticeEntry> latest(int limit) {
        return jdbc.sql(LATEST)
                .param(limit)
                .query((rs, n) -> new NoticeEntry(
                        new CorrectionNotice(
                                new CorrectionId(rs.getObject("id", UUID.class)),
                                CorrectionKind.fromCode(rs.getString("kind")).orElseThrow(),
                                rs.getString("note"),
                                rs.getTimestamp("corrected_at").toInstant(),
                                rs.getInt("revision")),
                        new ArticleId(rs.getObject("article_id", UUID.class)),
                        new Slug(rs.getString("slug")),
                        rs.getString("headline")))
                .list();
    }
}
