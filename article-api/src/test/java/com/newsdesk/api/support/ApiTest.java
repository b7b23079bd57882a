package com.newsdesk.api.support;

import com.newsdesk.testing.FreshDatabase;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port, over real HTTP, on a PostgreSQL database of its own (embedded, or the external
 * server in {@code NEWSDESK_TEST_DATABASE_URL}), with a known editor account. Tagged {@code database}: CI runs these again
 * on an external PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.editor.username=editor", "newsdesk.editor.password=correct-horse-battery-staple"})
@ContextConfiguration(initializers = FreshDatabase.class)
public @interface ApiTest {}
