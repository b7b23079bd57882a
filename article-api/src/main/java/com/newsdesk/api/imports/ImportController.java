package com.newsdesk.api.imports;

import com.newsdesk.api.article.CurrentArticles;
import com.newsdesk.api.web.ArticleETag;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.NewStory;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.domain.reading.ArticleReader;
import com.newsdesk.domain.reading.ImportedStory;
import com.newsdesk.domain.reading.PageMetadata;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/imports}: a page (text or HTML) becomes a draft. The HTML adapter finds the main content and the
 * page's metadata, the domain's {@link ArticleReader} reads the story, and {@link PublishingService} creates the
 * draft, the one way any story is written. A page the importer refuses stores nothing.
 */
@RestController
class ImportController implements ImportApi {

    private final PublishingService publishing;
    private final CurrentArticles current;
    private final ArticleReader reader;

    ImportController(
            PublishingService publishing,
            CurrentArticles current,
            @Value("${newsdesk.imports.read-time-limit:3s}") Duration readTimeLimit) {
        this.publishing = publishing;
        this.current = current;
        // A page the reader cannot read within the limit is refused (422 import-too-slow) before anything is stored.
        this.reader = new ArticleReader(readTimeLimit);
    }

    @Override
    @PostMapping(
            path = "/api/imports",
            consumes = {"text/plain", "text/html"},
            produces = "application/json")
    public ResponseEntity<String> importPage(
            @RequestBody(required = false) byte[] page,
            @RequestHeader(name = "Content-Type") String contentType,
            @RequestParam(name = "publishedOn", required = false) String publishedOn,
            @RequestParam(name = "publisher", required = false) String publisher,
            @RequestParam(name = "sourceUrl", required = false) String sourceUrl,
            Authentication author) {
        LocalDate published = publishedOn(publishedOn);
        checkLine("publisher", publisher, 200);
        checkLine("sourceUrl", sourceUrl, 2000);
        checkUrl(sourceUrl);
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException malformed) {
            throw ImportRefusedException.invalid("the Content-Type is not a media type");
        }
        Charset charset = type.getParameter("charset") == null ? null : PageBody.charset(type.getParameter("charset"));
        boolean html = type.isCompatibleWith(MediaType.TEXT_HTML);
        String text = PageBody.decode(page, charset, html);

        PageMetadata caller = new PageMetadata(null, null, List.of(), publisher, published, sourceUrl);
        PageMetadata metadata = caller;
        if (html) {
            HtmlPage.Read read = HtmlPage.read(text);
            text = read.text();
            // The caller's publisher and date say what the page does not.
            metadata = new PageMetadata(
                    read.metadata().headline(),
                    read.metadata().standfirst(),
                    read.metadata().bylines(),
                    publisher != null ? publisher : read.metadata().publisher(),
                    read.metadata().publishedOn() != null ? read.metadata().publishedOn() : published,
                    sourceUrl != null
                            ? sourceUrl
                            : validUrlOrNull(read.metadata().sourceUrl()));
        }
        ImportedStory story = reader.read(text, metadata);
        if (story.paragraphs().isEmpty()) {
            throw ImportRefusedException.noArticle("no paragraph of prose was found in the page; nothing was stored");
        }
        List<String> warnings = new ArrayList<>(story.warnings());
        String publisherName = story.publisher();
        if (publisherName == null || publisherName.isBlank()) {
            publisherName = hostOf(metadata.sourceUrl());
            warnings.add(
                    publisherName == null
                            ? "the page does not name its publisher; give one with ?publisher="
                            : "the publisher is taken from the source address");
            if (publisherName == null) {
                publisherName = "Unknown publisher";
            }
        }
        // The note goes into the draft's stored document: the answer, and a later GET of the draft, carry it.
        NewStory created = publishing.create(
                ImportedDraft.of(story, publisherName, warnings, metadata.sourceUrl()), author.getName());
        ArticleDocument document = current.document(created.article().id().toString());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/articles/" + document.id()))
                .eTag(ArticleETag.of(document.revision()))
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(document.json());
    }

    private static LocalDate publishedOn(String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw InvalidInputException.of("publishedOn", "must be a date written YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException impossible) {
            throw InvalidInputException.of("publishedOn", value + " is not a day of the calendar");
        }
    }

    private static void checkLine(String name, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.isBlank() || value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of(name, "must be one line of at most " + max + " characters");
        }
    }

    /** The caller's sourceUrl is an absolute http(s) address; it is only kept, never fetched. */
    private static void checkUrl(String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || !(uri.getScheme().equalsIgnoreCase("http")
                            || uri.getScheme().equalsIgnoreCase("https"))) {
                throw InvalidInputException.of("sourceUrl", "must be an absolute http or https address");
            }
        } catch (java.net.URISyntaxException malformed) {
            throw InvalidInputException.of("sourceUrl", "must be an absolute http or https address");
        }
    }

    /** The page's own address, when it is one (its metadata may hold anything). */
    private static String validUrlOrNull(String url) {
        try {
            checkUrl(url);
            return url == null || url.length() > 2000 ? null : url;
        } catch (InvalidInputException notAnAddress) {
            return null;
        }
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null || host.isBlank() ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
