package com.newsdesk.api.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the successful answers to anonymous reads ({@code GET /api/**}) in memory, by URL, for at most
 * {@code newsdesk.cache.freshness} (one second) counted from the moment their data was read from the database. So any
 * number of service nodes sharing one database never serve an answer more than a second old, without telling each
 * other anything.
 *
 * <ul>
 *   <li>A request with credentials, or saying {@code Cache-Control: no-cache}, {@code no-store} or {@code max-age=0}
 *       (or {@code Pragma: no-cache}), always reads the database; its answer refreshes the entry.
 *   <li>Concurrent misses for one URL read the database once; the others wait for that answer.
 *   <li>A correction empties the cache of the node that made it, so its editor's next read on that node is current.
 *   <li>Only 200 answers are kept: body, Content-Type, ETag, Last-Modified and Cache-Control. Everything per request
 *       (security headers, CORS, 304 for a matching If-None-Match) is still done per request. Entries are weighed by
 *       their bytes and bounded in total ({@code newsdesk.cache.max-size}).
 * </ul>
 *
 * Runs before every other filter (the security chain, character encoding, and Micrometer's HTTP observation, so hits
 * are not in {@code http.server.requests}: like a reverse-proxy cache's, they never reach the application), so a hit
 * costs little more than writing the bytes. The
 * headers the chain wrote on the answer when it was read (Spring Security's, {@code Vary}) are kept with it and written
 * again. A request with an {@code Origin} header goes through the chain, where CORS is decided.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReadCacheFilter extends OncePerRequestFilter {

    /**
     * An answer, and when the data in it was read (System.nanoTime()). Only a 200 that may be shared is kept; any other
     * answer is handed only to the requests that waited for it, so they fail as fast as the one that read.
     */
    record Kept(
            int status,
            byte[] body,
            String contentType,
            String etag,
            long lastModified,
            String cacheControl,
            String retryAfter,
            List<String[]> otherHeaders,
            long readAt) {

        boolean keepable() {
            return status == HttpServletResponse.SC_OK
                    && cacheControl != null
                    && !cacheControl.contains("private")
                    && !cacheControl.contains("no-store");
        }
    }

    private static final Set<String> OWN_HEADERS = Set.of(
            "cache-control",
            "etag",
            "last-modified",
            "content-type",
            "content-length",
            "transfer-encoding",
            "date",
            "retry-after",
            "connection",
            "keep-alive");

    private final long freshnessNanos;
    private final Duration patience = Duration.ofSeconds(10);
    private final AsyncCache<String, Kept> kept;

    ReadCacheFilter(
            @Value("${newsdesk.cache.freshness:1s}") Duration freshness,
            @Value("${newsdesk.cache.max-size:32MB}") DataSize maxSize) {
        this.freshnessNanos = freshness.toNanos();
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .weigher((String url, Kept answer) -> url.length() * 2 + answer.body().length + 256)
                .expireAfter(new Expiry<String, Kept>() {
                    @Override
                    public long expireAfterCreate(String url, Kept answer, long now) {
                        return Math.max(0, answer.readAt() + freshnessNanos - System.nanoTime());
                    }

                    @Override
                    public long expireAfterUpdate(String url, Kept answer, long now, long current) {
                        return expireAfterCreate(url, answer, now);
                    }

                    @Override
                    public long expireAfterRead(String url, Kept answer, long now, long current) {
                        return current;
                    }
                })
                .buildAsync();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return freshnessNanos <= 0
                || !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HttpHeaders.ORIGIN) != null
                || !acceptsJson(request);
    }

    /** Only answers the cache can give: JSON. Anything else (a 406, say) is left to the controllers. */
    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.includes(MediaType.APPLICATION_JSON));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String url = request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        if (wantsFresh(request)) {
            Kept fresh = readThrough(request, response, chain);
            if (fresh.keepable() && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                kept.put(url, CompletableFuture.completedFuture(fresh));
            }
            return;
        }
        CompletableFuture<Kept> mine = new CompletableFuture<>();
        CompletableFuture<Kept> theirs = kept.asMap().putIfAbsent(url, mine);
        if (theirs == null) {
            // This request reads the database for everyone asking for the same URL meanwhile.
            Kept answer = null;
            try {
                answer = readThrough(request, response, chain);
            } finally {
                mine.complete(answer);
                if (answer == null || !answer.keepable()) {
                    kept.asMap().remove(url, mine);
                }
            }
            return;
        }
        Kept answer = await(theirs);
        if (answer == null) {
            chain.doFilter(request, response);
        } else if (answer.keepable()) {
            write(answer, request, response);
        } else {
            replay(answer, response);
        }
    }

    /** Runs the request for real, and returns what it answered. */
    private Kept readThrough(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long readAt = System.nanoTime();
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
            String lastModified = recorded.getHeader(HttpHeaders.LAST_MODIFIED);
            return new Kept(
                    recorded.getStatus(),
                    recorded.getContentAsByteArray(),
                    recorded.getContentType(),
                    recorded.getHeader(HttpHeaders.ETAG),
                    lastModified == null ? -1 : httpDate(lastModified),
                    recorded.getHeader(HttpHeaders.CACHE_CONTROL),
                    recorded.getHeader(HttpHeaders.RETRY_AFTER),
                    otherHeaders(recorded),
                    readAt);
        } finally {
            recorded.copyBodyToResponse();
        }
    }

    /** The headers the chain wrote, but those this filter writes itself or the container computes. */
    private static List<String[]> otherHeaders(HttpServletResponse response) {
        List<String[]> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        return List.copyOf(headers);
    }

    private static void writeOtherHeaders(Kept answer, HttpServletResponse response) {
        for (String[] header : answer.otherHeaders()) {
            response.addHeader(header[0], header[1]);
        }
    }

    /** Hands a request that waited the answer the reading request got, when that one was not a 200. */
    private static void replay(Kept answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        writeOtherHeaders(answer, response);
        if (answer.cacheControl() != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, answer.cacheControl());
        }
        if (answer.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, answer.retryAfter());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void write(Kept answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
        writeOtherHeaders(answer, response);
        response.setHeader(HttpHeaders.CACHE_CONTROL, answer.cacheControl());
        ServletWebRequest conditional = new ServletWebRequest(request, response);
        boolean notModified = answer.etag() != null
                ? conditional.checkNotModified(answer.etag(), answer.lastModified())
                : answer.lastModified() >= 0 && conditional.checkNotModified(answer.lastModified());
        if (!notModified) {
            if (answer.etag() != null) {
                response.setHeader(HttpHeaders.ETAG, answer.etag());
            }
            if (answer.lastModified() >= 0) {
                response.setDateHeader(HttpHeaders.LAST_MODIFIED, answer.lastModified());
            }
        }
        if (notModified || response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private Kept await(CompletableFuture<Kept> future) throws ServletException {
        try {
            return future.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException slowOrFailed) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for a concurrent read", e);
        }
    }

    private static long httpDate(String value) {
        HttpHeaders parsed = new HttpHeaders();
        parsed.set(HttpHeaders.LAST_MODIFIED, value);
        return parsed.getLastModified();
    }

    /** Forgets every kept answer: called when this node has just corrected an article. */
    public void forgetAll() {
        kept.synchronous().invalidateAll();
    }

    static boolean wantsFresh(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        String pragma = request.getHeader(HttpHeaders.PRAGMA);
        if (pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache")) {
            return true;
        }
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        if (cacheControl == null) {
            return false;
        }
        String directives = cacheControl.toLowerCase(Locale.ROOT).replace(" ", "");
        return directives.contains("no-cache") || directives.contains("no-store") || directives.contains("max-age=0");
    }
}
