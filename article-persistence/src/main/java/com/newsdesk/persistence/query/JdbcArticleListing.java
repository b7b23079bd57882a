package com.newsdesk.persistence.query;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleListing;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.ArticleSummary;
import com.newsdesk.domain.article.Byline;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.search.SearchOrder;
import com.newsdesk.domain.search.Snippet;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of articles in plain SQL, paged in the database: only the columns a summary shows, plus its bylines and first
 * paragraph as sub-selects per row of the page. Published stories are listed newest first by publication; drafts and
 * scheduled stories by when they last changed.
 */
@Repository
class JdbcArticleListing implements ArticleListing {

    private final JdbcClient jdbc;

    JdbcArticleListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<ArticleSummary> search(ArticleSearch search, PageRequest page) {
        boolean published = search.status() == ArticleStatus.PUBLISHED || search.status() == ArticleStatus.RETRACTED;
        String dated = published ? "a.published_at" : "a.updated_at";
        StringBuilder where = new StringBuilder(" where a.status = ?");
        List<Object> params = new ArrayList<>();
        params.add(search.status().code());
        if (search.published().from() != null) {
            where.append(" and ").append(dated).append(" >= ?");
            params.add(Timestamp.from(
                    search.published().from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (search.published().to() != null) {
            where.append(" and ").append(dated).append(" < ?");
            params.add(Timestamp.from(search.published()
                    .to()
                    .plusDays(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()));
        }
        if (search.words() != null) {
            where.append(" and a.search_vector @@ ").append(SearchSql.QUERY);
            params.add(search.words());
        }
        if (search.byline() != null) {
            // Through byline_name_key_idx: the name as name_key compares names (no accents, case or dots).
            where.append(" and exists (select 1 from byline b where b.article_id = a.id"
                    + " and public.name_key(b.name) = public.name_key(?))");
            params.add(search.byline());
        }
        if (search.speaker() != null) {
            where.append(" and exists (select 1 from quote q where q.article_id = a.id and q.speaker_id in ("
                    + SearchSql.SPEAKERS_NAMED + "))");
            params.add(search.speaker());
            params.add(search.speaker());
        }
        boolean ranked = search.order() == SearchOrder.RELEVANCE;
        String order = switch (search.order()) {
            case OLDEST -> dated + " asc, a.id asc";
            // Ranks the newest matches only (see SearchSql.RANKED): ranking reads each match's whole vector.
            case RELEVANCE ->
                "case when a.recency <= " + SearchSql.RANKED + " then ts_rank(a.search_vector, " + SearchSql.QUERY
                        + ", 1) else 0 end desc, " + dated + " desc, a.id desc";
            case NEWEST -> dated + " desc, a.id desc";
        };
        // A ranked search numbers its matches newest first (and counts them) in a sub-select, then ranks the newest.
        String from = ranked
                ? " from (select a.id, a.slug, a.status, a.headline, a.dateline, a.publisher, a.published_at,"
                        + " a.updated_at, a.revision, a.search_vector, count(*) over () as total,"
                        + " row_number() over (order by " + dated + " desc, a.id desc) as recency"
                        + " from article a" + where + ") a"
                : " from article a" + where;
        List<Object> pageParams = new ArrayList<>(params);
        if (ranked) {
            pageParams.add(search.words());
        }
        pageParams.add(page.size());
        pageParams.add(page.offset());
        if (search.words() != null) {
            SearchSql.bound(jdbc);
        }
        long[] total = {-1};
        List<ArticleSummary> content = jdbc.sql("select a.id, a.slug, a.status, a.headline, a.dateline, a.publisher,"
                        + " a.published_at, a.updated_at, a.revision,"
                        + (ranked ? " a.total," : " count(*) over () as total,")
                        + """
                         array(select b.name from byline b where b.article_id = a.id order by b.position) as bylines,
                         (select bb.text from body_block bb
                           where bb.article_id = a.id and bb.type = 'paragraph'
                           order by bb.position limit 1) as lede
                        """
                        + from + " order by " + order + " limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    Timestamp publishedAt = rs.getTimestamp("published_at");
                    return new ArticleSummary(
                            new ArticleId(rs.getObject("id", UUID.class)),
                            new Slug(rs.getString("slug")),
                            ArticleStatus.fromCode(rs.getString("status")).orElseThrow(),
                            rs.getString("headline"),
                            names(rs.getArray("bylines")),
                            rs.getString("dateline"),
                            rs.getString("publisher"),
                            publishedAt == null ? null : publishedAt.toInstant(),
                            rs.getTimestamp("updated_at").toInstant(),
                            rs.getInt("revision"),
                            rs.getString("lede"));
                })
                .list();
        if (total[0] < 0) {
            // Past the last page (or nothing matched): the window count had no row to ride on.
            total[0] = jdbc.sql("select count(*) from article a" + where)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        if (search.words() != null && !content.isEmpty()) {
            content = withSnippets(content, search.words());
        }
        return new Page<>(content, page, total[0]);
    }

    /** Snippets for the page shown only: ts_headline reads the whole text, so it runs on at most one page of rows. */
    private List<ArticleSummary> withSnippets(List<ArticleSummary> page, String words) {
        Map<UUID, String> snippets = new HashMap<>();
        jdbc.sql("""
                        select a.id, ts_headline('public.newsdesk',
                                   concat_ws(' · ', a.headline, a.standfirst,
                                             (select string_agg(b.text, ' ' order by b.position) from body_block b
                                               where b.article_id = a.id and b.text is not null)),
                                   q, ?) as snippet
                          from article a, """ + SearchSql.QUERY + """
                         q where a.id = any(?)
                        """)
                .param(SearchSql.PASSAGES)
                .param(words)
                .param(page.stream().map(s -> s.id().value()).toArray(UUID[]::new))
                .query(rs -> {
                    snippets.put(rs.getObject("id", UUID.class), rs.getString("snippet"));
                });
        return page.stream()
                .map(s -> new ArticleSummary(
                        s.id(),
                        s.slug(),
                        s.status(),
                        s.headline(),
                        s.bylines(),
                        s.dateline(),
                        s.publisher(),
                        s.publishedAt(),
                        s.updatedAt(),
                        s.revision(),
                        s.lede(),
                        Snippet.ofNullable(snippets.get(s.id().value()))))
                .toList();
    }

    private static List<Byline> names(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Byline::new).toList();
    }
}
