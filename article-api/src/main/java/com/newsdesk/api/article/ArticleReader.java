package com.newsdesk.api.article;

import com.newsdesk.domain.article.ArticleCatalog;
import org.springframework.stereotype.Component;

/**
 * The one place other representations (ninjs, JSON-LD, calendars, feeds) get an article from: always as the API's own
 * read model, {@link ArticleResponse}, so they depend on what the API says about a story and not on how it is stored.
 */
@Component
public class ArticleReader {

    private final ArticleCatalog catalog;

    ArticleReader(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The article as it reads now.
     *
     * @throws com.newsdesk.domain.article.ArticleNotFoundException when no article has that id or slug
     */
    public ArticleResponse current(String reference) {
        return ArticleResponse.from(catalog.article(reference));
    }
}
