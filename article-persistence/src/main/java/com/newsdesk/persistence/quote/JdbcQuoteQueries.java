package com.newsdesk.persistence.quote;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.QuoteId;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.SpeakerKind;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.quote.QuoteEntry;
import com.newsdesk.domain.quote.QuoteQueries;
import com.newsdesk.domain.quote.QuoteSearch;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Quotes across articles, in plain SQL: two statements per page, the quotes (with speaker and article) and the aliases
 * of the speakers on the page.
 */
@Repository
class JdbcQuoteQueries implements QuoteQueries {

    private final JdbcClient jdbc;

    JdbcQuoteQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the page, before the speakers' aliases are known. */
    private record Row(
            UUID id,
            UUID articleId,
            String slug,
            String headline,
            String blockId,
            UUID speakerId,
            String speakerName,
            String speakerKind,
            String text,
            boolean partial,
            DateSpan said,
            String context) {}

    @Override
    public Page<QuoteEntry> search(QuoteSearch search, PageRequest page) {
        // Only published stories are quoted to the public: not drafts, and no longer a retracted story.
        StringBuilder where = new StringBuilder(" where a.status = 'published'");
        List<Object> params = new ArrayList<>();
        if (search.speaker() != null) {
            // Resolved through both case-insensitive indexes: lower(name) and lower(alias).
            where.append(" and q.speaker_id in (select id from speaker where lower(name) = lower(?)"
                    + " union select speaker_id from speaker_alias where lower(alias) = lower(?))");
            params.add(search.speaker());
            params.add(search.speaker());
        }
        if (search.said().isBounded()) {
            where.append(" and daterange(q.said_start, q.said_end, '[]')"
                    + " && daterange(cast(? as date), cast(? as date), '[]')");
            params.add(
                    search.said().from() == null
                            ? null
                            : Date.valueOf(search.said().from()));
            params.add(
                    search.said().to() == null
                            ? null
                            : Date.valueOf(search.said().to()));
        }
        if (search.words() != null) {
            where.append(" and to_tsvector('english', q.text) @@ websearch_to_tsquery('english', ?)");
            params.add(search.words());
        }
        String from = " from quote q join speaker s on s.id = q.speaker_id join article a on a.id = q.article_id";
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        long[] total = {-1};
        List<Row> rows = jdbc.sql("select q.*, s.name as speaker_name, s.kind as speaker_kind, a.slug, a.headline,"
                        + " count(*) over () as total"
                        + from
                        + where
                        + " order by q.said_start, q.said_end, a.published_at, q.article_id, q.position"
                        + " limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Row(
                            rs.getObject("id", UUID.class),
                            rs.getObject("article_id", UUID.class),
                            rs.getString("slug"),
                            rs.getString("headline"),
                            rs.getString("block_id"),
                            rs.getObject("speaker_id", UUID.class),
                            rs.getString("speaker_name"),
                            rs.getString("speaker_kind"),
                            rs.getString("text"),
                            rs.getBoolean("partial"),
                            new DateSpan(
                                    rs.getDate("said_start").toLocalDate(),
                                    rs.getDate("said_end").toLocalDate(),
                                    DatePrecision.fromCode(rs.getString("said_precision"))
                                            .orElseThrow(),
                                    rs.getBoolean("said_approximate")),
                            rs.getString("context"));
                })
                .list();
        if (total[0] < 0) {
            total[0] = jdbc.sql("select count(*)" + from + where)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        Map<UUID, List<String>> aliases = aliasesOf(rows);
        List<QuoteEntry> content = rows.stream()
                .map(r -> new QuoteEntry(
                        new Quote(
                                new QuoteId(r.id()),
                                new BlockId(r.blockId()),
                                new Speaker(
                                        new SpeakerId(r.speakerId()),
                                        r.speakerName(),
                                        SpeakerKind.fromCode(r.speakerKind()),
                                        aliases.getOrDefault(r.speakerId(), List.of())),
                                r.text(),
                                r.partial(),
                                r.said(),
                                r.context()),
                        new ArticleId(r.articleId()),
                        new Slug(r.slug()),
                        r.headline()))
                .toList();
        return new Page<>(content, page, total[0]);
    }

    private Map<UUID, List<String>> aliasesOf(List<Row> rows) {
        Set<UUID> speakers = new LinkedHashSet<>();
        rows.forEach(r -> speakers.add(r.speakerId()));
        Map<UUID, List<String>> aliases = new HashMap<>();
        if (speakers.isEmpty()) {
            return aliases;
        }
        jdbc.sql("select speaker_id, alias from speaker_alias where speaker_id = any(?) order by alias")
                .param(speakers.toArray(UUID[]::new))
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getObject("speaker_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("alias"));
                });
        return aliases;
    }
}
