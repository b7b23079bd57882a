package com.newsdesk.domain.quote;

import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;

/** Quotes across all articles. */
public interface QuoteQueries {

    /** Matching quotes ordered by when they were said, then by article and reading order; paged in the store. */
    Page<QuoteEntry> search(QuoteSearch search, PageRequest page);
}
