package com.newsdesk.api.config;

import com.newsdesk.api.web.DeclaredQueryParameters;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The rules every request parameter of the service follows, whichever controller takes it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The desk's forms carry their CSRF token and repeated fields; the pages read their own parameters.
        registry.addInterceptor(new DeclaredQueryParameters()).excludePathPatterns("/desk", "/desk/**");
    }
}
