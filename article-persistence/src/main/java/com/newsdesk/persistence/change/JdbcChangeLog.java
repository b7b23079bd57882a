package com.newsdesk.persistence.change;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.change.ChangeLog;
import com.newsdesk.domain.change.StoryChange;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the change table back, by sequence number (its primary key). */
@Repository
class JdbcChangeLog implements ChangeLog {

    private final JdbcClient jdbc;

    JdbcChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoryChange> after(long sequence, int limit) {
        return jdbc.sql("""
                        select sequence, article_id, kind, revision, changed_at from article_change
                         where sequence > ? order by sequence limit ?
                        """)
                .param(sequence)
                .param(limit)
                .query((rs, n) -> new StoryChange(
                        rs.getLong("sequence"),
                        new ArticleId(rs.getObject("article_id", UUID.class)),
                        ChangeKind.fromCode(rs.getString("kind")).orElseThrow(),
                        rs.getInt("revision"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    @Override
    public long latest() {
        return jdbc.sql("select coalesce(max(sequence), 0) from article_change")
                .query(Long.class)
                .single();
    }
}
