package com.newsdesk.domain.article;

/**
 * Who is reading: the public, or the newsroom (a signed-in reporter or editor). Drafts and scheduled stories are the
 * newsroom's; to the public they do not exist.
 */
public enum Audience {
    PUBLIC,
    NEWSROOM;

    public boolean mayRead(ArticleStatus status) {
        return this == NEWSROOM || status.isReadableByAnyone();
    }
}
