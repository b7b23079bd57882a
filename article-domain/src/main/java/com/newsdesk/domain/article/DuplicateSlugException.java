package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;

/** Another article already has this slug; slugs name one article each, for ever. */
public final class DuplicateSlugException extends DomainException {
    public DuplicateSlugException(Slug slug) {
        super(
                FailureKind.CONFLICT,
                "duplicate-slug",
                "Slug already taken",
                "Another article already has the slug '" + slug + "'.");
    }
}
