package com.newsdesk.api.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.BlockResponse;
import com.newsdesk.api.article.QuoteResponse;
import com.newsdesk.api.article.SpeakerResponse;
import com.newsdesk.api.web.PublicSite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An article as a schema.org {@code NewsArticle} in JSON-LD, the structured data search engines read: headline,
 * dateline, publication and modification instants (UTC, with their zone), authors, publisher, the body, the people
 * and organisations quoted, its videos, and each public correction notice as a {@code CorrectionComment} with the
 * time it was published. Every term is schema.org's (a test expands the document and checks each one).
 */
final class JsonLdFormat {

    static final String CONTEXT = "https://schema.org";

    private JsonLdFormat() {}

    static NewsArticle of(ArticleResponse article, PublicSite site) {
        String page = site.articlePage(article.slug());
        String body = ArticleText.plain(article);
        return new NewsArticle(
                CONTEXT,
                "NewsArticle",
                page,
                page,
                page,
                article.id().toString(),
                article.headline(),
                article.dateline(),
                article.publishedAt().toString(),
                article.updatedAt().toString(),
                site.language(),
                article.revision(),
                article.bylines().stream()
                        .map(byline -> new Thing("Person", byline.name()))
                        .toList(),
                new Thing("Organization", article.publisher()),
                body,
                ArticleText.words(body),
                true,
                mentioned(article),
                article.body().stream()
                        .filter(block -> block.video() != null)
                        .map(JsonLdFormat::video)
                        .toList(),
                article.corrections().stream()
                        .map(notice -> new CorrectionComment(
                                "CorrectionComment",
                                notice.note(),
                                notice.correctedAt().toString()))
                        .toList());
    }

    /** The speakers, each once, as a Person or an Organization. */
    private static List<Thing> mentioned(ArticleResponse article) {
        Map<UUID, Thing> speakers = new LinkedHashMap<>();
        for (QuoteResponse quote : article.quotes()) {
            SpeakerResponse speaker = quote.speaker();
            speakers.putIfAbsent(
                    speaker.id(),
                    new Thing(speaker.kind().equals("organization") ? "Organization" : "Person", speaker.name()));
        }
        return List.copyOf(speakers.values());
    }

    private static VideoObject video(BlockResponse block) {
        String caption = block.text();
        return new VideoObject(
                "VideoObject",
                caption,
                caption,
                block.video().publishedOn().toString(),
                block.video().duration().toString());
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NewsArticle(
            @JsonProperty("@context") String context,
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String url,
            String mainEntityOfPage,
            String identifier,
            String headline,
            String dateline,
            String datePublished,
            String dateModified,
            String inLanguage,
            int version,
            List<Thing> author,
            Thing publisher,
            String articleBody,
            int wordCount,
            boolean isAccessibleForFree,
            List<Thing> mentions,
            List<VideoObject> video,
            List<CorrectionComment> correction) {}

    record Thing(@JsonProperty("@type") String type, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VideoObject(
            @JsonProperty("@type") String type, String name, String description, String uploadDate, String duration) {}

    record CorrectionComment(@JsonProperty("@type") String type, String text, String datePublished) {}
}
