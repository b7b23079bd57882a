package com.newsdesk.api.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.newsdesk.domain.change.ChangeSubscriber;
import com.newsdesk.domain.change.StoryChange;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the successful answers to anonymous reads ({@code GET /api/**}) in memory, by URL, until a change makes them
 * wrong. Every node hears of every committed change (see {@link ChangeSubscriber}) and evicts exactly the answers it
 * touches: those showing the changed article, and the lists its change can alter (see {@link CacheTags}). While this
 * node cannot hear of changes (its listening connection is lost, or not yet up), it trusts an answer for at most
 * {@code newsdesk.cache.freshness} (one second) after it was read, as if it knew nothing; when it hears again, it
 * starts afresh, since it may have missed changes meanwhile.
 *
 * <ul>
 *   <li>A request with credentials, or saying {@code Cache-Control: no-cache}, {@code no-store} or {@code max-age=0}
 *       (or {@code Pragma: no-cache}), always reads the database; its answer (when shareable) refreshes the entry.
 *   <li>Concurrent misses for one URL read the database once; the others wait for that answer and get it only when it
 *       is a shareable 200, or a 503 (the database is down for everyone alike: the waiters fail as fast as the
 *       reader). Anything else (a refusal, a 500) belongs to the request that got it: the waiters then run their own
 *       requests. The request that reads does so without its own conditional headers, so that what it shares is the
 *       whole answer, and then answers itself from it like any other.
 *   <li>A request with {@code If-Match} or {@code If-Unmodified-Since} is answered by the controller, which checks
 *       those against the article.
 *   <li>Everything per request is decided per request: the 304 for a matching {@code If-None-Match}, the media type
 *       the caller accepts, CORS (a request with {@code Origin} goes through the chain).
 *   <li>An answer read while a change was being heard is not kept (it may predate the change), so an eviction can
 *       never be overtaken by the read it was meant to evict.
 *   <li>Only 200 answers are kept, marked {@code public}: body, Content-Type, ETag, Last-Modified, Cache-Control and
 *       the headers the chain added (security headers, {@code Vary}). Entries are weighed by their bytes and bounded in
 *       total ({@code newsdesk.cache.max-size}, by default a fifth of the heap), least recently and least often used
 *       going first.
 * </ul>
 *
 * Runs before every other filter but {@link MalformedRequestFilter} (the security chain, Micrometer's HTTP observation,
 * so hits are not in {@code http.server.requests}: like a reverse-proxy cache's, they never reach the application).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after MalformedRequestFilter
public class ReadCacheFilter extends OncePerRequestFilter implements ChangeSubscriber {

    /**
     * What a read that others waited for got: a shareable 200 to keep and share, or the database's unavailability
     * (a 503, the same for every request, handed to the waiters so they fail as fast as the reader), or neither.
     */
    private record Outcome(Kept kept, Recorded unavailable) {
        static final Outcome NOTHING = new Outcome(null, null);
    }

    /** An answer as it was written: for the 503 every waiter gets. */
    private record Recorded(int status, byte[] body, String contentType, List<String[]> headers) {}

    /** A shareable 200 answer, what it shows, and when its data was read (System.nanoTime()). */
    record Kept(
            byte[] body,
            String contentType,
            String etag,
            long lastModified,
            String cacheControl,
            List<String[]> otherHeaders,
            CacheTags tags,
            long readAt) {}

    private static final Set<String> OWN_HEADERS = Set.of(
            "cache-control",
            "etag",
            "last-modified",
            "content-type",
            "content-length",
            "transfer-encoding",
            "date",
            "connection",
            "keep-alive");

    /**
     * The change stream ({@code text/event-stream}) is never cached: it is live, and it never ends, so the buffer that
     * records an answer to keep it would hold it all and send nothing.
     */
    static final String CHANGE_STREAM = "/api/changes";

    private final boolean enabled;
    private final long freshnessNanos;
    private final Duration patience = Duration.ofSeconds(10);
    private final Cache<String, Kept> kept;
    private final ConcurrentMap<String, CompletableFuture<Outcome>> reading = new ConcurrentHashMap<>();
    /** Counts the changes heard; an answer read across one is not kept. */
    private final AtomicLong changesHeard = new AtomicLong();

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private volatile boolean live;

    ReadCacheFilter(
            @Value("${newsdesk.cache.freshness:1s}") Duration freshness,
            @Value("${newsdesk.cache.max-age:1h}") Duration maxAge,
            @Value("${newsdesk.cache.max-size:#{null}}") DataSize maxSize) {
        this.enabled = !freshness.isZero() && !freshness.isNegative();
        this.freshnessNanos = freshness.toNanos();
        long bound = maxSize != null ? maxSize.toBytes() : Runtime.getRuntime().maxMemory() / 5;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(bound)
                .weigher((String url, Kept answer) -> url.length() * 2 + answer.body().length + 512)
                .expireAfterWrite(maxAge)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled
                || !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().equals(CHANGE_STREAM)
                || request.getHeader(HttpHeaders.ORIGIN) != null
                || request.getHeader(HttpHeaders.IF_MATCH) != null
                || request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String url = request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        if (wantsFresh(request)) {
            long heard = changesHeard.get();
            Kept fresh = readThrough(request, response, chain, null).kept();
            if (fresh != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                keep(url, fresh, heard);
            }
            return;
        }
        Kept hit = kept.getIfPresent(url);
        if (hit != null && trusted(hit) && accepts(request, hit.contentType())) {
            hits.increment();
            write(hit, request, response);
            return;
        }
        misses.increment();
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> theirs = reading.putIfAbsent(url, mine);
        if (theirs == null) {
            // This request reads the database for everyone asking for the same URL meanwhile: unconditionally, so
            // that what it shares is the whole answer. Then it answers itself from that, like the others.
            long heard = changesHeard.get();
            Outcome outcome = Outcome.NOTHING;
            try {
                outcome = readThrough(new Unconditional(request), response, chain, request);
            } finally {
                reading.remove(url, mine);
                mine.complete(outcome);
            }
            if (outcome.kept() != null) {
                keep(url, outcome.kept(), heard);
            }
            return;
        }
        Outcome shared = await(theirs);
        if (shared.kept() != null && accepts(request, shared.kept().contentType())) {
            write(shared.kept(), request, response);
        } else if (shared.unavailable() != null) {
            replay(shared.unavailable(), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Whether a kept answer may be served: always while changes are heard, else only within the freshness. */
    private boolean trusted(Kept answer) {
        return live || System.nanoTime() - answer.readAt() < freshnessNanos;
    }

    private void keep(String url, Kept answer, long changesHeardBefore) {
        if (changesHeard.get() == changesHeardBefore) {
            kept.put(url, answer);
        }
    }

    /** The request without its conditional headers: what the reading request asks on behalf of everyone. */
    private static final class Unconditional extends HttpServletRequestWrapper {

        private static final Set<String> HIDDEN = Set.of("if-none-match", "if-modified-since");

        Unconditional(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HIDDEN.contains(name.toLowerCase(Locale.ROOT))
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(name -> HIDDEN.contains(name.toLowerCase(Locale.ROOT)));
            return Collections.enumeration(names);
        }
    }

    /**
     * Runs the request for real, and says what of its answer others may have. When it read on behalf of {@code
     * original} (without the original's conditional headers), it answers the original: the whole answer, or a 304 when
     * the original's validators match what was read.
     */
    private Outcome readThrough(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, HttpServletRequest original)
            throws ServletException, IOException {
        long readAt = System.nanoTime();
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        Outcome outcome = Outcome.NOTHING;
        try {
            chain.doFilter(request, recorded);
            outcome = outcomeOf(recorded, request, readAt);
            return outcome;
        } finally {
            if (original != null && outcome.kept() != null && notModified(original, outcome.kept())) {
                // Read unconditionally for everyone, but the original already has this answer: a 304, with the
                // headers the chain wrote (ETag, Last-Modified, Cache-Control) and no body.
                recorded.resetBuffer();
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            } else {
                recorded.copyBodyToResponse();
            }
        }
    }

    /** What of an answer the chain wrote others may have: a 503 to share as it is, a public 200 to keep, or nothing. */
    private static Outcome outcomeOf(ContentCachingResponseWrapper recorded, HttpServletRequest request, long readAt) {
        if (recorded.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            return new Outcome(
                    null,
                    new Recorded(
                            recorded.getStatus(),
                            recorded.getContentAsByteArray(),
                            recorded.getContentType(),
                            headers(recorded, Set.of("content-type", "content-length", "date"))));
        }
        String cacheControl = recorded.getHeader(HttpHeaders.CACHE_CONTROL);
        if (recorded.getStatus() != HttpServletResponse.SC_OK
                || cacheControl == null
                || !cacheControl.contains("public")
                || recorded.getHeader(HttpHeaders.SET_COOKIE) != null) {
            return Outcome.NOTHING;
        }
        String lastModified = recorded.getHeader(HttpHeaders.LAST_MODIFIED);
        return new Outcome(
                new Kept(
                        recorded.getContentAsByteArray(),
                        recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.ETAG),
                        lastModified == null ? -1 : httpDate(lastModified),
                        cacheControl,
                        headers(recorded, OWN_HEADERS),
                        CacheTags.of(request),
                        readAt),
                null);
    }

    /** The headers the chain wrote, but those named (which this filter writes itself or the container computes). */
    private static List<String[]> headers(HttpServletResponse response, Set<String> except) {
        List<String[]> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!except.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        return List.copyOf(headers);
    }

    private void write(Kept answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (String[] header : answer.otherHeaders()) {
            response.addHeader(header[0], header[1]);
        }
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

    /** Whether the request's own validators (If-None-Match, else If-Modified-Since) show it has this answer already. */
    private static boolean notModified(HttpServletRequest request, Kept answer) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            if (answer.etag() == null) {
                return false;
            }
            String kept = answer.etag().replaceFirst("^W/", "");
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip().replaceFirst("^W/", "");
                if (candidate.equals("*") || candidate.equals(kept)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException notADate) {
            return false;
        }
        return since >= 0 && answer.lastModified() >= 0 && answer.lastModified() / 1000 <= since / 1000;
    }

    /** Whether the caller accepts what is kept; anything else (a 406, say) is left to the controllers. */
    private static boolean accepts(HttpServletRequest request, String contentType) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            MediaType kept = MediaType.parseMediaType(contentType);
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.includes(kept));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Hands a waiting request the 503 the reading request got: the database is down for everyone alike. */
    private static void replay(Recorded answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        for (String[] header : answer.headers()) {
            response.addHeader(header[0], header[1]);
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private Outcome await(CompletableFuture<Outcome> future) throws ServletException {
        try {
            return future.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException slowOrFailed) {
            return Outcome.NOTHING;
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

    /**
     * Evicts what the change touched: every answer showing the article; on a publication, retraction or deletion
     * every list (their membership changes); on a correction or a speaker's new aliases the lists whose membership
     * depends on content (word and name searches, date queries on events); on a change to a draft nothing else, since no public answer shows a draft.
     */
    @Override
    public void changed(StoryChange change) {
        changesHeard.incrementAndGet();
        boolean membership = change.kind().changesMembership();
        boolean content = change.kind().changesSearches();
        kept.asMap().entrySet().removeIf(entry -> {
            CacheTags tags = entry.getValue().tags();
            return tags.articles().contains(change.article().value())
                    || (tags.listing() && membership)
                    || (tags.contentDependent() && content);
        });
    }

    @Override
    public void listening(boolean now) {
        changesHeard.incrementAndGet();
        if (now) {
            // Changes made while this node was deaf were never heard: nothing kept before may be trusted.
            kept.invalidateAll();
        }
        live = now;
    }

    /** For operators and the benchmark: entries, bytes, hits and misses so far. */
    public Statistics statistics() {
        long bytes =
                kept.asMap().values().stream().mapToLong(k -> k.body().length).sum();
        return new Statistics(kept.estimatedSize(), bytes, hits.sum(), misses.sum(), live);
    }

    public record Statistics(long entries, long bytes, long hits, long misses, boolean live) {}

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
