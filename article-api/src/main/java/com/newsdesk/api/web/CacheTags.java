package com.newsdesk.api.web;

import com.newsdesk.domain.article.ArticleId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What an answer shows, told by the controller that made it to the read cache, so that a change evicts exactly the
 * answers it touches: the articles in it, and whether it is a list whose membership depends on which stories are
 * published ({@code listing}) or also on their content (a word search or a date query, {@code contentDependent}).
 * An answer that carries no tags is treated as showing everything.
 */
public record CacheTags(Set<UUID> articles, boolean listing, boolean contentDependent) {

    static final String ATTRIBUTE = CacheTags.class.getName();

    public CacheTags {
        articles = Set.copyOf(articles);
    }

    /** The answer shows one article (or a part of it). */
    public static void article(HttpServletRequest request, ArticleId article) {
        request.setAttribute(ATTRIBUTE, new CacheTags(Set.of(article.value()), false, false));
    }

    /**
     * The answer is a list of these articles' parts.
     *
     * @param contentDependent whether a correction can bring an article into it or take one out (a word search, a
     *     date query on events)
     */
    public static void listing(HttpServletRequest request, Collection<ArticleId> shown, boolean contentDependent) {
        Set<UUID> ids = new HashSet<>();
        shown.forEach(id -> ids.add(id.value()));
        request.setAttribute(ATTRIBUTE, new CacheTags(ids, true, contentDependent));
    }

    static CacheTags of(HttpServletRequest request) {
        Object tags = request.getAttribute(ATTRIBUTE);
        return tags instanceof CacheTags known ? known : new CacheTags(Set.of(), true, true);
    }
}
