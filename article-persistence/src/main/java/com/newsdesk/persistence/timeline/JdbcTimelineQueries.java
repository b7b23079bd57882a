package com.newsdesk.persistence.timeline;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.search.SearchOrder;
import com.newsdesk.domain.search.Snippet;
import com.newsdesk.domain.timeline.TimelineEntry;
import com.newsdesk.domain.timeline.TimelineQueries;
import com.newsdesk.domain.timeline.TimelineSearch;
import com.newsdesk.persistence.query.SearchSql;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cross-article timeline, in plain SQL: range overlap ({@code &&} on a {@code daterange}) is PostgreSQL's own
 * operator, which JPQL cannot express.
 *
 * <p>The events of a range are found through the GiST index first ({@code MATERIALIZED}: left to itself, the planner
 * walks the start-date index in order and filters nearly every event of the table to fill one page; measured on the
 * 48,000-event benchmark corpus, a month went from 28 ms to 2 ms). Then the page is cut from them and only its rows
 * are joined to their articles. An unbounded query keeps the ordered index scan, which suits it.
 */
@Repository
class JdbcTimelineQueries implements TimelineQueries {

    private static final String COLUMNS =
            "e.id, e.article_id, e.block_id, e.title, e.start_date, e.end_date, e.date_precision, e.approximate,"
                    + " e.phrase";

    /** Only published stories are on the timeline: not drafts, and no longer a retracted story. */
    private static final String IN_RANGE = " from timeline_event e join article a on a.id = e.article_id"
            + " where daterange(e.start_date, e.end_date, '[]') && daterange(cast(? as date), cast(? as date), '[]')"
            + " and a.status = 'published'";

    private static final String BOUNDED_PAGE = "with matching as materialized (select " + COLUMNS + IN_RANGE + "),"
            + " page as (select * from matching e order by e.start_date, e.end_date, e.id limit ? offset ?)"
            + " select e.*, a.slug, a.headline, (select count(*) from matching) as total"
            + " from page e join article a on a.id = e.article_id"
            + " order by e.start_date, e.end_date, e.id";

    private static final String UNBOUNDED_PAGE = "select " + COLUMNS + ", a.slug, a.headline, -1 as total"
            + " from timeline_event e join article a on a.id = e.article_id"
            + " where a.status = 'published'"
            + " order by e.start_date, e.end_date, e.id limit ? offset ?";

    private final JdbcClient jdbc;

    JdbcTimelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<TimelineEntry> search(TimelineSearch search, PageRequest page) {
        DateRange range = search.range();
        Date from = range.from() == null ? null : Date.valueOf(range.from());
        Date to = range.to() == null ? null : Date.valueOf(range.to());
        long[] total = {-1};
        JdbcClient.StatementSpec query;
        if (search.words() == null && search.order() == SearchOrder.OLDEST) {
            query = range.isBounded()
                    ? jdbc.sql(BOUNDED_PAGE)
                            .param(from)
                            .param(to)
                            .param(page.size())
                            .param(page.offset())
                    : jdbc.sql(UNBOUNDED_PAGE).param(page.size()).param(page.offset());
        } else {
            query = jdbc.sql(searchPage(search));
            List<Object> params = new ArrayList<>();
            if (range.isBounded()) {
                params.add(from);
                params.add(to);
            }
            if (search.words() != null) {
                params.add(search.words());
                SearchSql.bound(jdbc);
            }
            if (search.order() == SearchOrder.RELEVANCE) {
                params.add(search.words());
            }
            params.add(page.size());
            params.add(page.offset());
            query = query.params(params);
        }
        List<TimelineEntry> content = query.query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    TimelineEvent event = new TimelineEvent(
                            new EventId(rs.getObject("id", UUID.class)),
                            new BlockId(rs.getString("block_id")),
                            rs.getString("title"),
                            new DateSpan(
                                    rs.getDate("start_date").toLocalDate(),
                                    rs.getDate("end_date").toLocalDate(),
                                    DatePrecision.fromCode(rs.getString("date_precision"))
                                            .orElseThrow(),
                                    rs.getBoolean("approximate")),
                            rs.getString("phrase"));
                    return new TimelineEntry(
                            event,
                            new ArticleId(rs.getObject("article_id", UUID.class)),
                            new Slug(rs.getString("slug")),
                            rs.getString("headline"));
                })
                .list();
        if (total[0] < 0) {
            // Unbounded, or past the last page: counted on its own.
            if (search.words() != null || search.order() != SearchOrder.OLDEST) {
                List<Object> params = new ArrayList<>();
                if (range.isBounded()) {
                    params.add(from);
                    params.add(to);
                }
                if (search.words() != null) {
                    params.add(search.words());
                }
                total[0] = jdbc.sql("select count(*)" + matching(search))
                        .params(params)
                        .query(Long.class)
                        .single();
            } else {
                total[0] = range.isBounded()
                        ? jdbc.sql("select count(*)" + IN_RANGE)
                                .param(from)
                                .param(to)
                                .query(Long.class)
                                .single()
                        : jdbc.sql("select count(*) from timeline_event e join article a on a.id = e.article_id"
                                        + " where a.status = 'published'")
                                .query(Long.class)
                                .single();
            }
        }
        if (search.words() != null && !content.isEmpty()) {
            content = withSnippets(content, search.words());
        }
        return new Page<>(content, page, total[0]);
    }

    /** The events of published stories in the range (two parameters, when bounded) with the words (one, when given). */
    private static String matching(TimelineSearch search) {
        return " from timeline_event e join article a on a.id = e.article_id where a.status = 'published'"
                + (search.range().isBounded()
                        ? " and daterange(e.start_date, e.end_date, '[]')"
                                + " && daterange(cast(? as date), cast(? as date), '[]')"
                        : "")
                + (search.words() != null ? " and e.search_vector @@ " + SearchSql.QUERY : "");
    }

    /**
     * A page of a word search (or of another order): the matching events first (through the GiST or GIN index), then
     * the page cut from them, then joined to their articles. Relevance ranks the latest matches only
     * ({@link SearchSql#RANKED}, by date, as {@code order=newest} lists them), each looked up by its primary key: the
     * matches are numbered latest first as they are found (only their ids kept), so no vector or text is carried past
     * the scan; older matches follow the ranked ones, latest first.
     */
    private static String searchPage(TimelineSearch search) {
        String newest = "e.start_date desc, e.end_date desc, e.id desc";
        if (search.order() == SearchOrder.RELEVANCE) {
            // Only the ids and their number are kept of every match; the page's events are read by primary key.
            return "with matching as materialized (select e.id, row_number() over (order by " + newest
                    + ") as recency" + matching(search) + "),"
                    + " page as (select m.id, m.recency, case when m.recency <= " + SearchSql.RANKED
                    + " then (select ts_rank(r.search_vector, " + SearchSql.QUERY
                    + ") from timeline_event r where r.id = m.id) else 0 end as rank"
                    + " from matching m order by rank desc, m.recency limit ? offset ?)"
                    + " select " + COLUMNS + ", a.slug, a.headline, (select count(*) from matching) as total"
                    + " from page p join timeline_event e on e.id = p.id join article a on a.id = e.article_id"
                    + " order by p.rank desc, p.recency";
        }
        String order = search.order() == SearchOrder.NEWEST ? newest : "e.start_date, e.end_date, e.id";
        return "with matching as materialized (select " + COLUMNS + matching(search) + "),"
                + " page as (select * from matching e order by " + order + " limit ? offset ?)"
                + " select e.*, a.slug, a.headline, (select count(*) from matching) as total"
                + " from page e join article a on a.id = e.article_id"
                + " order by " + order;
    }

    /** The events of the page shown, title and phrase with every match marked. */
    private List<TimelineEntry> withSnippets(List<TimelineEntry> page, String words) {
        Map<UUID, String> snippets = new HashMap<>();
        jdbc.sql("select e.id, ts_headline('public.newsdesk', e.title || ' — ' || e.phrase, w, ?) as snippet"
                        + " from timeline_event e, " + SearchSql.QUERY + " w where e.id = any(?)")
                .param(SearchSql.WHOLE)
                .param(words)
                .param(page.stream().map(t -> t.event().id().value()).toArray(UUID[]::new))
                .query(rs -> {
                    snippets.put(rs.getObject("id", UUID.class), rs.getString("snippet"));
                });
        return page.stream()
                .map(t -> new TimelineEntry(
                        t.event(),
                        t.articleId(),
                        t.articleSlug(),
                        t.articleHeadline(),
                        Snippet.ofNullable(snippets.get(t.event().id().value()))))
                .toList();
    }
}
