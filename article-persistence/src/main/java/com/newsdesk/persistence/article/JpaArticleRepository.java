package com.newsdesk.persistence.article;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.BodyBlock;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.article.DocumentRenderer;
import com.newsdesk.domain.article.DuplicateSlugException;
import com.newsdesk.domain.article.Edit;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.StaleRevisionException;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.persistence.change.ChangeTable;
import com.newsdesk.persistence.query.SpeakerRows;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * The one writer: every change to a story reaches PostgreSQL here, through JPA, in the caller's transaction. It
 * writes what the {@link ArticleChange} says changed and nothing else, then the revision with its document (rendered
 * once, here, by the application's {@link DocumentRenderer}), the correction when there is one, and the change row.
 *
 * <p>Loading for a change takes the article row with {@code SELECT ... FOR UPDATE} first, so that what the aggregate
 * checks is what it changes; the revision is also the JPA version, so the write can only land on the revision read.
 */
@Repository
class JpaArticleRepository implements ArticleRepository {

    private final ArticleJpaRepository articles;
    private final BylineJpaRepository bylines;
    private final BodyBlockJpaRepository blocks;
    private final QuoteJpaRepository quotes;
    private final TimelineEventJpaRepository events;
    private final CorrectionJpaRepository corrections;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final DocumentRenderer renderer;
    private final ChangeTable changeTable;

    JpaArticleRepository(
            ArticleJpaRepository articles,
            BylineJpaRepository bylines,
            BodyBlockJpaRepository blocks,
            QuoteJpaRepository quotes,
            TimelineEventJpaRepository events,
            CorrectionJpaRepository corrections,
            EntityManager entityManager,
            JdbcClient jdbc,
            DocumentRenderer renderer,
            ChangeTable changeTable) {
        this.articles = articles;
        this.bylines = bylines;
        this.blocks = blocks;
        this.quotes = quotes;
        this.events = events;
        this.corrections = corrections;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.changeTable = changeTable;
    }

    @Override
    public Optional<Article> lockForChange(ArticleReference reference) {
        Optional<ArticleEntity> row = reference.id() != null
                ? articles.lockById(reference.id().value())
                : articles.lockBySlug(reference.slug().value());
        return row.map(this::load);
    }

    @Override
    public List<Article> lockDueForPublication(Instant now, int limit) {
        List<UUID> due = jdbc.sql("""
                        select id from article where status = 'scheduled' and publish_at <= ?
                         order by publish_at limit ? for update skip locked
                        """)
                .param(Timestamp.from(now))
                .param(limit)
                .query(UUID.class)
                .list();
        return due.stream()
                .map(id -> articles.findById(id).map(this::load).orElseThrow())
                .toList();
    }

    @Override
    public Optional<ArticleId> idOf(ArticleReference reference) {
        return reference.id() != null
                ? articles.existsById(reference.id().value()) ? Optional.of(reference.id()) : Optional.empty()
                : articles.findBySlug(reference.slug().value()).map(a -> new ArticleId(a.getId()));
    }

    @Override
    public boolean slugTaken(Slug slug) {
        return articles.existsBySlug(slug.value());
    }

    /** The whole article, read from its rows in seven statements whatever its size. */
    private Article load(ArticleEntity article) {
        UUID id = article.getId();
        List<QuoteEntity> quoteRows = quotes.findByArticleIdOrderByPosition(id);
        Set<UUID> speakerIds = quoteRows.stream().map(QuoteEntity::getSpeakerId).collect(Collectors.toSet());
        return ArticleMapper.toArticle(
                article,
                bylines.findByArticleIdOrderByPosition(id),
                blocks.findByArticleIdOrderByPosition(id),
                quoteRows,
                speakerIds.isEmpty() ? Map.of() : speakersWithAliases(speakerIds),
                events.findByArticleIdOrderByStartDateAscEndDateAscIdAsc(id),
                corrections.findByArticleIdOrderByRevision(id));
    }

    /** The quotes' speakers with their aliases, in one statement (one array parameter, one plan for every size). */
    private Map<UUID, Speaker> speakersWithAliases(Set<UUID> ids) {
        return SpeakerRows.where(jdbc, "s.id = any(?)", (Object) ids.toArray(UUID[]::new)).stream()
                .collect(Collectors.toMap(speaker -> speaker.id().value(), Function.identity()));
    }

    @Override
    public void write(Article article, ArticleChange change) {
        if (change.kind() == ChangeKind.DELETED) {
            articles.deleteById(article.id().value());
            articles.flush();
            changeTable.append(change);
            return;
        }
        String document = renderer.render(article);
        boolean isNew = change.revision() == 1;
        if (isNew) {
            insertArticle(article, document);
        }
        for (Edit edit : change.edits()) {
            apply(article, edit, isNew);
        }
        if (!isNew) {
            updateArticle(article, change, document);
        }
        change.appliedCorrection().ifPresent(applied -> entityManager.persist(ArticleMapper.toEntity(applied)));
        entityManager.persist(new ArticleRevisionEntity(
                article.id().value(),
                change.revision(),
                change.at(),
                change.appliedCorrection().map(c -> c.id().value()).orElse(null),
                change.revisionKind(),
                change.editor(),
                change.summary(),
                ArticleMapper.changesToJson(change.changes()),
                document));
        entityManager.flush();
        if (isNew || change.rewritesWholeStory() || changesText(change)) {
            jdbc.sql("select article_search_refresh(?)")
                    .param(article.id().value())
                    .query()
                    .listOfRows();
        }
        changeTable.append(change);
    }

    /**
     * A new article's row is written in SQL: JPA would take an entity whose version (the revision) is already 1 for a
     * detached one, and a new article starts at revision 1, not at JPA's 0.
     */
    private void insertArticle(Article article, String document) {
        ArticleEntity row = new ArticleEntity();
        ArticleMapper.copyOnto(article, document, row);
        try {
            jdbc.sql("""
                            insert into article (id, slug, headline, standfirst, dateline, publisher, status,
                                                 published_at, publish_at, scheduled_by, retracted_at, retraction_note,
                                                 retracted_by, updated_at, document, revision)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                            """)
                    .param(article.id().value())
                    .param(article.slug().value())
                    .param(row.getHeadline())
                    .param(row.getStandfirst())
                    .param(row.getDateline())
                    .param(row.getPublisher())
                    .param(row.getStatus())
                    .param(timestamp(row.getPublishedAt()))
                    .param(timestamp(row.getPublishAt()))
                    .param(row.getScheduledBy())
                    .param(timestamp(row.getRetractedAt()))
                    .param(row.getRetractionNote())
                    .param(row.getRetractedBy())
                    .param(timestamp(row.getUpdatedAt()))
                    .param(document)
                    .update();
        } catch (DataIntegrityViolationException taken) {
            throw new DuplicateSlugException(article.slug());
        }
    }

    private void updateArticle(Article article, ArticleChange change, String document) {
        ArticleEntity row = articles.findById(article.id().value())
                .orElseThrow(() -> new IllegalStateException("article " + article.id() + " is gone"));
        int expected = change.revision() - 1;
        if (row.getRevision() != expected) {
            throw new StaleRevisionException(expected, row.getRevision());
        }
        ArticleMapper.copyOnto(article, document, row);
        try {
            // The article's UPDATE goes first, on its own: it waits for any concurrent change of this article and
            // then finds the revision it expected gone, so the loser of a race gets a clean 412.
            articles.flush();
        } catch (ConcurrencyFailureException lostTheRace) {
            throw new StaleRevisionException(expected, expected + 1);
        }
        if (row.getRevision() != change.revision()) {
            throw new IllegalStateException(
                    "article " + article.id() + " is at revision " + row.getRevision() + ", not " + change.revision());
        }
    }

    private void apply(Article article, Edit edit, boolean isNew) {
        ArticleId id = article.id();
        if (edit instanceof Edit.WholeStory) {
            if (!isNew) {
                removeParts(id);
            }
            writeParts(article);
        } else if (edit instanceof Edit.BlockText text) {
            find(
                            BodyBlockEntity.class,
                            new BodyBlockEntity.Key(id.value(), text.block().value()))
                    .setText(text.text());
        } else if (edit instanceof Edit.QuoteText text) {
            find(QuoteEntity.class, text.quote().value()).setText(text.text());
        } else if (edit instanceof Edit.EventRewritten rewritten) {
            ArticleMapper.copyOnto(
                    rewritten.event(),
                    find(TimelineEventEntity.class, rewritten.event().id().value()));
        } else if (edit instanceof Edit.SpeakerRenamed) {
            // The speaker's rows were written once for every story (writeSpeaker): only the revision is this story's.
        } else if (edit instanceof Edit.QuotesDated dated) {
            for (Quote quote : dated.quotes()) {
                ArticleMapper.copySaid(quote, find(QuoteEntity.class, quote.id().value()));
            }
        } else {
            throw new IllegalArgumentException("no writer for " + edit);
        }
    }

    /**
     * Removes every part of the article before the parts of its new version are written. The rows go in bulk; the
     * entities this transaction loaded for them are let go first, so new rows may take their keys.
     */
    private void removeParts(ArticleId id) {
        entityManager.flush();
        entityManager.clear();
        for (String entity : List.of("QuoteEntity", "TimelineEventEntity", "BodyBlockEntity", "BylineEntity")) {
            entityManager
                    .createQuery("delete from " + entity + " p where p.articleId = :id")
                    .setParameter("id", id.value())
                    .executeUpdate();
        }
    }

    private void writeParts(Article article) {
        ArticleId id = article.id();
        for (int i = 0; i < article.bylines().size(); i++) {
            entityManager.persist(
                    new BylineEntity(id.value(), i, article.bylines().get(i).name()));
        }
        List<BodyBlock> body = article.body();
        for (int i = 0; i < body.size(); i++) {
            entityManager.persist(ArticleMapper.toEntity(id, i, body.get(i)));
        }
        List<Quote> inOrder = article.quotesInReadingOrder();
        writeNewSpeakers(inOrder);
        for (int i = 0; i < inOrder.size(); i++) {
            entityManager.persist(ArticleMapper.toEntity(id, i, inOrder.get(i)));
        }
        for (TimelineEvent event : article.timeline()) {
            entityManager.persist(ArticleMapper.toEntity(id, event));
        }
    }

    @Override
    public Optional<Speaker> lockSpeaker(SpeakerId speaker) {
        List<UUID> locked = jdbc.sql("select id from speaker where id = ? for update")
                .param(speaker.value())
                .query(UUID.class)
                .list();
        return locked.isEmpty()
                ? Optional.empty()
                : SpeakerRows.where(jdbc, "s.id = ?", speaker.value()).stream().findFirst();
    }

    @Override
    public List<ArticleId> quoting(SpeakerId speaker) {
        return jdbc
                .sql("select distinct article_id from quote where speaker_id = ? order by article_id")
                .param(speaker.value())
                .query(UUID.class)
                .list()
                .stream()
                .map(ArticleId::new)
                .toList();
    }

    @Override
    public void writeSpeaker(Speaker speaker) {
        entityManager.flush();
        jdbc.sql("delete from speaker_alias where speaker_id = ?")
                .param(speaker.id().value())
                .update();
        for (String alias : speaker.aliases()) {
            jdbc.sql("insert into speaker_alias (speaker_id, alias) values (?, ?)")
                    .param(speaker.id().value())
                    .param(alias)
                    .update();
        }
    }

    /** Speakers are shared by all stories: the quotes' speakers that are not stored yet are, in one lookup. */
    private void writeNewSpeakers(List<Quote> quotes) {
        Map<UUID, Speaker> bySpeaker = new LinkedHashMap<>();
        quotes.forEach(q -> bySpeaker.putIfAbsent(q.speaker().id().value(), q.speaker()));
        if (bySpeaker.isEmpty()) {
            return;
        }
        Set<UUID> stored = new HashSet<>(jdbc.sql("select id from speaker where id = any(?)")
                .param(bySpeaker.keySet().toArray(UUID[]::new))
                .query(UUID.class)
                .list());
        for (Speaker s : bySpeaker.values()) {
            if (!stored.contains(s.id().value())) {
                entityManager.persist(
                        new SpeakerEntity(s.id().value(), s.name(), s.kind().code(), new LinkedHashSet<>(s.aliases())));
            }
        }
    }

    private static boolean changesText(ArticleChange change) {
        return change.kind() == ChangeKind.CORRECTED;
    }

    private <T> T find(Class<T> type, Object key) {
        T row = entityManager.find(type, key);
        if (row == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " " + key);
        }
        return row;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
