package com.newsdesk.api.pages;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.format.PageFormats;
import com.newsdesk.api.web.PublicSite;
import com.newsdesk.domain.article.ArticleCatalog;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.article.ArticleSummary;
import com.newsdesk.domain.article.Audience;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.correction.Revision;
import com.newsdesk.domain.correction.RevisionCatalog;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader pages: the latest stories, and one story whole with its timeline, its notices and its history. They show
 * what the public may read (whoever asks: an editor signed in to the desk sees the public page too), from the same
 * domain services as the API, so a page and {@code /api/articles/{slug}} never disagree.
 */
@Controller
class ReaderPages {

    static final int PAGE_SIZE = 10;

    private final ArticleCatalog catalog;
    private final RevisionCatalog revisions;
    private final StoryReader reader;
    private final PublicSite site;
    private final JsonMapper json;

    ReaderPages(
            ArticleCatalog catalog, RevisionCatalog revisions, StoryReader reader, PublicSite site, JsonMapper json) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.reader = reader;
        this.site = site;
        this.json = json;
    }

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        Page<ArticleSummary> found = catalog.search(
                new ArticleSearch(DateRange.fromParameters(null, null, null), null),
                new PageRequest(page, PAGE_SIZE),
                Audience.PUBLIC);
        model.addAttribute("stories", found.content());
        model.addAttribute("page", page);
        model.addAttribute("pages", found.totalPages());
        model.addAttribute("site", site);
        live(response);
        return "pages/home";
    }

    @GetMapping("/articles/{slug}")
    String story(@PathVariable String slug, Model model, HttpServletResponse response) {
        ArticleDocument document = catalog.current(slug, Audience.PUBLIC);
        ArticleResponse article = reader.parse(document);
        List<Revision> history = revisions.revisions(slug, Audience.PUBLIC);
        // Which paragraphs a correction changed, and by which revision: the page links them to the notice.
        Map<String, Integer> correctedBlocks = new HashMap<>();
        for (Revision revision : history) {
            revision.changes().stream()
                    .filter(c -> c.path().startsWith("body["))
                    .forEach(c ->
                            correctedBlocks.put(c.path().substring(5, c.path().indexOf(']')), revision.number()));
        }
        model.addAttribute("article", article);
        model.addAttribute("blocks", Marked.body(article, false));
        model.addAttribute(
                "timeline",
                article.timeline().stream()
                        .map(e -> new TimelineEntry(PageFormats.dateLabel(e), e.start(), e.title(), e.blockId()))
                        .toList());
        List<RevisionView> corrections = new java.util.ArrayList<>(
                history.stream().skip(1).map(RevisionView::of).toList());
        java.util.Collections.reverse(corrections);
        model.addAttribute("history", corrections);
        model.addAttribute("firstRevision", history.isEmpty() ? null : history.get(0));
        model.addAttribute("correctedBlocks", correctedBlocks);
        model.addAttribute(
                "jsonLd", article.publishedAt() == null ? null : scriptSafe(PageFormats.jsonLd(article, site, json)));
        model.addAttribute("site", site);
        live(response);
        return "pages/story";
    }

    public record TimelineEntry(String when, java.time.LocalDate start, String title, String blockId) {}

    /** JSON inside a script element: "</script>" in a story's text must not end the element. */
    private static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The API's policy for live reads: browsers revalidate (ETag), a CDN may serve for a second, stale on errors. */
    private static void live(HttpServletResponse response) {
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(Duration.ZERO)
                        .cachePublic()
                        .sMaxAge(Duration.ofSeconds(1))
                        .staleIfError(Duration.ofDays(1))
                        .getHeaderValue());
    }
}
