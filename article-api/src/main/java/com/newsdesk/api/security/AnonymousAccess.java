package com.newsdesk.api.security;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Everything a caller may do without credentials, in one place. The security configuration denies everything else:
 * a new endpoint needs credentials until it is listed here, so adding a write can never make it public by accident.
 *
 * <p>To make a new endpoint anonymous, add its pattern to the right list below, and only if it is a read (GET, HEAD)
 * of public data: reader pages ({@code /}, {@code /articles/*}), feeds and formats under {@code /api} (already
 * covered by {@code /api/**}), their static assets. An anonymous GET that must not be (an admin list under
 * {@code /api}) needs a role rule in SecurityConfiguration, which is checked before this list. DenyByDefaultTest walks
 * every mapped endpoint and fails when a write answers anyone without credentials.
 */
final class AnonymousAccess {

    /** Public reads: the API's GETs, health and build info, the OpenAPI document and Swagger UI. */
    static final String[] READS = {
        "/api/**",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    /**
     * The reader pages (package pages) and what they load: the latest stories, one story, the page styles, and the
     * desk's sign-in form. Reads only; the desk itself needs an account (SecurityConfiguration, pages chain).
     */
    static final String[] PAGES = {"/", "/articles/*", "/assets/**", "/login"};

    private AnonymousAccess() {}

    /** The anonymous part of the pages' chain: its reads, and the container's error dispatches. */
    static void permitPages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, PAGES)
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, PAGES)
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll();
    }

    static void permit(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, READS)
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, READS)
                .permitAll()
                // Error pages: the container forwards a refused request here to answer it as a problem. Reached
                // directly, /error only ever answers 404.
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/error")
                .permitAll();
    }
}
