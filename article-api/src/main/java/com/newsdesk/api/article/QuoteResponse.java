package com.newsdesk.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.api.web.SnippetHtml;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.quote.QuoteEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Quote", description = "Words someone said, verbatim as the article prints them.")
public record QuoteResponse(
        @Schema(example = "a60ec508-9aee-4386-87ad-bb82e707ea0f")
        UUID id,

        @Schema(example = "bfd56bd5-f8d8-465f-acf5-a334fb335a7f")
        UUID articleId,

        @Schema(description = "The block the words stand in, verbatim", example = "b3")
        String blockId,

        SpeakerResponse speaker,

        @Schema(
                description = "The words inside the quotation marks",
                example = "In their situation I would have fired the gun. It’s not a matter of friendship")
        String text,

        @Schema(description = "True when only part of a sentence is quoted", example = "false")
        boolean partial,

        @Schema(
                description = "First day it may have been said; null in a draft that does not say (publication dates"
                        + " it on the day of publication, approximately)",
                example = "2019-04-15",
                nullable = true)
        LocalDate saidOn,

        @Schema(description = "Last day it may have been said", example = "2019-04-15", nullable = true)
        LocalDate saidUntil,

        @Schema(
                allowableValues = {"day", "month", "year", "span"},
                example = "day",
                nullable = true)
        String saidPrecision,

        @Schema(
                description = "True when the date comes from a relative or vague phrase",
                example = "true",
                nullable = true)
        Boolean saidApproximate,

        @Schema(
                description = "How the article attributes the words",
                example = "told NBC News on Monday",
                nullable = true)
        String context,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "On cross-article lists only",
                example = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot")
        String articleSlug,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "On cross-article lists only")
        String articleHeadline,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = SnippetHtml.DESCRIPTION, example = "I was <mark>escaping</mark>.")
        String snippet) {

    public static QuoteResponse from(Quote quote, ArticleId article) {
        return of(quote, article, null, null, null);
    }

    public static QuoteResponse from(QuoteEntry entry) {
        return of(
                entry.quote(),
                entry.articleId(),
                entry.articleSlug().value(),
                entry.articleHeadline(),
                SnippetHtml.of(entry.snippet()));
    }

    private static QuoteResponse of(Quote quote, ArticleId article, String slug, String headline, String snippet) {
        DateSpan said = quote.said();
        return new QuoteResponse(
                quote.id().value(),
                article.value(),
                quote.blockId().value(),
                SpeakerResponse.from(quote.speaker()),
                quote.text(),
                quote.partial(),
                said == null ? null : said.start(),
                said == null ? null : said.end(),
                said == null ? null : said.precision().code(),
                said == null ? null : said.approximate(),
                quote.context(),
                slug,
                headline,
                snippet);
    }
}
