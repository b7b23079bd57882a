package com.newsdesk.api.pages;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.domain.article.ArticleDocument;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a stored document as the API's records, the importer's note of a draft included. */
@Component
class StoryReader {

    private final JsonMapper lenient;

    StoryReader(JsonMapper json) {
        // The pages read what they show: a field a later document adds must not stop a page.
        this.lenient = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    ArticleResponse parse(ArticleDocument document) {
        return lenient.readValue(document.json(), ArticleResponse.class);
    }

    /** The importer's warnings ({@code "import": {"warnings": [...]}}); none for a story written by hand. */
    List<String> warnings(ArticleDocument document) {
        ArticleResponse.ImportNoteResponse note = parse(document).importNote();
        return note == null || note.warnings() == null ? List.of() : note.warnings();
    }
}
