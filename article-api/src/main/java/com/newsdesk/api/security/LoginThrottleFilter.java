package com.newsdesk.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses logins for throttled accounts and addresses before the password is even checked. It reads the credentials
 * with the same {@link BasicCredentials} that authentication uses next, so no spelling of the header can reach a
 * password check without passing here. A malformed header checks no password, but still counts as a failure from its
 * address: it is answered 401 by authentication, or 429 once the address is throttled.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final BasicCredentials credentials;
    private final HandlerExceptionResolver problems;

    LoginThrottleFilter(LoginThrottle throttle, BasicCredentials credentials, HandlerExceptionResolver problems) {
        this.throttle = throttle;
        this.credentials = credentials;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        try {
            UsernamePasswordAuthenticationToken login = credentials.convert(request);
            if (login != null) {
                throttle.check(login.getName(), address);
            }
        } catch (AuthenticationException malformed) {
            try {
                throttle.check(null, address);
            } catch (TooManyLoginAttemptsException throttled) {
                problems.resolveException(request, response, null, throttled);
                return;
            }
            throttle.failed(null, address);
        } catch (TooManyLoginAttemptsException throttled) {
            problems.resolveException(request, response, null, throttled);
            return;
        }
        chain.doFilter(request, response);
    }
}
