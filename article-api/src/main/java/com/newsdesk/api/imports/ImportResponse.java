package com.newsdesk.api.imports;

import com.newsdesk.api.article.ArticleResponse;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The OpenAPI shape of an import's answer: the draft, exactly as POST /api/articles answers, plus the import note. */
@Schema(
        name = "ImportedDraft",
        description =
                "The draft created from the page (as POST /api/articles answers it), plus what the importer" + " noted",
        allOf = ArticleResponse.class)
record ImportResponse(
        @Schema(name = "import", requiredMode = Schema.RequiredMode.REQUIRED)
        ImportNote importNote) {

    @Schema(name = "ImportNote", description = "Where the page came from and what the importer was unsure of")
    record ImportNote(
            @Schema(
                    description = "The page's address, from ?sourceUrl= or the page's metadata",
                    nullable = true,
                    format = "uri",
                    maxLength = 2000,
                    example = "https://www.nbcnews.com/news/world/n-korean-defector-n995606")
            String sourceUrl,

            @Schema(
                    description = "The publication date used to resolve weekdays and relative dates",
                    nullable = true,
                    format = "date",
                    maxLength = 10,
                    example = "2019-04-15")
            String publishedOn,

            @ArraySchema(
                    maxItems = 100,
                    schema =
                            @Schema(
                                    maxLength = 2000,
                                    example = "quote without a speaker in paragraph 4: “We will rebuild.”"))
            List<String> warnings) {}
}
