package com.newsdesk.api.config;

import com.newsdesk.api.web.DeclaredQueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The rules every request parameter of the service follows, whichever controller takes it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * Lists and searches carry an ETag, a digest of the answer, and answer {@code If-None-Match} with 304: one rule
     * for every list, so it can never disagree with what the list shows. It runs right after the read cache, which
     * keeps the tag with the answer (and so answers 304 itself on a hit) and forgets both when a change event says the
     * list may have changed. Articles and their parts carry the revision's own tag instead ({@code "r3"}).
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> listETags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        // Only reads have a tag; a refused write must reach its error answer unwrapped.
                        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
                    }
                });
        registration.addUrlPatterns(
                "/api/articles", "/api/quotes", "/api/timeline", "/api/speakers", "/api/speakers/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setName("listETags");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The desk's forms carry their CSRF token and repeated fields; the pages read their own parameters.
        registry.addInterceptor(new DeclaredQueryParameters()).excludePathPatterns("/desk", "/desk/**");
    }
}
