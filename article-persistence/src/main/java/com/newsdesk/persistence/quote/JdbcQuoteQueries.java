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
import com.newsdesk.domain.search.SearchOrder;
import com.newsdesk.domain.search.Snippet;
import com.newsdesk.persistence.query.SearchSql;
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
            String context,
            String snippet) {}

    @Override
    public Page<QuoteEntry> search(QuoteSearch search, PageRequest page) {
        // Only published stories are quoted to the public: not drafts, and no longer a retracted story.
        StringBuilder where = new StringBuilder(" where a.status = 'published'");
        List<Object> params = new ArrayList<>();
        if (search.speaker() != null) {
            // Resolved through both name-key indexes: "the U.N." is the speaker with the alias "UN".
            where.append(" and q.speaker_id in (" + SearchSql.SPEAKERS_NAMED + ")");
            params.add(search.speaker());
            params.add(search.speaker());
        }
        if (search.speakerId() != null) {
            where.append(" and q.speaker_id = ?");
            params.add(search.speakerId().value());
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
            where.append(" and q.search_vector @@ " + SearchSql.QUERY);
            params.add(search.words());
            SearchSql.bound(jdbc);
        }
        String newest = "q.said_end desc, q.said_start desc, a.published_at desc, q.article_id, q.position";
        String from = " from quote q join speaker s on s.id = q.speaker_id join article a on a.id = q.article_id";
        String columns = "select q.id, q.article_id, q.block_id, q.speaker_id, q.text, q.partial,"
                + " q.said_start, q.said_end, q.said_precision, q.said_approximate, q.context,"
                + " s.name as speaker_name, s.kind as speaker_kind, a.slug, a.headline,";
        List<Object> pageParams = new ArrayList<>(params);
        String sql;
        if (search.order() == SearchOrder.RELEVANCE) {
            // Ranks the newest matches only (SearchSql.RANKED), like the article search: ranking every quote of the
            // archive cost 30,000 ts_rank calls for words in every quote. The matches are numbered newest first
            // (only their ids and the number are kept, then counted once); the newest are ranked, each through its
            // primary key; older matches follow them, newest first.
            sql = "with matching as materialized (select q.id, row_number() over (order by " + newest
                    + ") as recency from quote q join article a on a.id = q.article_id" + where + "),"
                    + " page as (select m.id, m.recency, case when m.recency <= " + SearchSql.RANKED
                    + " then (select ts_rank(r.search_vector, " + SearchSql.QUERY
                    + ") from quote r where r.id = m.id) else 0 end as rank"
                    + " from matching m order by rank desc, m.recency limit ? offset ?) "
                    + columns + " (select count(*) from matching) as total from page p join quote q on q.id = p.id"
                    + " join speaker s on s.id = q.speaker_id join article a on a.id = q.article_id"
                    + " order by p.rank desc, p.recency";
            pageParams.add(search.words());
        } else {
            String order = search.order() == SearchOrder.OLDEST
                    ? "q.said_start, q.said_end, a.published_at, q.article_id, q.position"
                    : newest;
            sql = columns + " count(*) over () as total" + from + where + " order by " + order + " limit ? offset ?";
        }
        pageParams.add(page.size());
        pageParams.add(page.offset());
        long[] counted = {-1};
        List<Row> rows = jdbc.sql(sql)
                .params(pageParams)
                .query((rs, n) -> {
                    counted[0] = rs.getLong("total");
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
                            rs.getString("context"),
                            null);
                })
                .list();
        if (counted[0] < 0) {
            counted[0] = jdbc.sql("select count(*)" + from + where)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        Map<UUID, List<String>> aliases = aliasesOf(rows);
        Map<UUID, String> snippets = search.words() == null ? Map.of() : snippets(rows, search.words());
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
                        r.headline(),
                        Snippet.ofNullable(snippets.get(r.id()))))
                .toList();
        return new Page<>(content, page, counted[0]);
    }

    /** The quotes of the page shown, every match marked. */
    private Map<UUID, String> snippets(List<Row> rows, String words) {
        Map<UUID, String> snippets = new HashMap<>();
        if (rows.isEmpty()) {
            return snippets;
        }
        jdbc.sql("select q.id, ts_headline('public.newsdesk', q.text, w, ?) as snippet from quote q, " + SearchSql.QUERY
                        + " w where q.id = any(?)")
                .param(SearchSql.WHOLE)
                .param(words)
                .param(rows.stream().map(Row::id).toArray(UUID[]::new))
                .query(rs -> {
                    snippets.put(rs.getObject("id", UUID.class), rs.getString("snippet"));
                });
        return snippets;
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
