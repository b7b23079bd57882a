package com.newsdesk.api.article;

import com.newsdesk.api.web.CachePolicy;
import com.newsdesk.api.web.CacheTags;
import com.newsdesk.api.web.PagedResponse;
import com.newsdesk.api.web.Readers;
import com.newsdesk.domain.article.ArticleCatalog;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.ArticleSummary;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.search.SearchOrder;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading articles: lists by publication date and words, and one article whole or in parts. The whole article is its
 * stored document, served as it is; its parts are cut from the parsed document. The newsroom (reporters, editors)
 * also reads drafts and lists them with {@code status}.
 */
@RestController
@RequestMapping(path = "/api/articles", produces = "application/json")
class ArticleController implements ArticleApi {

    private final ArticleCatalog catalog;
    private final CurrentArticles current;

    ArticleController(ArticleCatalog catalog, CurrentArticles current) {
        this.catalog = catalog;
        this.current = current;
    }

    @Override
    @GetMapping
    public ResponseEntity<PagedResponse<ArticleSummaryResponse>> articles(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String byline,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        ArticleStatus listed = status == null
                ? ArticleStatus.PUBLISHED
                : ArticleStatus.fromCode(status)
                        .orElseThrow(() ->
                                InvalidInputException.of("status", "must be draft, scheduled, published or retracted"));
        ArticleSearch search = new ArticleSearch(
                listed, DateRange.fromParameters(from, to, on), q, byline, speaker, SearchOrder.fromParameter(order));
        Page<ArticleSummary> found = catalog.search(search, new PageRequest(page, size), Readers.current());
        CacheTags.listing(
                request,
                found.content().stream().map(ArticleSummary::id).toList(),
                search.words() != null || search.speaker() != null);
        return ResponseEntity.ok()
                .cacheControl(CachePolicy.live(request))
                .body(PagedResponse.from(found, ArticleSummaryResponse::from));
    }

    @Override
    @GetMapping("/{article}")
    public ResponseEntity<String> article(@PathVariable String article, HttpServletRequest request) {
        ArticleDocument document = current.document(article);
        return current.answer(document, request, document.json());
    }

    @Override
    @GetMapping("/{article}/quotes")
    public ResponseEntity<List<QuoteResponse>> quotes(@PathVariable String article, HttpServletRequest request) {
        ArticleDocument document = current.document(article);
        return current.answer(document, request, current.parsed(document).quotes());
    }

    @Override
    @GetMapping("/{article}/timeline")
    public ResponseEntity<List<EventResponse>> timeline(@PathVariable String article, HttpServletRequest request) {
        ArticleDocument document = current.document(article);
        return current.answer(document, request, current.parsed(document).timeline());
    }

    @Override
    @GetMapping("/{article}/corrections")
    public ResponseEntity<List<NoticeResponse>> corrections(@PathVariable String article, HttpServletRequest request) {
        ArticleDocument document = current.document(article);
        return current.answer(document, request, current.parsed(document).corrections());
    }
}
