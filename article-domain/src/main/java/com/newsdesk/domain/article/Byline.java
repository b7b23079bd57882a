package com.newsdesk.domain.article;

import java.util.Objects;

/** One author credited on the article, in the order the byline gives. */
public record Byline(String name) {
    public Byline {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a byline names someone");
        }
    }
}
