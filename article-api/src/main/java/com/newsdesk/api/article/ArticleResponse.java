package com.newsdesk.api.article;

import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.domain.article.Article;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(
        name = "Article",
        description = "The whole article, as it reads at its current revision (or at the revision asked for).")
public record ArticleResponse(
        @Schema(example = "bfd56bd5-f8d8-465f-acf5-a334fb335a7f")
        UUID id,

        @Schema(example = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot")
        String slug,

        @Schema(example = "N. Korean defector whose escape went viral understands why he was shot")
        String headline,

        List<BylineResponse> bylines,

        @Schema(example = "SEOUL, South Korea", nullable = true)
        String dateline,

        @Schema(example = "NBC News") String publisher,
        @Schema(example = "2019-04-15T12:00:00Z") Instant publishedAt,
        @Schema(example = "2019-04-15T12:00:00Z") Instant updatedAt,

        @Schema(
                description = "1 as first published; each correction adds one",
                example = "1",
                minimum = "1",
                maximum = ApiDocs.MAX_INT)
        int revision,

        List<BlockResponse> body,
        @Schema(description = "In reading order") List<QuoteResponse> quotes,
        @Schema(description = "In date order") List<EventResponse> timeline,

        @Schema(description = "Public correction notices, oldest first")
        List<NoticeResponse> corrections) {

    public static ArticleResponse from(Article article) {
        return new ArticleResponse(
                article.id().value(),
                article.slug().value(),
                article.headline(),
                article.bylines().stream().map(BylineResponse::from).toList(),
                article.dateline(),
                article.publisher(),
                article.publishedAt(),
                article.updatedAt(),
                article.revision(),
                article.body().stream().map(BlockResponse::from).toList(),
                article.quotesInReadingOrder().stream()
                        .map(q -> QuoteResponse.from(q, article.id()))
                        .toList(),
                article.timelineInDateOrder().stream()
                        .map(e -> EventResponse.from(e, article.id()))
                        .toList(),
                article.corrections().stream().map(NoticeResponse::from).toList());
    }
}
