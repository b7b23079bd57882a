package com.newsdesk.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The browser origins of the frontends that may call the API ({@code NEWSDESK_CORS_ALLOWED_ORIGINS}, comma-separated). */
@ConfigurationProperties("newsdesk.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {}
