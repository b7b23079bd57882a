package com.newsdesk.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.Retraction;
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

        @Schema(
                description = "draft and scheduled stories are seen by the newsroom only; a retracted story stays"
                        + " readable at its address but leaves every list",
                allowableValues = {"draft", "scheduled", "published", "retracted"},
                example = "published")
        String status,

        @Schema(example = "N. Korean defector whose escape went viral understands why he was shot")
        String headline,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The standfirst (dek) under the headline, when the story has one")
        String standfirst,

        List<BylineResponse> bylines,

        @Schema(example = "SEOUL, South Korea", nullable = true)
        String dateline,

        @Schema(example = "NBC News") String publisher,

        @Schema(
                description = "When it was published; null for a draft or a scheduled story",
                nullable = true,
                example = "2019-04-15T12:00:00Z")
        Instant publishedAt,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When a scheduled story will be published (scheduled stories only)")
        Instant publishAt,

        @Schema(description = "When the latest revision was made", example = "2019-04-15T12:00:00Z")
        Instant updatedAt,

        @Schema(
                description = "Counts every change from 1: each edit of a draft, its publication, each correction,"
                        + " a retraction",
                example = "1",
                minimum = "1",
                maximum = ApiDocs.MAX_INT)
        int revision,

        List<BlockResponse> body,
        @Schema(description = "In reading order") List<QuoteResponse> quotes,
        @Schema(description = "In date order") List<EventResponse> timeline,

        @Schema(description = "Public correction notices, oldest first")
        List<NoticeResponse> corrections,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why and when the story was retracted (retracted stories only)")
        RetractionResponse retraction,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @JsonProperty("import")
        @Schema(
                name = "import",
                description = "Where an imported draft came from and what the importer was unsure of (a draft made"
                        + " by POST /api/imports, until it is next changed)")
        ImportNoteResponse importNote) {

    @Schema(name = "ImportNote", description = "Where the page came from and what the importer was unsure of")
    public record ImportNoteResponse(
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

            @io.swagger.v3.oas.annotations.media.ArraySchema(
                    maxItems = 100,
                    schema =
                            @Schema(
                                    maxLength = 2000,
                                    example = "quote without a speaker in paragraph 4: “We will rebuild.”"))
            List<String> warnings) {}

    @Schema(name = "Retraction", description = "The public notice of a retraction.")
    public record RetractionResponse(
            @Schema(example = "This story relied on a source who has since admitted fabricating his account.")
            String note,

            Instant retractedAt) {}

    public static ArticleResponse from(Article article) {
        Retraction retraction = article.lifecycle().retraction();
        return new ArticleResponse(
                article.id().value(),
                article.slug().value(),
                article.status().code(),
                article.headline(),
                article.standfirst(),
                article.bylines().stream().map(BylineResponse::from).toList(),
                article.dateline(),
                article.publisher(),
                article.publishedAt(),
                article.lifecycle().publishAt(),
                article.updatedAt(),
                article.revision(),
                article.body().stream().map(BlockResponse::from).toList(),
                article.quotesInReadingOrder().stream()
                        .map(q -> QuoteResponse.from(q, article.id()))
                        .toList(),
                article.timelineInDateOrder().stream()
                        .map(e -> EventResponse.from(e, article.id()))
                        .toList(),
                article.corrections().stream().map(NoticeResponse::from).toList(),
                retraction == null ? null : new RetractionResponse(retraction.note(), retraction.retractedAt()),
                article.importNote() == null
                        ? null
                        : new ImportNoteResponse(
                                article.importNote().sourceUrl(),
                                article.importNote().publishedOn() == null
                                        ? null
                                        : article.importNote().publishedOn().toString(),
                                article.importNote().warnings()));
    }
}
