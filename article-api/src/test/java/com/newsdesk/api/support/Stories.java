package com.newsdesk.api.support;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.DefectorStory;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.Fixtures;

/** Fresh copies of the defector story for tests that correct it, so the seeded one stays as published. */
public final class Stories {

    private Stories() {}

    /** A published copy of the defector story under new ids and a slug of its own, written through the writer. */
    public static Article copyOfDefectorStory(PublishingService publishing, String prefix) {
        ArticleId id = ArticleId.newId();
        Slug slug = Fixtures.uniqueSlug(prefix);
        Story story = Fixtures.freshDefectorStory();
        publishing.importPublished(id, slug, story, DefectorStory.PUBLISHED_AT, "newsdesk");
        return Article.firstPublished(id, slug, story, DefectorStory.PUBLISHED_AT, "newsdesk")
                .article();
    }
}
