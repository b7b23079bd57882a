package com.newsdesk.domain.editor;

/**
 * What a newsroom account may do. A {@code REPORTER} writes and imports drafts; an {@code EDITOR} also publishes,
 * corrects and retracts; an {@code ADMIN} manages accounts. Roles add up: an account may hold several.
 */
public enum Role {
    EDITOR,
    REPORTER,
    ADMIN
}
