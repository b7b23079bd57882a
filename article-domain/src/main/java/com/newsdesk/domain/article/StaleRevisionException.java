package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import java.util.Map;

/** The editor worked from a revision that another correction has since replaced. Nothing changed. */
public final class StaleRevisionException extends DomainException {

    private final int currentRevision;

    public StaleRevisionException(int expectedRevision, int currentRevision) {
        super(
                FailureKind.STALE_REVISION,
                "stale-revision",
                "Article has changed",
                "The correction was made against revision " + expectedRevision + ", but the article is at revision "
                        + currentRevision + ". Read it again and correct the current text.");
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
