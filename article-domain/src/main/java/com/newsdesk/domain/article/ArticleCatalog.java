package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.transaction.Transactions;
import java.util.Objects;

/**
 * Reading articles: one by id or slug, as the document its current revision made, or a dated, searchable list. Drafts
 * and scheduled stories are the newsroom's: to the public they do not exist (not found, and in no list).
 */
public final class ArticleCatalog {

    private final StoredDocuments documents;
    private final ArticleListing listing;
    private final Transactions transactions;

    public ArticleCatalog(StoredDocuments documents, ArticleListing listing, Transactions transactions) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.listing = Objects.requireNonNull(listing, "listing");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * The article that {@code reference} (an id or a slug, as it came in the path) names, as it reads now.
     *
     * @throws ArticleNotFoundException when the text names no article the audience may read, including when it is
     *     neither an id nor a slug
     */
    public ArticleDocument current(String reference, Audience audience) {
        ArticleReference parsed = ArticleReference.parse(reference);
        return transactions
                // The stored document of the current revision: one statement, so no transaction around it.
                .oneStatement(() -> documents.current(parsed))
                .filter(document -> audience.mayRead(document.status()))
                .orElseThrow(() -> new ArticleNotFoundException(reference));
    }

    /**
     * The list the audience asked for.
     *
     * @throws InvalidInputException when the public asks for anything but published stories
     */
    public Page<ArticleSummary> search(ArticleSearch search, PageRequest page, Audience audience) {
        if (audience == Audience.PUBLIC && search.status() != ArticleStatus.PUBLISHED) {
            throw InvalidInputException.of("status", "only the newsroom lists stories that are not published");
        }
        return transactions.readOnly(() -> listing.search(search, page));
    }
}
