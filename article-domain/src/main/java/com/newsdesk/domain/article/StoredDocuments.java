package com.newsdesk.domain.article;

import java.util.Optional;

/**
 * Reads the documents the writer stored: one statement each, no entity graph. The current document of an article is
 * the one its latest revision made (or re-made since, when something it shows from elsewhere, such as a speaker's
 * aliases, changed).
 */
public interface StoredDocuments {

    Optional<ArticleDocument> current(ArticleReference reference);

    /** The article's name and state, without its document. */
    Optional<ArticleHead> head(ArticleReference reference);

    Optional<ArticleDocument> atRevision(ArticleReference reference, int revision);
}
