package com.newsdesk.domain.article;

import java.util.Objects;

/** A story that has just come into being, and the change that made it (its revision 1). */
public record NewStory(Article article, ArticleChange change) {
    public NewStory {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(change, "change");
    }
}
