package com.newsdesk.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.SnippetHtml;
import com.newsdesk.domain.article.ArticleSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ArticleSummary", description = "An article in a list: the masthead and its first paragraph.")
public record ArticleSummaryResponse(
        UUID id,

        @Schema(example = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot")
        String slug,

        @Schema(
                allowableValues = {"draft", "scheduled", "published", "retracted"},
                example = "published")
        String status,

        @Schema(example = "N. Korean defector whose escape went viral understands why he was shot")
        String headline,

        List<BylineResponse> bylines,

        @Schema(example = "SEOUL, South Korea", nullable = true)
        String dateline,

        @Schema(example = "NBC News") String publisher,

        @Schema(description = "Null for a draft or a scheduled story", nullable = true)
        Instant publishedAt,

        Instant updatedAt,

        @Schema(example = "1", minimum = "1", maximum = ApiDocs.MAX_INT)
        int revision,

        @Schema(description = "The first paragraph", nullable = true)
        String lede,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = SnippetHtml.DESCRIPTION,
                example = "… Oh Chong Song, the North Korean <mark>defector</mark> whose escape …")
        String snippet) {

    public static ArticleSummaryResponse from(ArticleSummary summary) {
        return new ArticleSummaryResponse(
                summary.id().value(),
                summary.slug().value(),
                summary.status().code(),
                summary.headline(),
                summary.bylines().stream().map(BylineResponse::from).toList(),
                summary.dateline(),
                summary.publisher(),
                summary.publishedAt(),
                summary.updatedAt(),
                summary.revision(),
                summary.lede(),
                SnippetHtml.of(summary.snippet()));
    }
}
