package com.newsdesk.persistence.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where its data lives between runs (relative paths start at the working directory); delete the
 *     directory while the service is stopped to start afresh
 * @param port the port it listens on, on localhost only; 0 picks a free one at each start
 * @param database the database the service uses, created on first start
 */
@ConfigurationProperties("newsdesk.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("newsdesk") String database) {}
