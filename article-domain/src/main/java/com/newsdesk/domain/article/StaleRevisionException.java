package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import java.util.Map;

/** The editor worked from a revision that another change has since replaced. Nothing changed. */
public final class StaleRevisionException extends DomainException {

    private final int currentRevision;

    public StaleRevisionException(int expectedRevision, int currentRevision) {
        super(
                FailureKind.STALE_REVISION,
                "stale-revision",
                "Article has changed",
                (expectedRevision < 1
                                ? "The change names no revision of this article"
                                : "The change was made against revision " + expectedRevision)
                        + ", but the article is at revision " + currentRevision
                        + ". Read it again (its ETag is in this answer) and make the change on what it says now.");
        this.currentRevision = currentRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentRevision", currentRevision);
    }
}
