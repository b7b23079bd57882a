package com.newsdesk.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in a fixed window, so a password cannot be guessed at
 * speed. Once either count reaches its limit, every attempt for that account or from that address is refused (429)
 * before the password is checked, until the window that began with the first failure has passed.
 *
 * <p>The counts are kept in memory, in bounded caches, on each node: with N nodes an attacker gets N times the
 * attempts. A shared limit belongs at the edge (CDN or WAF) in front of the nodes; see docs/scaling.md. The client
 * address is the connection's, unless {@code server.forward-headers-strategy} is set behind a trusted proxy.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleProperties limits;
    private final Cache<String, AtomicInteger> byAccount;
    private final Cache<String, AtomicInteger> byAddress;
    private final Counter wrongPasswords;
    private final Counter malformed;
    private final Counter throttled;

    LoginThrottle(LoginThrottleProperties limits, MeterRegistry meters) {
        this.limits = limits;
        this.byAccount = counters(limits.window());
        this.byAddress = counters(limits.window());
        // What an operator alerts on (README, "Operating"): guessing shows as failures, then as refusals.
        this.wrongPasswords = Counter.builder("newsdesk.logins.failed")
                .description("Failed logins")
                .tag("reason", "credentials")
                .register(meters);
        this.malformed = Counter.builder("newsdesk.logins.failed")
                .description("Failed logins")
                .tag("reason", "malformed")
                .register(meters);
        this.throttled = Counter.builder("newsdesk.logins.throttled")
                .description("Logins refused with 429 before any password check")
                .register(meters);
    }

    private static Cache<String, AtomicInteger> counters(Duration window) {
        return Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(100_000)
                .build();
    }

    /** @throws TooManyLoginAttemptsException when this account or this address has used up its failures */
    public void check(String username, String address) {
        if (exhausted(byAccount, account(username), limits.failuresPerAccount())
                || exhausted(byAddress, address, limits.failuresPerAddress())) {
            throttled.increment();
            throw new TooManyLoginAttemptsException(limits.window());
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = failure.getAuthentication().getName();
        String address = failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        failed(username, address);
    }

    /** Counts one failed login: a wrong password, or (with no username) credentials that could not even be read. */
    void failed(String username, String address) {
        (username == null ? malformed : wrongPasswords).increment();
        int forAccount = increment(byAccount, account(username));
        int fromAddress = increment(byAddress, address);
        if (forAccount == limits.failuresPerAccount() || fromAddress == limits.failuresPerAddress()) {
            log.warn("Throttling logins for account '{}' / address {} after repeated failures", username, address);
        }
    }

    private static String account(String username) {
        return username == null ? null : username.toLowerCase(Locale.ROOT);
    }

    private static boolean exhausted(Cache<String, AtomicInteger> counts, String key, int limit) {
        if (key == null) {
            return false;
        }
        AtomicInteger count = counts.getIfPresent(key);
        return count != null && count.get() >= limit;
    }

    private static int increment(Cache<String, AtomicInteger> counts, String key) {
        return key == null ? 0 : counts.get(key, k -> new AtomicInteger()).incrementAndGet();
    }
}
