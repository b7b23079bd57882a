package com.newsdesk.api.format;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.BlockResponse;
import com.newsdesk.api.article.BylineResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/** The article's words as the text formats need them: its paragraphs as plain text or HTML, and its byline. */
final class ArticleText {

    private ArticleText() {}

    /** The paragraphs, in reading order, separated by blank lines; promos and video captions are not the story. */
    static String plain(ArticleResponse article) {
        return article.body().stream()
                .filter(block -> block.type().equals("paragraph"))
                .map(BlockResponse::text)
                .collect(Collectors.joining("\n\n"));
    }

    /**
     * The body as HTML: paragraphs as {@code <p>}, a promo as an {@code <aside>}, a video as a {@code <figure>} with
     * its caption. All text escaped.
     */
    static String html(ArticleResponse article) {
        StringBuilder html = new StringBuilder();
        for (BlockResponse block : article.body()) {
            String text = block.text() == null ? "" : escape(block.text());
            switch (block.type()) {
                case "paragraph" -> html.append("<p>").append(text).append("</p>");
                case "promo" -> html.append("<aside><p>").append(text).append("</p></aside>");
                default -> {
                    html.append("<figure");
                    if (block.video() != null) {
                        html.append(" data-published-on=\"")
                                .append(block.video().publishedOn())
                                .append("\" data-duration=\"")
                                .append(block.video().duration())
                                .append('"');
                    }
                    html.append('>');
                    if (!text.isEmpty()) {
                        html.append("<figcaption>").append(text).append("</figcaption>");
                    }
                    html.append("</figure>");
                }
            }
            html.append('\n');
        }
        return html.toString();
    }

    /** The names as a person says them: "Stella Kim", "Stella Kim and Alexander Smith", "A, B and C". */
    static String byline(List<BylineResponse> bylines) {
        List<String> names = bylines.stream().map(BylineResponse::name).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Escapes {@code < > & " '} only: the text stays UTF-8, Hangul and curly quotes included. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
