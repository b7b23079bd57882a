package com.newsdesk.api.format;

import com.newsdesk.api.article.ArticleSummaryResponse;
import com.newsdesk.api.article.NoticeResponse;
import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.PublicSite;
import com.newsdesk.domain.article.ArticleCatalog;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.article.Audience;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.correction.NoticeCatalog;
import com.newsdesk.domain.paging.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Atom feeds for feed readers and aggregators. Conditional GET: the ETag is a digest of the feed's bytes and
 * Last-Modified its newest entry, so a reader polling an unchanged feed gets 304.
 */
@RestController
@Tag(name = "Formats")
class FeedController {

    /** Entries per feed: the latest, as a feed reader polls for news, not for the archive. */
    static final int ENTRIES = 50;

    private final ArticleCatalog articles;
    private final NoticeCatalog notices;
    private final PublicSite site;

    FeedController(ArticleCatalog articles, NoticeCatalog notices, PublicSite site) {
        this.articles = articles;
        this.notices = notices;
        this.site = site;
    }

    @GetMapping(path = AtomFeeds.ARTICLES_PATH, produces = "application/atom+xml")
    @Operation(
            summary = "Atom feed of the latest stories",
            description = "Atom 1.0 (RFC 4287): the " + ENTRIES + " most recently published stories, newest first,"
                    + " each with its authors, first paragraph, publication and last update, and links to its page"
                    + " and its JSON. Send If-None-Match or If-Modified-Since to get 304 when nothing changed.")
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            headers = {
                @Header(
                        name = "ETag",
                        description = "A digest of the feed, as a strong entity tag",
                        schema = @Schema(type = "string", pattern = "^\"f-[0-9a-f]{32}\"$", maxLength = 40)),
                @Header(
                        name = "Last-Modified",
                        description = "When the content last changed",
                        schema = @Schema(type = "string", pattern = ApiDocs.HTTP_DATE_PATTERN, maxLength = 40))
            },
            content =
                    @Content(
                            mediaType = "application/atom+xml",
                            schema = @Schema(type = "string", pattern = "^<\\?xml ", maxLength = 10_000_000),
                            examples =
                                    @ExampleObject(name = "the latest stories", value = FormatExamples.ARTICLES_ATOM)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the caller sent")
    ResponseEntity<String> articles(@Parameter(hidden = true) HttpServletRequest request) {
        List<ArticleSummaryResponse> latest = articles
                .search(new ArticleSearch(DateRange.ALL, null), new PageRequest(0, ENTRIES), Audience.PUBLIC)
                .content()
                .stream()
                .map(ArticleSummaryResponse::from)
                .toList();
        return answer(AtomFeeds.articles(latest, site), request);
    }

    @GetMapping(path = AtomFeeds.CORRECTIONS_PATH, produces = "application/atom+xml")
    @Operation(
            summary = "Atom feed of the latest correction notices",
            description = "Atom 1.0 (RFC 4287): the " + ENTRIES + " most recent public notices (corrections,"
                    + " clarifications, updates; typo fixes have none) across all stories, newest first, each with"
                    + " its note, its time, a link to the story and one to the revision it produced. Send"
                    + " If-None-Match or If-Modified-Since to get 304 when nothing changed.")
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            headers = {
                @Header(
                        name = "ETag",
                        description = "A digest of the feed, as a strong entity tag",
                        schema = @Schema(type = "string", pattern = "^\"f-[0-9a-f]{32}\"$", maxLength = 40)),
                @Header(
                        name = "Last-Modified",
                        description = "When the content last changed",
                        schema = @Schema(type = "string", pattern = ApiDocs.HTTP_DATE_PATTERN, maxLength = 40))
            },
            content =
                    @Content(
                            mediaType = "application/atom+xml",
                            schema = @Schema(type = "string", pattern = "^<\\?xml ", maxLength = 10_000_000),
                            examples =
                                    @ExampleObject(
                                            name = "the latest corrections",
                                            value = FormatExamples.CORRECTIONS_ATOM)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the caller sent")
    ResponseEntity<String> corrections(@Parameter(hidden = true) HttpServletRequest request) {
        List<NoticeResponse> latest =
                notices.latest(ENTRIES).stream().map(NoticeResponse::from).toList();
        return answer(AtomFeeds.corrections(latest, site), request);
    }

    private static ResponseEntity<String> answer(AtomFeeds.Written feed, HttpServletRequest request) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AtomFeeds.MEDIA_TYPE))
                .eTag(ContentETag.of(feed.xml().getBytes(StandardCharsets.UTF_8)))
                .lastModified(feed.updated())
                .cacheControl(CachePolicy.live(request))
                .body(feed.xml());
    }
}
