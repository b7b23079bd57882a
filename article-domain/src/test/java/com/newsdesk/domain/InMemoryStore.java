package com.newsdesk.domain;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.article.ArticleSummary;
import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.article.DuplicateSlugException;
import com.newsdesk.domain.article.StaleRevisionException;
import com.newsdesk.domain.correction.IdempotencyKeys;
import com.newsdesk.domain.correction.Revision;
import com.newsdesk.domain.correction.RevisionHistory;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.transaction.Transactions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The domain's ports kept in memory: real, simple implementations (not mocks) that behave as the persistence adapter
 * promises, and that record the lookups and writes they see so a test can say what reached the store. A failed unit
 * of work rolls back, as a database transaction would.
 */
public final class InMemoryStore implements ArticleRepository, RevisionHistory, IdempotencyKeys, Transactions {

    private Map<ArticleId, Article> articles = new LinkedHashMap<>();
    private Map<CorrectionId, AppliedCorrection> corrections = new LinkedHashMap<>();
    private Map<String, PriorUse> keys = new HashMap<>();

    public final List<ArticleReference> lookups = new ArrayList<>();
    public final List<AppliedCorrection> saved = new ArrayList<>();
    public int transactions;

    // --- ArticleRepository

    @Override
    public Optional<Article> find(ArticleReference reference) {
        lookups.add(reference);
        return articles.values().stream()
                .filter(a -> a.id().equals(reference.id()) || a.slug().equals(reference.slug()))
                .findFirst()
                .map(InMemoryStore::copy);
    }

    /** One thread at a time runs a use case here (transactions are serial), so the lock is the plain lookup. */
    @Override
    public Optional<Article> lockForCorrection(ArticleReference reference) {
        return find(reference);
    }

    @Override
    public Optional<ArticleId> idOf(ArticleReference reference) {
        return find(reference).map(Article::id);
    }

    @Override
    public void add(Article article) {
        if (articles.values().stream().anyMatch(a -> a.slug().equals(article.slug()))) {
            throw new DuplicateSlugException(article.slug());
        }
        articles.put(article.id(), copy(article));
    }

    @Override
    public void saveCorrection(Article article, AppliedCorrection applied) {
        Article stored = articles.get(article.id());
        if (stored.revision() != applied.revision() - 1) {
            throw new StaleRevisionException(applied.revision() - 1, stored.revision());
        }
        articles.put(article.id(), copy(article));
        corrections.put(applied.id(), applied);
        saved.add(applied);
    }

    @Override
    public Page<ArticleSummary> search(ArticleSearch search, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    // --- RevisionHistory

    @Override
    public List<Revision> revisions(ArticleId article) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Optional<Article> articleAt(ArticleId article, int revision) {
        throw new UnsupportedOperationException("not needed by these tests");
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
        Map<CorrectionId, AppliedCorrection> correctionsBefore = new LinkedHashMap<>(corrections);
        Map<String, PriorUse> keysBefore = new HashMap<>(keys);
        try {
            return work.get();
        } catch (RuntimeException rolledBack) {
            articles = articlesBefore;
            corrections = correctionsBefore;
            keys = keysBefore;
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

    /** Articles are mutable aggregates; the store hands out and keeps its own copies, as a database would. */
    private static Article copy(Article a) {
        return new Article(
                a.id(),
                a.slug(),
                a.headline(),
                a.bylines(),
                a.dateline(),
                a.publisher(),
                a.publishedAt(),
                a.updatedAt(),
                a.revision(),
                a.body(),
                a.quotes(),
                a.timeline(),
                a.corrections());
    }
}
