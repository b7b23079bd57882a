package com.newsdesk.domain;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.ArticleHead;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.article.DuplicateSlugException;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.StaleRevisionException;
import com.newsdesk.domain.article.StoredDocuments;
import com.newsdesk.domain.correction.IdempotencyKeys;
import com.newsdesk.domain.correction.Revision;
import com.newsdesk.domain.correction.RevisionHistory;
import com.newsdesk.domain.publishing.SpeakerDirectory;
import com.newsdesk.domain.transaction.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The domain's ports kept in memory: real, simple implementations (not mocks) that behave as the persistence adapter
 * promises, and that record the lookups and writes they see so a test can say what reached the store. A failed unit
 * of work rolls back, as a database transaction would. The document of a revision is a short text naming it, enough
 * for the domain, which never looks inside documents.
 */
public final class InMemoryStore
        implements ArticleRepository,
                StoredDocuments,
                RevisionHistory,
                IdempotencyKeys,
                SpeakerDirectory,
                Transactions {

    private Map<ArticleId, Article> articles = new LinkedHashMap<>();
    private Map<String, ArticleDocument> documents = new HashMap<>();
    private Map<CorrectionId, AppliedCorrection> corrections = new LinkedHashMap<>();
    private Map<String, PriorUse> keys = new HashMap<>();
    private List<ArticleChange> written = new ArrayList<>();

    public final List<ArticleReference> lookups = new ArrayList<>();
    public final List<AppliedCorrection> saved = new ArrayList<>();
    public int transactions;

    /** Puts an article in the store as it is, at its current revision (as a migration would). */
    public void add(Article article) {
        if (articles.values().stream().anyMatch(a -> a.slug().equals(article.slug()))) {
            throw new DuplicateSlugException(article.slug());
        }
        articles.put(article.id(), copy(article));
        documents.put(article.id() + "@" + article.revision(), document(article));
    }

    // --- ArticleRepository

    private Optional<Article> find(ArticleReference reference) {
        lookups.add(reference);
        return articles.values().stream()
                .filter(a -> a.id().equals(reference.id()) || a.slug().equals(reference.slug()))
                .findFirst()
                .map(InMemoryStore::copy);
    }

    /** One thread at a time runs a use case here (transactions are serial), so the lock is the plain lookup. */
    @Override
    public Optional<Article> lockForChange(ArticleReference reference) {
        return find(reference);
    }

    @Override
    public List<Article> lockDueForPublication(Instant now, int limit) {
        return articles.values().stream()
                .filter(a -> a.status() == ArticleStatus.SCHEDULED
                        && !a.lifecycle().publishAt().isAfter(now))
                .limit(limit)
                .map(InMemoryStore::copy)
                .toList();
    }

    @Override
    public Optional<ArticleId> idOf(ArticleReference reference) {
        return find(reference).map(Article::id);
    }

    @Override
    public boolean slugTaken(Slug slug) {
        return articles.values().stream().anyMatch(a -> a.slug().equals(slug));
    }

    @Override
    public void write(Article article, ArticleChange change) {
        Article stored = articles.get(article.id());
        if (change.kind() == ChangeKind.DELETED) {
            articles.remove(article.id());
            written.add(change);
            return;
        }
        if (stored == null) {
            if (slugTaken(article.slug())) {
                throw new DuplicateSlugException(article.slug());
            }
        } else if (stored.revision() != change.revision() - 1) {
            throw new StaleRevisionException(change.revision() - 1, stored.revision());
        }
        articles.put(article.id(), copy(article));
        documents.put(article.id() + "@" + article.revision(), document(article));
        change.appliedCorrection().ifPresent(applied -> {
            corrections.put(applied.id(), applied);
            saved.add(applied);
        });
        written.add(change);
    }

    @Override
    public Optional<Speaker> lockSpeaker(SpeakerId speaker) {
        return articles.values().stream()
                .flatMap(a -> a.quotes().stream())
                .map(q -> q.speaker())
                .filter(s -> s.id().equals(speaker))
                .findFirst();
    }

    @Override
    public List<ArticleId> quoting(SpeakerId speaker) {
        return articles.values().stream()
                .filter(a -> a.quotes().stream().anyMatch(q -> q.speaker().id().equals(speaker)))
                .map(Article::id)
                .toList();
    }

    @Override
    public void writeSpeaker(Speaker speaker) {
        // Speakers live in their stories here: each story takes note with its own change.
    }

    /** Every change written, in order. */
    public List<ArticleChange> written() {
        return List.copyOf(written);
    }

    // --- StoredDocuments

    @Override
    public Optional<ArticleDocument> current(ArticleReference reference) {
        return find(reference).map(a -> documents.get(a.id() + "@" + a.revision()));
    }

    @Override
    public Optional<ArticleHead> head(ArticleReference reference) {
        return find(reference).map(a -> new ArticleHead(a.id(), a.slug(), a.status(), a.revision(), a.updatedAt()));
    }

    @Override
    public Optional<ArticleDocument> atRevision(ArticleReference reference, int revision) {
        return find(reference).map(a -> documents.get(a.id() + "@" + revision));
    }

    private static ArticleDocument document(Article a) {
        return new ArticleDocument(
                a.id(), a.slug(), a.status(), a.revision(), a.updatedAt(), "{\"revision\":" + a.revision() + "}");
    }

    // --- SpeakerDirectory

    @Override
    public List<Speaker> answeringTo(Collection<String> names) {
        Set<String> folded = names.stream().map(Speaker::fold).collect(Collectors.toSet());
        Map<Object, Speaker> found = new LinkedHashMap<>();
        for (Article article : articles.values()) {
            article.quotes().stream()
                    .map(q -> q.speaker())
                    .filter(s -> folded.stream().anyMatch(s::answersTo))
                    .forEach(s -> found.putIfAbsent(s.id(), s));
        }
        return List.copyOf(found.values());
    }

    // --- RevisionHistory

    @Override
    public List<Revision> revisions(ArticleId article) {
        return written.stream()
                .filter(c -> c.articleId().equals(article))
                .map(c -> new Revision(c.revision(), c.at(), c.editor(), c.revisionKind(), c.summary(), c.changes()))
                .toList();
    }

    @Override
    public Optional<AppliedCorrection> correction(ArticleId article, CorrectionId correction) {
        return Optional.ofNullable(corrections.get(correction))
                .filter(c -> c.articleId().equals(article));
    }

    // --- IdempotencyKeys

    @Override
    public Optional<PriorUse> claim(String editor, String key, String fingerprint) {
        PriorUse prior = keys.get(editor + "\n" + key);
        if (prior != null) {
            return Optional.of(prior);
        }
        keys.put(editor + "\n" + key, new PriorUse(fingerprint, null));
        return Optional.empty();
    }

    @Override
    public void complete(String editor, String key, CorrectionId correction) {
        keys.computeIfPresent(editor + "\n" + key, (k, claim) -> new PriorUse(claim.fingerprint(), correction));
    }

    // --- Transactions

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        Map<ArticleId, Article> articlesBefore = new LinkedHashMap<>(articles);
        Map<String, ArticleDocument> documentsBefore = new HashMap<>(documents);
        Map<CorrectionId, AppliedCorrection> correctionsBefore = new LinkedHashMap<>(corrections);
        Map<String, PriorUse> keysBefore = new HashMap<>(keys);
        List<ArticleChange> writtenBefore = new ArrayList<>(written);
        try {
            return work.get();
        } catch (RuntimeException rolledBack) {
            articles = articlesBefore;
            documents = documentsBefore;
            corrections = correctionsBefore;
            keys = keysBefore;
            written = writtenBefore;
            throw rolledBack;
        }
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    public Article stored(ArticleId id) {
        return copy(articles.get(id));
    }

    public boolean holds(ArticleId id) {
        return articles.containsKey(id);
    }

    /** Articles are mutable aggregates; the store hands out and keeps its own copies, as a database would. */
    private static Article copy(Article a) {
        return new Article(a.id(), a.slug(), a.story(), a.lifecycle(), a.updatedAt(), a.revision(), a.corrections());
    }
}
