package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.Change;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry in an article's history: its number, when it was made and by whom, what kind of step made it
 * ({@code creation}, {@code edit}, {@code schedule}, {@code publication}, {@code retraction}, or a correction's own kind:
 * {@code correction}, {@code clarification}, {@code update}, {@code typo}), a one-line summary, and the before and after
 * of what it changed.
 */
public record Revision(
        int number, Instant createdAt, String editor, String kind, String summary, List<Change> changes) {

    public static final String PUBLICATION = "publication";

    public Revision {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(kind, "kind");
        changes = List.copyOf(changes);
    }
}
