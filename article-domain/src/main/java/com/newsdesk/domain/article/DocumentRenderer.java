package com.newsdesk.domain.article;

/**
 * Makes the document a revision is served as (the API's JSON form of the article). Called once per revision, by the
 * writer, when the revision is written; reads then serve what it made.
 */
public interface DocumentRenderer {

    String render(Article article);
}
