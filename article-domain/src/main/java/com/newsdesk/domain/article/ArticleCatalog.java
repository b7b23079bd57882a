package com.newsdesk.domain.article;

import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.transaction.Transactions;
import java.util.Objects;

/** Reading articles: one by id or slug, or a dated, searchable list. */
public final class ArticleCatalog {

    private final ArticleRepository articles;
    private final Transactions transactions;

    public ArticleCatalog(ArticleRepository articles, Transactions transactions) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * The article that {@code reference} (an id or a slug, as it came in the path) names.
     *
     * @throws ArticleNotFoundException when the text names no article, including when it is neither an id nor a slug
     */
    public Article article(String reference) {
        ArticleReference parsed = ArticleReference.parse(reference);
        // One read-only transaction: the article and all its parts come from one consistent snapshot.
        return transactions
                .readOnly(() -> articles.find(parsed))
                .orElseThrow(() -> new ArticleNotFoundException(reference));
    }

    public Page<ArticleSummary> search(ArticleSearch search, PageRequest page) {
        return transactions.readOnly(() -> articles.search(search, page));
    }
}
