package com.newsdesk.domain.article;

import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;

/** Lists of articles, read with plain queries that fetch only what the page shows. */
public interface ArticleListing {

    /** Summaries of matching articles, newest first; paged in the store, never in memory. */
    Page<ArticleSummary> search(ArticleSearch search, PageRequest page);
}
