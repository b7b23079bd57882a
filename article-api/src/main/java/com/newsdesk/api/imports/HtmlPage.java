package com.newsdesk.api.imports;

import com.newsdesk.domain.reading.PageMetadata;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML edge of the importer: finds a page's main content and its own metadata, and hands them to the domain's
 * {@code ArticleReader} as plain text, one paragraph a line.
 *
 * <p>Main content: every block of prose ({@code p}, and a {@code div} or {@code td} holding text directly) scores its
 * container by its length, with commas counted as sentences and link-heavy blocks counting against; the parent gets
 * the score, the grandparent half of it; an {@code <article>} or an element named like an article body gets a bonus,
 * and one named like a sidebar, comment or footer a penalty. The best container's blocks, in order, are the body
 * text. Navigation, headers, footers, asides, forms, figures and scripts are dropped first.
 *
 * <p>Metadata: JSON-LD {@code NewsArticle} (or any {@code Article} type, also inside {@code @graph}), then
 * OpenGraph and {@code article:} meta tags, {@code <meta name=author>}, the first {@code <time datetime>}, and the
 * {@code <h1>}.
 */
public final class HtmlPage {

    /** Deeper than this, a page is not a news page but an attack or a broken generator. */
    public static final int MAX_DEPTH = 512;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(NewsArticle|Article|BlogPosting|Report).*");
    private static final Pattern GOOD_NAME =
            Pattern.compile("(?i)article|story|body|content|entry|post|text|main|prose|rich-?text|paragraph");
    private static final Pattern BAD_NAME = Pattern.compile(
            "(?i)comment|sidebar|footer|header|nav|menu|related|promo|newsletter|signup|share|social|widget|ad-|ads"
                    + "|advert|banner|cookie|popup|modal|recommend|trending|outbrain|taboola|breadcrumb|caption"
                    + "|byline|author-bio|tags|most-?read|subscribe|paywall|footnote|disclaimer");

    /** What the page holds: its main text (headline first), and its metadata. */
    public record Read(String text, PageMetadata metadata, int paragraphs) {}

    private HtmlPage() {}

    /** Reads {@code html}; throws {@link ImportRefusedException} for a page nested beyond {@link #MAX_DEPTH}. */
    public static Read read(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackErrors(0));
        if (depth(page) > MAX_DEPTH) {
            throw ImportRefusedException.invalid(
                    "the page nests its elements more than " + MAX_DEPTH + " deep; send its text instead");
        }
        PageMetadata metadata = metadata(page);
        page.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
                        + "figure, figcaption, picture, video, audio, select, input, textarea, dialog, menu, "
                        + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
                        + "[role=complementary]")
                .remove();
        List<String> blocks = mainBlocks(page);
        StringBuilder text = new StringBuilder();
        String headline = metadata.headline();
        if (headline == null) {
            Element h1 = page.selectFirst("h1");
            headline = h1 == null ? null : h1.text().strip();
            if (headline != null && !headline.isEmpty()) {
                metadata = new PageMetadata(
                        headline,
                        metadata.standfirst(),
                        metadata.bylines(),
                        metadata.publisher(),
                        metadata.publishedOn(),
                        metadata.sourceUrl());
            }
        }
        if (headline != null && !headline.isEmpty()) {
            text.append(headline).append("\n\n");
        }
        for (String block : blocks) {
            text.append(block).append("\n\n");
        }
        return new Read(text.toString(), metadata, blocks.size());
    }

    private static int depth(Document page) {
        int deepest = 0;
        // Iterative walk: a page nested a million deep must not overflow the stack.
        List<Element> level = List.of(page);
        int depth = 0;
        while (!level.isEmpty()) {
            depth++;
            deepest = depth;
            if (depth > MAX_DEPTH) {
                return depth;
            }
            List<Element> next = new ArrayList<>();
            for (Element e : level) {
                next.addAll(e.children());
            }
            level = next;
        }
        return deepest;
    }

    /** The text blocks of the page's main content, in order. */
    static List<String> mainBlocks(Document page) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Elements candidates = page.select("p, pre, td, div, section, blockquote, li");
        for (Element block : candidates) {
            String own = ownBlockText(block);
            if (own.length() < 25) {
                continue;
            }
            double score = 1 + commas(own) + Math.min(3, own.length() / 100.0);
            score *= 1 - linkDensity(block);
            Element parent = block.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            double score = e.getValue() * (1 + nameWeight(el));
            if (score > bestScore) {
                best = el;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        // Siblings of the winner that hold prose too (articles split by ads into several containers).
        List<Element> containers = new ArrayList<>();
        Element parent = best.parent();
        if (parent != null) {
            for (Element sibling : parent.children()) {
                Double s = scores.get(sibling);
                if (sibling == best || (s != null && s >= bestScore * 0.2 && nameWeight(sibling) >= 0)) {
                    containers.add(sibling);
                }
            }
        } else {
            containers.add(best);
        }
        List<String> blocks = new ArrayList<>();
        Set<Element> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element container : containers) {
            for (Element block : container.select("p, h2, h3, blockquote, pre, li, div, td")) {
                if (done.contains(block) || insideDone(block, done)) {
                    continue;
                }
                String tag = block.tagName();
                if ((tag.equals("div") || tag.equals("td") || tag.equals("li"))
                        && !block.select("p").isEmpty()) {
                    continue;
                }
                if (tag.equals("blockquote") && !block.select("p").isEmpty()) {
                    continue;
                }
                String text = (tag.equals("div") || tag.equals("td"))
                        ? ownBlockText(block)
                        : block.text().strip();
                if (text.isEmpty() || furnitureAbove(block, container) || linkDensity(block) > 0.6) {
                    continue;
                }
                if (tag.equals("li") && text.length() < 80) {
                    continue;
                }
                done.add(block);
                blocks.add(text);
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(blocks));
    }

    /** The block, or an element between it and the container, is named like furniture (a sign-up box, a promo). */
    private static boolean furnitureAbove(Element block, Element container) {
        for (Element e = block; e != null && e != container; e = e.parent()) {
            if (nameWeight(e) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideDone(Element block, Set<Element> done) {
        for (Element p = block.parent(); p != null; p = p.parent()) {
            if (done.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** A block's own text: for a paragraph all of it, for a div only the text not in child blocks. */
    private static String ownBlockText(Element block) {
        String tag = block.tagName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") || tag.equals("li")) {
            return block.text().strip();
        }
        if (!block.select("p, div, section, article, ul, ol, table").isEmpty()
                && block.select("p, div, section, article, ul, ol, table").size() > 1) {
            return "";
        }
        return block.select("p, div, section, article, ul, ol, table").size() == 1
                ? ""
                : block.text().strip();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，') {
                n++;
            }
        }
        return n;
    }

    private static double linkDensity(Element block) {
        int all = block.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : block.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / all);
    }

    private static double nameWeight(Element el) {
        String name = (el.className() + " " + el.id() + " " + el.attr("itemprop") + " " + el.attr("data-component"))
                .toLowerCase(Locale.ROOT);
        double weight = 0;
        if (el.tagName().equals("article")
                || el.tagName().equals("main")
                || el.attr("itemprop").equals("articleBody")) {
            weight += 0.5;
        }
        if (!name.isBlank() && GOOD_NAME.matcher(name).find()) {
            weight += 0.25;
        }
        if (!name.isBlank() && BAD_NAME.matcher(name).find()) {
            weight -= 0.5;
        }
        return Math.max(-0.9, weight);
    }

    /** The page's own metadata: JSON-LD first, then OpenGraph and meta tags, then {@code <time>}. */
    static PageMetadata metadata(Document page) {
        String headline = null;
        String description = null;
        List<String> authors = new ArrayList<>();
        String publisher = null;
        LocalDate published = null;
        String url = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JacksonException | IllegalArgumentException broken) {
                continue;
            }
            JsonNode article = findArticle(root, 0);
            if (article == null) {
                continue;
            }
            headline = text(article.get("headline"));
            description = text(article.get("description"));
            published = date(text(article.get("datePublished")));
            url = text(article.get("url"));
            JsonNode author = article.get("author");
            if (author != null) {
                for (JsonNode a : author.isArray() ? author : List.of(author)) {
                    String name = a.isTextual() ? a.asText() : text(a.get("name"));
                    if (name != null && !name.isBlank()) {
                        authors.add(name.strip());
                    }
                }
            }
            JsonNode pub = article.get("publisher");
            if (pub != null) {
                publisher = pub.isTextual() ? pub.asText() : text(pub.get("name"));
            }
            break;
        }
        if (headline == null) {
            headline = meta(page, "og:title");
        }
        if (description == null) {
            description = meta(page, "og:description");
        }
        if (publisher == null) {
            publisher = meta(page, "og:site_name");
        }
        if (published == null) {
            published = date(meta(page, "article:published_time"));
        }
        if (published == null) {
            Element time = page.selectFirst("time[datetime]");
            published = time == null ? null : date(time.attr("datetime"));
        }
        if (authors.isEmpty()) {
            String author = meta(page, "author");
            if (author != null && !author.startsWith("http")) {
                authors.add(author);
            }
        }
        if (url == null) {
            url = meta(page, "og:url");
        }
        return new PageMetadata(
                blankToNull(headline),
                blankToNull(description),
                authors,
                blankToNull(publisher),
                published,
                blankToNull(url));
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (t.isTextual() && ARTICLE_TYPE.matcher(t.asText()).matches()) {
                    return node;
                }
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        return node.isValueNode() ? node.asText() : null;
    }

    private static String meta(Document page, String name) {
        Element m = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return m == null ? null : blankToNull(m.attr("content"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : Jsoup.parse(s).text().strip();
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException notAnInstant) {
            // try the date alone
        }
        if (v.length() >= 10) {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        return null;
    }
}
