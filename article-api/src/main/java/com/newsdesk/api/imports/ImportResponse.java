package com.newsdesk.api.imports;

import com.newsdesk.api.article.ArticleResponse;
import io.swagger.v3.oas.annotations.media.Schema;

/** The OpenAPI shape of an import's answer: the draft, exactly as POST /api/articles answers, with its import note. */
@Schema(
        name = "ImportedDraft",
        description = "The draft created from the page (as POST /api/articles answers it), with the importer's note",
        allOf = ArticleResponse.class)
record ImportResponse(
        @Schema(name = "import", requiredMode = Schema.RequiredMode.REQUIRED)
        ArticleResponse.ImportNoteResponse importNote) {}
