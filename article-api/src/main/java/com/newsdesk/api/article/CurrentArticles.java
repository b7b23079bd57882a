package com.newsdesk.api.article;

import com.newsdesk.api.web.ArticleETag;
import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.CacheTags;
import com.newsdesk.api.web.Readers;
import com.newsdesk.domain.article.ArticleCatalog;
import com.newsdesk.domain.article.ArticleDocument;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current revision of an article, as the caller may read it, in the two forms readers use: the stored document
 * itself (served as it is, byte for byte) and its parsed form (for answers made from parts of it: its quotes, its
 * timeline, the standard formats). Every answer made from it carries the revision's ETag and the article's cache tag.
 */
@Component
public class CurrentArticles {

    private final ArticleCatalog catalog;
    private final JsonMapper json;

    CurrentArticles(ArticleCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    /** The current document of the article the caller names and may read (drafts: the newsroom only). */
    public ArticleDocument document(String reference) {
        return catalog.current(reference, Readers.current());
    }

    /** The document, parsed. */
    public ArticleResponse parsed(ArticleDocument document) {
        return json.readValue(document.json(), ArticleResponse.class);
    }

    /** An answer made from the article as it reads at its current revision. */
    public <T> ResponseEntity<T> answer(ArticleDocument document, HttpServletRequest request, T body) {
        return ok(document, request).body(body);
    }

    /**
     * The start of such an answer, for one that also says its media type: 200 with the revision's ETag, its
     * Last-Modified and the cache policy of live reads, tagged for the read cache with the article.
     */
    public ResponseEntity.BodyBuilder ok(ArticleDocument document, HttpServletRequest request) {
        ArticleETag.checkPreconditions(request, document.revision(), document.updatedAt());
        CacheTags.article(request, document.id());
        return ResponseEntity.ok()
                .eTag(ArticleETag.of(document.revision()))
                .lastModified(document.updatedAt())
                .cacheControl(CachePolicy.live(request));
    }
}
