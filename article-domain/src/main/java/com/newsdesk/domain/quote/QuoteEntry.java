package com.newsdesk.domain.quote;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.search.Snippet;
import java.util.Objects;

/** A quote found across articles, with the article it stands in. */
public record QuoteEntry(Quote quote, ArticleId articleId, Slug articleSlug, String articleHeadline, Snippet snippet) {
    public QuoteEntry {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleSlug, "articleSlug");
        Objects.requireNonNull(articleHeadline, "articleHeadline");
    }

    /** An entry of a list that is not a word search, which has no snippet. */
    public QuoteEntry(Quote quote, ArticleId articleId, Slug articleSlug, String articleHeadline) {
        this(quote, articleId, articleSlug, articleHeadline, null);
    }
}
