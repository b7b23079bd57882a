package com.newsdesk.persistence;

import com.newsdesk.domain.article.DocumentRenderer;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** The persistence module on its own: the adapters, JPA and Flyway, without the web. */
@SpringBootApplication
public class PersistenceTestApplication {

    /**
     * The application renders documents with its web layer's JSON form of the article; here, without the web, a
     * document names what the persistence tests check: the article, its state and revision, and its headline.
     */
    @Bean
    DocumentRenderer documentRenderer() {
        JsonMapper json = JsonMapper.builder().build();
        return article -> json.writeValueAsString(Map.of(
                "id", article.id().toString(),
                "status", article.status().code(),
                "revision", article.revision(),
                "headline", article.headline()));
    }
}
