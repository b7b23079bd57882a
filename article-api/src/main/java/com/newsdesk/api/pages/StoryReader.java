package com.newsdesk.api.pages;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.domain.article.ArticleDocument;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a stored document as the API's records, and the importer's warnings a draft may carry with it. */
@Component
class StoryReader {

    private final JsonMapper json;
    private final JsonMapper lenient;

    StoryReader(JsonMapper json) {
        this.json = json;
        // A draft's document may carry more than the Article schema (the importer's "import" section): the pages read
        // what they show and leave the rest.
        this.lenient = json.rebuild()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    ArticleResponse parse(ArticleDocument document) {
        return lenient.readValue(document.json(), ArticleResponse.class);
    }

    /** The importer's warnings ({@code "import": {"warnings": [...]}}), as text; none for a story written by hand. */
    List<String> warnings(ArticleDocument document) {
        JsonNode warnings = json.readTree(document.json()).path("import").path("warnings");
        if (!warnings.isArray()) {
            return List.of();
        }
        return warnings.valueStream()
                .map(w -> w.isString() ? w.asString() : w.path("message").asString(w.toString()))
                .toList();
    }
}
