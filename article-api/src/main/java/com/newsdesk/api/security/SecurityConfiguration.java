package com.newsdesk.api.security;

import com.newsdesk.domain.editor.EditorAccounts;
import com.newsdesk.domain.failure.DomainException;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Deny by default: what anyone may do is listed in {@link AnonymousAccess} (reads, health, documentation); what needs
 * a role is listed first (reporters and editors draft; editors publish, correct, retract and delete; admins manage
 * accounts); everything else needs credentials. Signed-in reporters and editors also read drafts. HTTP Basic, with no
 * session and no cookie; the header is read by {@link BasicCredentials}, the same for the login throttle and for
 * authentication.
 *
 * <p>The reader pages and the desk (package pages) have a chain of their own, ordered first and limited to their
 * paths: form sign-in, a session, CSRF tokens, the same login throttle. Every other path is the API's, as before.
 *
 * <p>CSRF: on the API, protection is off, deliberately. CSRF rides on credentials a browser attaches by itself (cookies, a cached
 * Basic login to this origin); this API issues no cookie, and every write needs {@code If-Match} and a JSON body
 * ({@code Content-Type: application/json}), which a cross-site HTML form cannot send and a cross-site script can only
 * send after a CORS preflight that only the configured origins pass.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Where the reader pages and the editor's desk live: served by their own chain, before the API's. */
    static final String[] PAGE_PATHS = {"/", "/articles/**", "/assets/**", "/desk", "/desk/**", "/login", "/logout"};

    /**
     * The pages: the reader pages for anyone (AnonymousAccess.PAGES), the desk for reporters and editors, who sign in
     * with a form and keep a session cookie. Because a browser sends that cookie by itself, every form that changes
     * something carries a CSRF token (Spring Security's default, checked on every POST of this chain). The role rules
     * are the API's, on the desk's own paths: editors correct and publish; reporters and editors edit drafts.
     */
    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.securityMatcher(PAGE_PATHS)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(
                                    HttpMethod.POST, "/desk/articles/*/corrections", "/desk/drafts/*/publication")
                            .hasRole("EDITOR")
                            .requestMatchers("/desk", "/desk/**")
                            .hasAnyRole("REPORTER", "EDITOR");
                    AnonymousAccess.permitPages(requests);
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/desk", false))
                .addFilterBefore(new FormLoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                        + " object-src 'none'; base-uri 'self'; form-action 'self';"
                                        + " frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            LoginThrottle throttle,
            CorsProperties cors,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems)
            throws Exception {
        // Security's refusals are rendered by the same advice as every other problem. A login that failed because the
        // account store is down is not a wrong password: it is answered as the store's failure (503).
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> problems.resolveException(
                request,
                response,
                null,
                failure.getCause() instanceof DomainException storeFailure ? storeFailure : failure);
        AccessDeniedHandler forbidden =
                (request, response, failure) -> problems.resolveException(request, response, null, failure);
        BasicCredentials credentials = new BasicCredentials();
        http.authorizeHttpRequests(requests -> {
                    // 1. What needs a role. First, so that no anonymous rule below can open it.
                    requests.requestMatchers(
                                    HttpMethod.POST,
                                    "/api/articles/*/corrections",
                                    "/api/articles/*/publication",
                                    "/api/articles/*/retraction")
                            .hasRole("EDITOR")
                            .requestMatchers(HttpMethod.DELETE, "/api/articles/*")
                            .hasRole("EDITOR")
                            .requestMatchers(HttpMethod.PUT, "/api/speakers/*/aliases")
                            .hasRole("EDITOR")
                            .requestMatchers(HttpMethod.POST, "/api/articles", "/api/imports")
                            .hasAnyRole("REPORTER", "EDITOR")
                            .requestMatchers(HttpMethod.PUT, "/api/articles/*")
                            .hasAnyRole("REPORTER", "EDITOR")
                            .requestMatchers("/api/accounts", "/api/accounts/**")
                            .hasRole("ADMIN")
                            // Metrics say how the service is used and attacked: staff only. The editor role stands in
                            // for an operator or admin role until accounts have one.
                            .requestMatchers("/actuator/prometheus")
                            .hasRole("EDITOR");
                    // 2. What anyone may do, listed in one place.
                    AnonymousAccess.permit(requests);
                    // 3. Everything else: deny by default. A new endpoint needs credentials until it is listed above.
                    requests.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName("Newsdesk")
                        .authenticationEntryPoint(unauthenticated)
                        .withObjectPostProcessor(new ObjectPostProcessor<BasicAuthenticationFilter>() {
                            @Override
                            public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationConverter(credentials);
                                return filter;
                            }
                        }))
                .addFilterBefore(
                        new LoginThrottleFilter(throttle, credentials, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> {})
                // Spring's CORS filter, at its usual place in the chain, refusing foreign origins with a problem.
                .cors(AbstractHttpConfigurer::disable)
                .addFilter(corsFilter(cors))
                .headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService editors(EditorAccounts accounts) {
        return username -> accounts.find(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                        .disabled(!account.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    private static CorsFilter corsFilter(CorsProperties properties) {
        CorsFilter filter = new CorsFilter(corsConfiguration(properties));
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }

    private static CorsConfigurationSource corsConfiguration(CorsProperties properties) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(properties.allowedOrigins());
        api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        api.setAllowedHeaders(List.of(
                "Authorization",
                "Content-Type",
                "If-Match",
                "If-None-Match",
                "If-Modified-Since",
                "Idempotency-Key",
                "Cache-Control",
                // An EventSource reconnecting to the change stream says where it was.
                "Last-Event-ID"));
        api.setExposedHeaders(List.of("ETag", "Location", "Last-Modified", "Retry-After", "Idempotent-Replayed"));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }
}
