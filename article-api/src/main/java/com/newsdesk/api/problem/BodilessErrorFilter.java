package com.newsdesk.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The actuator answers some errors with a status and nothing else ({@code /actuator/health/db}, a health component
 * that does not exist, is a bare 404). Such an answer is held back and sent as an error instead, which the container
 * forwards to {@link ProblemErrorController}: a problem, like every other error. Only {@code /actuator/**}: the API's
 * own errors are problems already, and its answers are not worth buffering.
 */
@Component
@Order(0)
class BodilessErrorFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        if (held.getStatus() >= 400 && held.getContentSize() == 0 && !response.isCommitted()) {
            response.sendError(held.getStatus());
            return;
        }
        held.copyBodyToResponse();
    }
}
