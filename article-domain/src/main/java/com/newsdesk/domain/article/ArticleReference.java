package com.newsdesk.domain.article;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How a caller names an article in a path: by its id ({@code 5f0c…}) or by its slug. Anything else cannot name an
 * article and is not found, whatever it contains (path traversal, SQL, NUL bytes): it never reaches a query.
 */
public record ArticleReference(ArticleId id, Slug slug) {

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public ArticleReference {
        if ((id == null) == (slug == null)) {
            throw new IllegalArgumentException("an article is named by exactly one of id or slug");
        }
    }

    public static ArticleReference of(ArticleId id) {
        return new ArticleReference(id, null);
    }

    public static ArticleReference of(Slug slug) {
        return new ArticleReference(null, slug);
    }

    /**
     * Reads a path segment.
     *
     * @throws ArticleNotFoundException when the text is neither an id nor a slug
     */
    public static ArticleReference parse(String text) {
        if (text != null && looksLikeId(text)) {
            return of(new ArticleId(UUID.fromString(text)));
        }
        if (text != null && Slug.isValid(text)) {
            return of(new Slug(text));
        }
        throw new ArticleNotFoundException(text);
    }

    static boolean looksLikeId(String text) {
        return UUID_SHAPE.matcher(text).matches();
    }

    public Optional<ArticleId> idValue() {
        return Optional.ofNullable(id);
    }

    @Override
    public String toString() {
        return id != null ? id.toString() : slug.value();
    }
}
