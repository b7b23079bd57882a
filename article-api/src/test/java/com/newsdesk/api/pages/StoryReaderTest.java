package com.newsdesk.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.Slug;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft's document may carry the importer's note (as POST /api/imports stores it): the review page reads its warnings,
 * and the story around them.
 */
class StoryReaderTest {

    @Test
    void theImportersWarningsAreReadWhenTheDocumentCarriesThem() throws Exception {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/defector-story.json")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String imported = seed.replaceFirst(
                "\\{",
                "{\"import\": {\"sourceUrl\": null, \"publishedOn\": \"2019-04-15\", \"warnings\": [\"No byline found\","
                        + " \"A quote has no speaker\"]},");
        StoryReader reader = new StoryReader(JsonMapper.builder().build());

        ArticleDocument withWarnings = document(imported);
        assertThat(reader.warnings(withWarnings)).containsExactly("No byline found", "A quote has no speaker");
        assertThat(reader.parse(withWarnings).headline()).startsWith("N. Korean defector");
        assertThat(reader.warnings(document(seed))).isEmpty();
    }

    private static ArticleDocument document(String json) {
        return new ArticleDocument(ArticleId.newId(), new Slug("a-draft"), ArticleStatus.DRAFT, 1, Instant.now(), json);
    }
}
