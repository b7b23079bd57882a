package com.newsdesk.api.article;

import com.newsdesk.api.web.ArticleETag;
import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.PagedResponse;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleCatalog;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.paging.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading articles, anonymously: lists by publication date and words, and one article whole or in parts. */
@RestController
@RequestMapping(path = "/api/articles", produces = "application/json")
class ArticleController implements ArticleApi {

    private final ArticleCatalog catalog;

    ArticleController(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    @GetMapping
    public ResponseEntity<PagedResponse<ArticleSummaryResponse>> articles(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        ArticleSearch search = new ArticleSearch(DateRange.fromParameters(from, to, on), q);
        PagedResponse<ArticleSummaryResponse> body =
                PagedResponse.from(catalog.search(search, new PageRequest(page, size)), ArticleSummaryResponse::from);
        return ResponseEntity.ok().cacheControl(CachePolicy.live(request)).body(body);
    }

    @Override
    @GetMapping("/{article}")
    public ResponseEntity<ArticleResponse> article(@PathVariable String article, HttpServletRequest request) {
        return current(article, request, ArticleResponse::from);
    }

    @Override
    @GetMapping("/{article}/quotes")
    public ResponseEntity<List<QuoteResponse>> quotes(@PathVariable String article, HttpServletRequest request) {
        return current(
                article,
                request,
                a -> a.quotesInReadingOrder().stream()
                        .map(q -> QuoteResponse.from(q, a.id()))
                        .toList());
    }

    @Override
    @GetMapping("/{article}/timeline")
    public ResponseEntity<List<EventResponse>> timeline(@PathVariable String article, HttpServletRequest request) {
        return current(
                article,
                request,
                a -> a.timelineInDateOrder().stream()
                        .map(e -> EventResponse.from(e, a.id()))
                        .toList());
    }

    @Override
    @GetMapping("/{article}/corrections")
    public ResponseEntity<List<NoticeResponse>> corrections(@PathVariable String article, HttpServletRequest request) {
        return current(
                article,
                request,
                a -> a.corrections().stream().map(NoticeResponse::from).toList());
    }

    /**
     * Answers with a view of the article as it reads now, tagged with its revision; Spring answers 304 by itself when
     * {@code If-None-Match} (or {@code If-Modified-Since}) shows the caller already has it.
     */
    private <T> ResponseEntity<T> current(String reference, HttpServletRequest request, Function<Article, T> view) {
        Article article = catalog.article(reference);
        return ResponseEntity.ok()
                .eTag(ArticleETag.of(article.revision()))
                .lastModified(article.updatedAt())
                .cacheControl(CachePolicy.live(request))
                .body(view.apply(article));
    }
}
