package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;

/** No article has this id or slug. */
public final class ArticleNotFoundException extends DomainException {

    public ArticleNotFoundException(String reference) {
        super(
                FailureKind.NOT_FOUND,
                "article-not-found",
                "Article not found",
                "No article has the id or slug '" + echo(reference) + "'.");
    }
}
