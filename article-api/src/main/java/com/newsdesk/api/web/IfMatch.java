package com.newsdesk.api.web;

import com.newsdesk.api.problem.PreconditionRequiredException;

/**
 * The revision a write is made against, from its {@code If-Match} header: required (428 without it, so no one's change
 * is silently overwritten), and never {@code *}. A tag that names none of our revisions can only be stale (412).
 */
public final class IfMatch {

    private IfMatch() {}

    /** The revision named, or 0 (which no article is at) when the header names none of ours. */
    public static int revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("Send the article's current ETag as If-Match: read it with GET "
                    + "/api/articles/{article} first, so that no one's change is silently overwritten.");
        }
        if (ifMatch.strip().equals("*")) {
            throw new PreconditionRequiredException(
                    "If-Match: * would apply the change to whatever the article says now; send its ETag instead.");
        }
        return ArticleETag.revisionIn(ifMatch).orElse(0);
    }

    /** The revision named, when the caller sent If-Match at all (for writes where it is optional). */
    public static Integer optionalRevision(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : revision(ifMatch);
    }
}
