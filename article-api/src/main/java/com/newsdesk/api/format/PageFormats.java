package com.newsdesk.api.format;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.EventResponse;
import com.newsdesk.api.web.PublicSite;
import tools.jackson.databind.json.JsonMapper;

/** What the reader pages borrow from the formats, so a page says what the API's formats say, in the same words. */
public final class PageFormats {

    private PageFormats() {}

    /** The story's schema.org JSON-LD, as {@code /api/articles/{slug}/jsonld} serves it. */
    public static String jsonLd(ArticleResponse article, PublicSite site, JsonMapper json) {
        return json.writeValueAsString(JsonLdFormat.of(article, site));
    }

    /** An event's date at its precision: {@code 13 November 2017}, {@code c. October 2017}, {@code 1950–1953}. */
    public static String dateLabel(EventResponse event) {
        return KnownDates.label(event);
    }
}
