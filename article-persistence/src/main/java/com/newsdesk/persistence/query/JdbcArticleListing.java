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
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
            where.append(" and a.search_vector @@ websearch_to_tsquery('english', ?)");
            params.add(search.words());
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        long[] total = {-1};
        List<ArticleSummary> content = jdbc.sql(
                        """
                        select a.id, a.slug, a.status, a.headline, a.dateline, a.publisher, a.published_at,
                               a.updated_at, a.revision, count(*) over () as total,
                               array(select b.name from byline b where b.article_id = a.id order by b.position)
                                   as bylines,
                               (select bb.text from body_block bb
                                 where bb.article_id = a.id and bb.type = 'paragraph'
                                 order by bb.position limit 1) as lede
                          from article a
                        """ + where + " order by " + dated + " desc, a.id desc limit ? offset ?")
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
        return new Page<>(content, page, total[0]);
    }

    private static List<Byline> names(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Byline::new).toList();
    }
}
