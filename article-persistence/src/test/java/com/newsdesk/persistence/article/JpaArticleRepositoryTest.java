package com.newsdesk.persistence.article;

import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.StoredDocuments;
import com.newsdesk.domain.correction.RevisionHistory;
import com.newsdesk.domain.transaction.Transactions;
import com.newsdesk.persistence.PersistenceTestApplication;
import com.newsdesk.testing.ArticleRepositoryContract;
import com.newsdesk.testing.FreshDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The JPA adapter keeps the article store's contract, on PostgreSQL. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabase.class)
@Tag("database")
class JpaArticleRepositoryTest extends ArticleRepositoryContract {

    @Autowired
    ArticleRepository articles;

    @Autowired
    StoredDocuments documents;

    @Autowired
    RevisionHistory history;

    @Autowired
    Transactions transactions;

    @Override
    protected ArticleRepository articles() {
        return articles;
    }

    @Override
    protected StoredDocuments documents() {
        return documents;
    }

    @Override
    protected RevisionHistory history() {
        return history;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
