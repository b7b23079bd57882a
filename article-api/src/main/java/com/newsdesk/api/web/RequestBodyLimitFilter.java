package com.newsdesk.api.web;

import com.newsdesk.api.problem.BodyTooSlowException;
import com.newsdesk.api.problem.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses request bodies larger than their limit with 413, before anything reads them: at once when Content-Length says
 * so, and while reading when the body is chunked. Runs before security, so an oversized body costs nothing but the
 * refusal. The limits: a whole story (POST /api/articles, PUT /api/articles/{article}) {@code
 * newsdesk.limits.max-story-size} (2 MB: a story at every limit of StoryLimits is smaller); a page to import (POST
 * /api/imports) {@code newsdesk.limits.max-page-size} (3 MB); anything else {@code newsdesk.limits.max-body-size} (64
 * KiB: a correction is a few KiB).
 *
 * <p>A body must also arrive within {@code newsdesk.limits.body-read-timeout} (10 s) of the first read, or the request
 * is refused with 408: a client that trickles a byte every half second holds a worker thread only that long. (Each
 * single read waits at most Tomcat's connection timeout, 5 s, for the next bytes.)
 */
@Component
@Order(-200)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long bodyLimit;
    private final long storyLimit;
    private final long pageLimit;
    private final Duration readTimeout;
    private final HandlerExceptionResolver problems;

    RequestBodyLimitFilter(
            @Value("${newsdesk.limits.max-body-size:64KB}") DataSize limit,
            @Value("${newsdesk.limits.max-story-size:2MB}") DataSize storyLimit,
            @Value("${newsdesk.limits.max-page-size:3MB}") DataSize pageLimit,
            @Value("${newsdesk.limits.body-read-timeout:10s}") Duration readTimeout,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.bodyLimit = limit.toBytes();
        this.storyLimit = storyLimit.toBytes();
        this.pageLimit = pageLimit.toBytes();
        this.readTimeout = readTimeout;
        this.problems = problems;
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        if (("POST".equals(method) && path.equals("/api/articles"))
                || ("PUT".equals(method) && path.startsWith("/api/articles/") && path.indexOf('/', 14) < 0)) {
            return storyLimit;
        }
        if ("POST".equals(method) && path.equals("/api/imports")) {
            return pageLimit;
        }
        return bodyLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            problems.resolveException(request, response, null, new PayloadTooLargeException(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit, readTimeout), response);
    }

    /** A request whose body stream fails once more than {@code limit} bytes have been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private final Duration readTimeout;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit, Duration readTimeout) {
            super(request);
            this.limit = limit;
            this.readTimeout = readTimeout;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit, readTimeout);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final Duration readTimeout;
        private long deadline;
        private long read;

        LimitedStream(ServletInputStream in, long limit, Duration readTimeout) {
            this.in = in;
            this.limit = limit;
            this.readTimeout = readTimeout;
        }

        @Override
        public int read() throws IOException {
            checkDeadline();
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkDeadline();
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void checkDeadline() throws BodyTooSlowException {
            long now = System.nanoTime();
            if (deadline == 0) {
                deadline = now + readTimeout.toNanos();
            } else if (now - deadline > 0) {
                throw new BodyTooSlowException(readTimeout);
            }
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
