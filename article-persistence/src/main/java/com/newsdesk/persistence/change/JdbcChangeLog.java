package com.newsdesk.persistence.change;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.change.ChangeLog;
import com.newsdesk.domain.change.PublicChange;
import com.newsdesk.domain.change.StoryChange;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the change table back, by sequence number (its primary key). */
@Repository
class JdbcChangeLog implements ChangeLog {

    /** The kinds the public hears of, as SQL literals: the domain's list ({@link ChangeKind#isPublic()}), not a copy. */
    private static final String PUBLIC_KINDS = Arrays.stream(ChangeKind.values())
            .filter(ChangeKind::isPublic)
            .map(kind -> "'" + kind.code() + "'")
            .collect(Collectors.joining(", "));

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

    /**
     * One statement, walking the primary key from {@code after}: each change joined to its article by primary key
     * (an article that never was published has no public change, whatever the kind says), and a correction to its
     * notice by {@code (article_id, revision)}, which is unique.
     */
    @Override
    public List<PublicChange> publicChanges(long after, long upTo, int limit) {
        return jdbc.sql("""
                        select c.sequence, c.article_id, c.kind, c.revision, c.changed_at, a.slug, a.headline,
                               a.retraction_note, k.kind as correction_kind, k.note as correction_note
                          from article_change c
                          join article a on a.id = c.article_id
                          left join correction k
                            on c.kind = 'corrected' and k.article_id = c.article_id and k.revision = c.revision
                         where c.sequence > ? and c.sequence <= ?
                           and c.kind in (%s)
                           and a.published_at is not null
                         order by c.sequence
                         limit ?
                        """.formatted(PUBLIC_KINDS))
                .param(after)
                .param(upTo)
                .param(limit)
                .query((rs, n) -> {
                    ChangeKind kind = ChangeKind.fromCode(rs.getString("kind")).orElseThrow();
                    String noticeKind = null;
                    String note = null;
                    if (kind == ChangeKind.CORRECTED) {
                        noticeKind = rs.getString("correction_kind");
                        note = rs.getString("correction_note");
                    } else if (kind == ChangeKind.RETRACTED) {
                        noticeKind = "retraction";
                        note = rs.getString("retraction_note");
                    }
                    return new PublicChange(
                            rs.getLong("sequence"),
                            new ArticleId(rs.getObject("article_id", UUID.class)),
                            new Slug(rs.getString("slug")),
                            rs.getString("headline"),
                            kind,
                            rs.getInt("revision"),
                            rs.getTimestamp("changed_at").toInstant(),
                            noticeKind,
                            note);
                })
                .list();
    }

    @Override
    public long latest() {
        return jdbc.sql("select coalesce(max(sequence), 0) from article_change")
                .query(Long.class)
                .single();
    }
}
