package com.newsdesk.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a database of its own on the test server (see {@link TestDatabases}). Use with
 * {@code @ContextConfiguration(initializers = FreshDatabase.class)}; contexts are cached, so tests sharing a
 * configuration share its database. Pools of cached contexts shrink when idle (see below).
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabases.Database database = TestDatabases.fresh();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "fresh-test-database",
                        Map.of(
                                "spring.datasource.url", database.url(),
                                "spring.datasource.username", database.username(),
                                "spring.datasource.password", database.password(),
                                "newsdesk.test.database-name", database.name(),
                                // The test JVM keeps up to 32 contexts alive, each with a pool: idle ones shrink to a
                                // single connection, so together they stay within an external server's default
                                // max_connections (100) while a test that needs ten still gets them.
                                "spring.datasource.hikari.minimum-idle", "1",
                                "spring.datasource.hikari.idle-timeout", "10000")));
    }
}
