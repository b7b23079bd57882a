package com.newsdesk.api.web;

import com.newsdesk.api.problem.FailureHeaders;
import com.newsdesk.domain.article.StaleRevisionException;
import com.newsdesk.domain.failure.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** A stale revision is answered with the article's current ETag: what the client needs to read it again and retry. */
@Component
class StaleRevisionHeaders implements FailureHeaders {

    @Override
    public void addTo(DomainException failure, HttpHeaders headers) {
        if (failure instanceof StaleRevisionException stale) {
            headers.setETag(ArticleETag.of(stale.currentRevision()));
        }
    }
}
