package com.newsdesk.domain.correction;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;

/** The article never had this revision, or this correction. */
public final class RevisionNotFoundException extends DomainException {

    private RevisionNotFoundException(String code, String title, String detail) {
        super(FailureKind.NOT_FOUND, code, title, detail);
    }

    public static RevisionNotFoundException revision(String article, int revision) {
        return new RevisionNotFoundException(
                "revision-not-found",
                "Revision not found",
                "Article '" + echo(article) + "' has no revision " + revision + ".");
    }

    public static RevisionNotFoundException correction(String article, String correction) {
        return new RevisionNotFoundException(
                "correction-not-found",
                "Correction not found",
                "Article '" + echo(article) + "' has no correction '" + echo(correction) + "'.");
    }
}
