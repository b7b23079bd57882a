package com.newsdesk.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;

/**
 * How long shared caches may keep what the API serves. Browsers always revalidate (a 304 costs little, thanks to the
 * ETag); a CDN may serve an answer for one second without asking, which folds a burst of readers into one request
 * per second per URL, and may keep serving a stale copy for a day while the service is failing. Answers to editors
 * (requests with credentials) are private and never cached.
 */
public final class CachePolicy {

    private CachePolicy() {}

    /** Articles, their parts, and lists: they change when a correction lands. */
    public static CacheControl live(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return CacheControl.noCache().cachePrivate();
        }
        return CacheControl.maxAge(Duration.ZERO)
                .cachePublic()
                .sMaxAge(Duration.ofSeconds(1))
                .staleIfError(Duration.ofDays(1));
    }

    /** A past revision never changes. */
    public static CacheControl immutable() {
        return CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    }
}
