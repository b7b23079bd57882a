package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.Change;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry in an article's history. Revision 1 is the story as first published (kind {@value #PUBLICATION}, no
 * editor, no changes); every later one is a correction, of the correction's kind.
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
