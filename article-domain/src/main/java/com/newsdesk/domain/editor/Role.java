package com.newsdesk.domain.editor;

/** What a newsroom account may do. Only an {@code EDITOR} may correct published stories. */
public enum Role {
    EDITOR,
    /** A staff account that may sign in but not correct: reporters read drafts of their own copy elsewhere. */
    REPORTER
}
