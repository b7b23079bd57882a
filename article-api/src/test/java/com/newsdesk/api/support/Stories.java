package com.newsdesk.api.support;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.transaction.Transactions;
import com.newsdesk.testing.StoryCopies;

/** Fresh copies of the defector story for tests that correct it, so the seeded one stays as published. */
public final class Stories {

    private Stories() {}

    public static Article copyOfDefectorStory(ArticleRepository articles, Transactions transactions, String prefix) {
        Article seeded = transactions
                .readOnly(() -> articles.find(ArticleReference.of(new Slug(StoryCopies.SEEDED_SLUG))))
                .orElseThrow();
        Article copy = StoryCopies.copy(seeded, StoryCopies.uniqueSlug(prefix));
        transactions.inTransaction(() -> {
            articles.add(copy);
            return null;
        });
        return copy;
    }
}
