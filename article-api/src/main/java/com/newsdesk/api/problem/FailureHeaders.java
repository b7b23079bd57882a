package com.newsdesk.api.problem;

import com.newsdesk.domain.failure.DomainException;
import org.springframework.http.HttpHeaders;

/**
 * Headers a feature adds to the problem answering one of the domain's refusals, such as the current ETag of an article
 * whose revision was stale. Implemented where the header's meaning lives (web), so problems do not depend on it.
 */
public interface FailureHeaders {

    void addTo(DomainException failure, HttpHeaders headers);
}
