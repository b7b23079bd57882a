package com.newsdesk.persistence.article;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.article.ArticleSummary;
import com.newsdesk.domain.article.BodyBlock;
import com.newsdesk.domain.article.Byline;
import com.newsdesk.domain.article.DuplicateSlugException;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.SpeakerKind;
import com.newsdesk.domain.article.StaleRevisionException;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps articles in PostgreSQL. An article loads with seven statements whatever its size: the article, its bylines,
 * blocks, quotes, the quotes' speakers with their aliases, events, and corrections. Lists are paged in SQL.
 */
@Repository
class JpaArticleRepository implements ArticleRepository {

    private final ArticleJpaRepository articles;
    private final BylineJpaRepository bylines;
    private final BodyBlockJpaRepository blocks;
    private final QuoteJpaRepository quotes;
    private final SpeakerJpaRepository speakers;
    private final TimelineEventJpaRepository events;
    private final CorrectionJpaRepository corrections;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    JpaArticleRepository(
            ArticleJpaRepository articles,
            BylineJpaRepository bylines,
            BodyBlockJpaRepository blocks,
            QuoteJpaRepository quotes,
            SpeakerJpaRepository speakers,
            TimelineEventJpaRepository events,
            CorrectionJpaRepository corrections,
            JdbcClient jdbc,
            EntityManager entityManager) {
        this.articles = articles;
        this.bylines = bylines;
        this.blocks = blocks;
        this.quotes = quotes;
        this.speakers = speakers;
        this.events = events;
        this.corrections = corrections;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Article> find(ArticleReference reference) {
        return entity(reference).map(this::load);
    }

    /**
     * {@code SELECT ... FOR UPDATE} on the article row: every correction takes it first, so once it is held the
     * article's rows cannot change under this transaction, and each of the following reads sees the latest committed
     * text. The revision (the JPA version) still guards the write.
     */
    @Override
    public Optional<Article> lockForCorrection(ArticleReference reference) {
        Optional<ArticleEntity> row = reference.id() != null
                ? articles.lockById(reference.id().value())
                : articles.lockBySlug(reference.slug().value());
        return row.map(this::load);
    }

    @Override
    public Optional<ArticleId> idOf(ArticleReference reference) {
        if (reference.id() != null) {
            return jdbc.sql("select id from article where id = ?")
                    .param(reference.id().value())
                    .query(UUID.class)
                    .optional()
                    .map(ArticleId::new);
        }
        return jdbc.sql("select id from article where slug = ?")
                .param(reference.slug().value())
                .query(UUID.class)
                .optional()
                .map(ArticleId::new);
    }

    private Optional<ArticleEntity> entity(ArticleReference reference) {
        return reference.id() != null
                ? articles.findById(reference.id().value())
                : articles.findBySlug(reference.slug().value());
    }

    private Article load(ArticleEntity article) {
        UUID id = article.getId();
        List<QuoteEntity> quoteRows = quotes.findByArticleIdOrderByPosition(id);
        Set<UUID> speakerIds = quoteRows.stream().map(QuoteEntity::getSpeakerId).collect(Collectors.toSet());
        Map<UUID, Speaker> speakersById = speakerIds.isEmpty() ? Map.of() : speakersWithAliases(speakerIds);
        return ArticleMapper.toArticle(
                article,
                bylines.findByArticleIdOrderByPosition(id),
                blocks.findByArticleIdOrderByPosition(id),
                quoteRows,
                speakersById,
                events.findByArticleIdOrderByStartDateAscEndDateAscIdAsc(id),
                corrections.findByArticleIdOrderByRevision(id));
    }

    /**
     * The quotes' speakers with their aliases, in one statement. Plain SQL with one array parameter: the JPQL
     * {@code in :ids} version was translated anew for every article (its list length varies), which profiling showed as
     * a fifth of the cost of reading an article.
     */
    private Map<UUID, Speaker> speakersWithAliases(Set<UUID> ids) {
        return jdbc
                .sql("""
                        select s.id, s.name, s.kind,
                               array(select sa.alias from speaker_alias sa where sa.speaker_id = s.id order by sa.alias)
                                   as aliases
                          from speaker s where s.id = any(?)
                        """)
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> new Speaker(
                        new SpeakerId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        SpeakerKind.fromCode(rs.getString("kind")),
                        Arrays.asList((String[]) rs.getArray("aliases").getArray())))
                .list()
                .stream()
                .collect(Collectors.toMap(speaker -> speaker.id().value(), Function.identity()));
    }

    @Override
    public void add(Article article) {
        if (articles.existsBySlug(article.slug().value())) {
            throw new DuplicateSlugException(article.slug());
        }
        UUID id = article.id().value();
        // The article row is written in SQL: JPA would take an entity whose version (the revision) is already 1 for
        // a detached one, and a new article starts at revision 1, not at JPA's 0.
        try {
            jdbc.sql("""
                            insert into article (id, slug, headline, dateline, publisher, published_at, updated_at,
                                                 revision)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .param(id)
                    .param(article.slug().value())
                    .param(article.headline())
                    .param(article.dateline())
                    .param(article.publisher())
                    .param(Timestamp.from(article.publishedAt()))
                    .param(Timestamp.from(article.updatedAt()))
                    .param(article.revision())
                    .update();
        } catch (DataIntegrityViolationException raced) {
            throw new DuplicateSlugException(article.slug());
        }
        List<Byline> names = article.bylines();
        for (int i = 0; i < names.size(); i++) {
            entityManager.persist(new BylineEntity(id, i, names.get(i).name()));
        }
        List<BodyBlock> body = article.body();
        for (int i = 0; i < body.size(); i++) {
            BodyBlock b = body.get(i);
            entityManager.persist(new BodyBlockEntity(
                    id,
                    b.id().value(),
                    i,
                    b.type().code(),
                    b.text(),
                    b.video() == null ? null : b.video().publishedOn(),
                    b.video() == null
                            ? null
                            : Math.toIntExact(b.video().duration().toSeconds())));
        }
        List<Quote> inOrder = article.quotesInReadingOrder();
        Set<UUID> knownSpeakers = new LinkedHashSet<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Quote q = inOrder.get(i);
            Speaker s = q.speaker();
            if (knownSpeakers.add(s.id().value()) && !speakers.existsById(s.id().value())) {
                speakers.save(
                        new SpeakerEntity(s.id().value(), s.name(), s.kind().code(), new LinkedHashSet<>(s.aliases())));
            }
            entityManager.persist(new QuoteEntity(
                    q.id().value(),
                    id,
                    q.blockId().value(),
                    i,
                    s.id().value(),
                    q.text(),
                    q.partial(),
                    q.said().start(),
                    q.said().end(),
                    q.said().precision().code(),
                    q.said().approximate(),
                    q.context()));
        }
        for (TimelineEvent e : article.timeline()) {
            entityManager.persist(new TimelineEventEntity(
                    e.id().value(),
                    id,
                    e.blockId().value(),
                    e.title(),
                    e.when().start(),
                    e.when().end(),
                    e.when().precision().code(),
                    e.when().approximate(),
                    e.phrase()));
        }
        articles.flush();
        afterChange(id, 1, null);
    }

    @Override
    public void saveCorrection(Article article, AppliedCorrection applied) {
        UUID id = article.id().value();
        ArticleEntity row = articles.findById(id).orElseThrow(() -> new IllegalStateException("article " + id));
        int expected = applied.revision() - 1;
        if (row.getRevision() != expected) {
            throw new StaleRevisionException(expected, row.getRevision());
        }
        row.setHeadline(article.headline());
        row.setUpdatedAt(article.updatedAt());
        copyChangedParts(article);
        try {
            // The article's UPDATE goes first, on its own: it waits for any concurrent correction of this article and
            // then finds the revision it expected gone, so the loser of a race gets a clean 412.
            articles.flush();
        } catch (ConcurrencyFailureException lostTheRace) {
            throw new StaleRevisionException(expected, expected + 1);
        }
        if (row.getRevision() != applied.revision()) {
            throw new IllegalStateException(
                    "article " + id + " is at revision " + row.getRevision() + ", expected " + applied.revision());
        }
        entityManager.persist(ArticleMapper.toEntity(applied));
        corrections.flush();
        afterChange(id, applied.revision(), applied.id().value());
    }

    /** Writes back the blocks, quotes and events whose text or dates the correction changed; nothing else. */
    private void copyChangedParts(Article article) {
        UUID id = article.id().value();
        Map<String, BodyBlock> newBlocks = new HashMap<>();
        article.body().forEach(b -> newBlocks.put(b.id().value(), b));
        for (BodyBlockEntity row : blocks.findByArticleIdOrderByPosition(id)) {
            String text = newBlocks.get(row.getBlockId()).text();
            if (text != null && !text.equals(row.getText())) {
                row.setText(text);
            }
        }
        Map<UUID, Quote> newQuotes = new HashMap<>();
        article.quotes().forEach(q -> newQuotes.put(q.id().value(), q));
        for (QuoteEntity row : quotes.findByArticleIdOrderByPosition(id)) {
            String text = newQuotes.get(row.getId()).text();
            if (!text.equals(row.getText())) {
                row.setText(text);
            }
        }
        Map<UUID, TimelineEvent> newEvents = new HashMap<>();
        article.timeline().forEach(e -> newEvents.put(e.id().value(), e));
        for (TimelineEventEntity row : events.findByArticleIdOrderByStartDateAscEndDateAscIdAsc(id)) {
            TimelineEvent e = newEvents.get(row.getId());
            row.setTitle(e.title());
            row.setPhrase(e.phrase());
            row.setStartDate(e.when().start());
            row.setEndDate(e.when().end());
            row.setDatePrecision(e.when().precision().code());
            row.setApproximate(e.when().approximate());
        }
    }

    /** The search vector follows the text, and the revision's snapshot is taken from what now stands in the tables. */
    private void afterChange(UUID id, int revision, UUID correction) {
        jdbc.sql("select article_search_refresh(?)").param(id).query().singleRow();
        jdbc.sql("""
                        insert into article_revision (article_id, revision, created_at, correction_id, snapshot)
                        select a.id, ?, a.updated_at, ?, article_snapshot(a.id) from article a where a.id = ?
                        """).param(revision).param(correction).param(id).update();
    }

    @Override
    public Page<ArticleSummary> search(ArticleSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (search.published().from() != null) {
            where.append(" and a.published_at >= ?");
            params.add(Timestamp.from(
                    search.published().from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (search.published().to() != null) {
            where.append(" and a.published_at < ?");
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
                        select a.id, a.slug, a.headline, a.dateline, a.publisher, a.published_at, a.updated_at,
                               a.revision, count(*) over () as total,
                               array(select b.name from byline b where b.article_id = a.id order by b.position)
                                   as bylines,
                               (select bb.text from body_block bb
                                 where bb.article_id = a.id and bb.type = 'paragraph'
                                 order by bb.position limit 1) as lede
                          from article a
                        """ + where + " order by a.published_at desc, a.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new ArticleSummary(
                            new ArticleId(rs.getObject("id", UUID.class)),
                            new Slug(rs.getString("slug")),
                            rs.getString("headline"),
                            names(rs.getArray("bylines")),
                            rs.getString("dateline"),
                            rs.getString("publisher"),
                            rs.getTimestamp("published_at").toInstant(),
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
