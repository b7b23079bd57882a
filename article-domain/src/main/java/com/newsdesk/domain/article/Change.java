package com.newsdesk.domain.article;

import java.util.Objects;

/**
 * One value a correction changed, with what it read before and after. {@code path} names it, such as
 * {@code body[b6].text}, {@code headline}, {@code quotes[<id>].text} or {@code timeline[<id>].date}.
 */
public record Change(String path, String before, String after) {
    public Change {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
