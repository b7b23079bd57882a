package com.newsdesk.domain.article;

import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import java.util.Optional;

/**
 * Where articles are kept. Implementations load an article whole (body, quotes, events, notices) with a fixed number
 * of queries whatever its size, and never return a partly written one.
 */
public interface ArticleRepository {

    /** The article named by its id or slug, as of its current revision. */
    Optional<Article> find(ArticleReference reference);

    /**
     * The article, locked against every other correction until the caller's transaction ends, so that what the
     * correction reads (revision, text, quotes) is what it changes. Must run inside the caller's transaction.
     */
    Optional<Article> lockForCorrection(ArticleReference reference);

    /** The id of the article named by {@code reference}, without loading it. */
    Optional<ArticleId> idOf(ArticleReference reference);

    /**
     * Stores a new article, with its revision-1 snapshot.
     *
     * @throws DuplicateSlugException when another article has the same slug
     */
    void add(Article article);

    /**
     * Stores a correction that {@code article} has just applied: the changed text, the new revision and
     * {@code updatedAt}, the correction record with its before and after text, and a snapshot of the article as it
     * now reads. Must run inside the caller's transaction.
     *
     * @throws StaleRevisionException when another correction to the same article committed first
     */
    void saveCorrection(Article article, AppliedCorrection applied);

    /** Summaries of matching articles, newest first; paged in the store, never in memory. */
    Page<ArticleSummary> search(ArticleSearch search, PageRequest page);
}
