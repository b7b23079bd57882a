package com.newsdesk.api.article;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.DocumentRenderer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a revision's document: exactly the JSON {@code GET /api/articles/{article}} answers, made with the same
 * mapper the web layer uses, once, when the revision is written. Reads then serve these bytes as they are.
 */
@Component
class JsonDocumentRenderer implements DocumentRenderer {

    private final JsonMapper json;

    JsonDocumentRenderer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String render(Article article) {
        return json.writeValueAsString(ArticleResponse.from(article));
    }
}
