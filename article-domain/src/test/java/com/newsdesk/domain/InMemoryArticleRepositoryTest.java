package com.newsdesk.domain;

import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.StoredDocuments;
import com.newsdesk.domain.correction.RevisionHistory;
import com.newsdesk.domain.transaction.Transactions;
import com.newsdesk.testing.ArticleRepositoryContract;

/** The in-memory store the domain tests use keeps the same promises as the JPA adapter. */
class InMemoryArticleRepositoryTest extends ArticleRepositoryContract {

    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected ArticleRepository articles() {
        return store;
    }

    @Override
    protected StoredDocuments documents() {
        return store;
    }

    @Override
    protected RevisionHistory history() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return store;
    }
}
