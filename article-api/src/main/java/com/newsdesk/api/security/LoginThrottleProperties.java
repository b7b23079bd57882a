package com.newsdesk.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins are tolerated within {@code window}, per account and per client address, before further
 * attempts are answered 429 until the window has passed.
 */
@ConfigurationProperties("newsdesk.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int failuresPerAccount,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("5m") Duration window) {}
