package com.newsdesk.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a database of its own on the test server (see {@link TestDatabases}). Use with
 * {@code @ContextConfiguration(initializers = FreshDatabase.class)}; contexts are cached, so tests sharing a
 * configuration share its database.
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
                                "newsdesk.test.database-name", database.name())));
    }
}
