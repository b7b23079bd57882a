package com.newsdesk.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.api.web.SnippetHtml;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.timeline.TimelineEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Event", description = "Something the article says happened, dated with the precision its words allow.")
public record EventResponse(
        @Schema(example = "a19d30f6-bac0-4355-a351-7c250c412c40")
        UUID id,

        @Schema(example = "bfd56bd5-f8d8-465f-acf5-a334fb335a7f")
        UUID articleId,

        @Schema(description = "The block the dating phrase stands in", example = "b9")
        String blockId,

        @Schema(example = "Oh Chong Song smashes through a checkpoint and runs across the DMZ under fire")
        String title,

        @Schema(description = "First day of the whole span the article allows", example = "2017-11-13")
        LocalDate start,

        @Schema(description = "Last day of that span", example = "2017-11-13")
        LocalDate end,

        @Schema(
                allowableValues = {"day", "month", "year", "span"},
                example = "day")
        String precision,

        @Schema(description = "True when the date comes from a relative or vague phrase", example = "false")
        boolean approximate,

        @Schema(
                description = "The article's own words that date it, verbatim in block blockId",
                example = "On Nov. 13, 2017")
        String phrase,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "On the cross-article timeline only")
        String articleSlug,

        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "On the cross-article timeline only")
        String articleHeadline,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = SnippetHtml.DESCRIPTION + " Title and phrase, separated by a dash.",
                example = "North Korea test-fires a <mark>missile</mark> — On Nov. 28")
        String snippet) {

    public static EventResponse from(TimelineEvent event, ArticleId article) {
        return of(event, article, null, null, null);
    }

    public static EventResponse from(TimelineEntry entry) {
        return of(
                entry.event(),
                entry.articleId(),
                entry.articleSlug().value(),
                entry.articleHeadline(),
                SnippetHtml.of(entry.snippet()));
    }

    private static EventResponse of(
            TimelineEvent event, ArticleId article, String slug, String headline, String snippet) {
        return new EventResponse(
                event.id().value(),
                article.value(),
                event.blockId().value(),
                event.title(),
                event.when().start(),
                event.when().end(),
                event.when().precision().code(),
                event.when().approximate(),
                event.phrase(),
                slug,
                headline,
                snippet);
    }
}
