package com.newsdesk.persistence.speaker;

import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.SpeakerKind;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.speaker.SpeakerEntry;
import com.newsdesk.domain.speaker.SpeakerQueries;
import com.newsdesk.domain.speaker.SpeakerSearch;
import com.newsdesk.persistence.query.SearchSql;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The speaker directory in plain SQL. Names are matched by {@code name_key} (no case, accents, dots or leading "the"),
 * as part of a name through the trigram indexes of V15_1 ({@code LIKE '%...%'}, the reader's {@code %}, {@code _} and
 * {@code \} escaped), and counted over the quotes of published stories only.
 */
@Repository
class JdbcSpeakerQueries implements SpeakerQueries {

    /** Per speaker: the aliases, and the count and dates of their quotes in published stories. */
    private static final String COLUMNS = """
            select s.id, s.name, s.kind,
                   array(select sa.alias from speaker_alias sa where sa.speaker_id = s.id order by sa.alias) as aliases,
                   c.quotes, c.first_said, c.last_said
            """;

    private static final String COUNTED = """
            join lateral (select count(*) as quotes, min(q.said_start) as first_said, max(q.said_end) as last_said
                            from quote q join article a on a.id = q.article_id
                           where q.speaker_id = s.id and a.status = 'published') c on c.quotes > 0
            """;

    private static final String FOUND = """
            with k as (select public.name_key(cast(? as text)) as key),
                 p as (select k.key, '%' || replace(replace(replace(k.key, '\\', '\\\\'), '%', '\\%'), '_', '\\_')
                                  || '%' as pattern from k),
                 candidates as (
                     select s.id, public.name_key(s.name) = p.key as exact
                       from speaker s, p where public.name_key(s.name) like p.pattern
                     union all
                     select sa.speaker_id, public.name_key(sa.alias) = p.key
                       from speaker_alias sa, p where public.name_key(sa.alias) like p.pattern),
                 found as (select id, bool_or(exact) as exact from candidates group by id)
            """;

    private final JdbcClient jdbc;

    JdbcSpeakerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<SpeakerEntry> search(SpeakerSearch search, PageRequest page) {
        long[] total = {-1};
        String from = search.words() == null ? "with found as (select id, false as exact from speaker) " : FOUND;
        String body = " from found f join speaker s on s.id = f.id " + COUNTED;
        JdbcClient.StatementSpec query = jdbc.sql(from + COLUMNS + ", count(*) over () as total" + body
                + " order by f.exact desc, c.quotes desc, s.name, s.id limit ? offset ?");
        JdbcClient.StatementSpec count = jdbc.sql(from + "select count(*)" + body);
        if (search.words() != null) {
            SearchSql.bound(jdbc);
            query = query.param(search.words());
            count = count.param(search.words());
        }
        List<SpeakerEntry> content = query.param(page.size())
                .param(page.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return entry(rs);
                })
                .list();
        if (total[0] < 0) {
            total[0] = count.query(Long.class).single();
        }
        return new Page<>(content, page, total[0]);
    }

    @Override
    public Optional<SpeakerEntry> find(SpeakerId id) {
        return jdbc.sql(COLUMNS + " from speaker s " + COUNTED + " where s.id = ?")
                .param(id.value())
                .query((rs, n) -> entry(rs))
                .optional();
    }

    private static SpeakerEntry entry(ResultSet rs) throws SQLException {
        Date first = rs.getDate("first_said");
        Date last = rs.getDate("last_said");
        return new SpeakerEntry(
                new Speaker(
                        new SpeakerId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        SpeakerKind.fromCode(rs.getString("kind")),
                        Arrays.asList((String[]) rs.getArray("aliases").getArray())),
                rs.getLong("quotes"),
                first == null ? null : first.toLocalDate(),
                last == null ? null : last.toLocalDate());
    }
}
