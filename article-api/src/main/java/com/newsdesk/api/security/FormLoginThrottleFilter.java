package com.newsdesk.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login throttle for the desk's sign-in form, as LoginThrottleFilter is for HTTP Basic: a form post for an account
 * or from an address that has used up its failures is refused (429, a short page) before the password is checked.
 * Failures are counted by the same throttle, from Spring Security's failure events.
 */
class FormLoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    FormLoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            throttle.check(request.getParameter("username"), request.getRemoteAddr());
        } catch (TooManyLoginAttemptsException refused) {
            response.setStatus(429);
            response.setHeader(
                    "Retry-After", String.valueOf(refused.retryAfter().toSeconds()));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts"
                            + "</title></head><body><main><h1>Too many sign-in attempts</h1><p>Wait a while, then"
                            + " <a href=\"/login\">try again</a>.</p></main></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
