package com.newsdesk.api.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where readers find the service, for the absolute links that feeds and formats must carry (Atom ids and links,
 * JSON-LD urls, ninjs renditions): {@code NEWSDESK_PUBLIC_URL}, such as {@code https://news.example.com}. It is
 * configured, never taken from the request's Host header, because answers are cached by path and shared by every
 * reader: a forged Host must not end up in links served to others.
 *
 * @param url the public origin (and path prefix, if any) without a trailing slash
 * @param name what feeds and calendars call the site
 * @param language the language the stories are written in (BCP 47), until articles carry their own
 */
@ConfigurationProperties("newsdesk.public")
public record PublicSite(
        @DefaultValue("http://localhost:8080") URI url,
        @DefaultValue("Newsdesk") String name,
        @DefaultValue("en") String language) {

    public PublicSite {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || url.getQuery() != null) {
            throw new IllegalArgumentException(
                    "newsdesk.public.url must be an absolute http(s) URL without a query, not " + url);
        }
        String text = url.toString();
        url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** An absolute URL for a path on this site, such as {@code /api/feeds/articles.atom}. */
    public String link(String path) {
        return url + path;
    }

    /** The page a person reads the story on (api.md, "Reader pages"). */
    public String articlePage(String slug) {
        return link("/articles/" + slug);
    }

    /** The story as JSON. */
    public String articleApi(String slug) {
        return link("/api/articles/" + slug);
    }
}
