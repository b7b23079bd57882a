package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleNotFoundException;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.transaction.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Reading an article's past: its revisions, the article as it read at any of them, and each correction. */
public final class RevisionCatalog {

    private final ArticleRepository articles;
    private final RevisionHistory history;
    private final Transactions transactions;

    public RevisionCatalog(ArticleRepository articles, RevisionHistory history, Transactions transactions) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.history = Objects.requireNonNull(history, "history");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public List<Revision> revisions(String article) {
        return transactions.readOnly(() -> history.revisions(idOf(article)));
    }

    /** @throws RevisionNotFoundException when the article never had that revision */
    public Article articleAt(String article, int revision) {
        return transactions.readOnly(() -> history.articleAt(idOf(article), revision)
                .orElseThrow(() -> RevisionNotFoundException.revision(article, revision)));
    }

    /** @throws RevisionNotFoundException when the article has no such correction */
    public AppliedCorrection correction(String article, String correction) {
        CorrectionId id;
        try {
            id = new CorrectionId(UUID.fromString(correction));
        } catch (IllegalArgumentException notAnId) {
            throw RevisionNotFoundException.correction(article, correction);
        }
        return transactions.readOnly(() -> history.correction(idOf(article), id)
                .orElseThrow(() -> RevisionNotFoundException.correction(article, correction)));
    }

    private ArticleId idOf(String article) {
        return articles.idOf(ArticleReference.parse(article)).orElseThrow(() -> new ArticleNotFoundException(article));
    }
}
