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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML edge of the importer: finds a page's main content and its own metadata, and hands them to the domain's
 * {@code ArticleReader} as plain text, one paragraph a line.
 *
 * <p>Main content (measured on the article-extraction benchmark, see docs/importer.md): the page is read as runs of
 * text, the inline content of a block between two block boundaries or a blank line of two {@code <br>}s (text written
 * straight into a {@code div} counts; a short cell of a data table is read with its row). Each run scores its
 * container by its commas and length, less its link text; a teaser cut off with an ellipsis counts for little; the
 * container's ancestors get a shrinking share. The winner is weighted by its name ({@code <article>}, "story",
 * "content" up; "comment", "sidebar", "related" down) and by holding the page's {@code <h1>}; a list of stories, the
 * comments and boxes of other stories are never chosen; a story written one paragraph to a box is the box of boxes.
 * Navigation, headers, footers, asides, forms, figures and scripts are dropped first.
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
    public record Read(String text, PageMetadata metadata, List<String> blocks) {

        public Read {
            blocks = List.copyOf(blocks);
        }
    }

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
        List<Run> main = mainRuns(page);
        List<String> blocks =
                new ArrayList<>(new LinkedHashSet<>(main.stream().map(Run::text).toList()));
        if (metadata.standfirst() != null && leadParagraph(metadata.standfirst(), main)) {
            // The page's description only repeats its first paragraph: that is the story's lead, not a standfirst.
            metadata = new PageMetadata(
                    metadata.headline(),
                    null,
                    metadata.bylines(),
                    metadata.publisher(),
                    metadata.publishedOn(),
                    metadata.sourceUrl());
        }
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
        return new Read(text.toString(), metadata, blocks);
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

    private static final Pattern TEASER = Pattern.compile("(?:…|\\.\\.\\.|\\[(?:…|\\.\\.\\.)\\])\\s*$");

    /** Elements whose text runs on inside a paragraph; every other element breaks the text into blocks. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
            "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
            "time", "tt", "u", "var", "wbr");

    /** Elements that are a paragraph themselves: their text scores the container they sit in. */
    private static final Set<String> PARAGRAPHS =
            Set.of("p", "li", "blockquote", "pre", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption");

    /**
     * A run of text as a reader sees it: the inline content of one block element between two block boundaries (a
     * child block, or a blank line made of two {@code <br>}s), with how much of it is link text.
     */
    record Run(Element owner, String text, int linkChars) {

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
        }
    }

    /** The page's runs of text, in document order (an iterative walk: pages may nest deep). */
    static List<Run> runs(Element root) {
        Set<Element> holdsBlocks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> cells = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element cell : root.select("td, th")) {
            // A cell of a table of data (short, one line) is read with its row: "1 Kyle Busch 5040".
            if (cell.select("br, p, div, ul, ol, table, li, blockquote, h1, h2, h3, h4, h5, h6")
                            .isEmpty()
                    && cell.text().length() <= 150) {
                cells.add(cell);
            }
        }
        for (Element e : root.getAllElements()) {
            if (e != root && !INLINE.contains(e.tagName()) && !cells.contains(e)) {
                for (Element up = e.parent(); up != null && holdsBlocks.add(up); up = up.parent()) {
                    // every ancestor of a block holds a block
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        java.util.ArrayDeque<RunBuilder> open = new java.util.ArrayDeque<>();
        open.push(new RunBuilder(root));
        org.jsoup.select.NodeTraversor.traverse(
                new org.jsoup.select.NodeVisitor() {
                    @Override
                    public void head(org.jsoup.nodes.Node node, int depth) {
                        RunBuilder current = open.peek();
                        if (node instanceof org.jsoup.nodes.TextNode t) {
                            current.append(t.text());
                        } else if (node instanceof Element e && e != root) {
                            if (e.tagName().equals("br")) {
                                current.lineBreak(runs);
                            } else if (isBlock(e, holdsBlocks) && !cells.contains(e)) {
                                current.flush(runs);
                                open.push(new RunBuilder(e));
                            } else if (cells.contains(e)) {
                                current.append(" ");
                            } else if (e.tagName().equals("a")) {
                                current.inLink++;
                            }
                        }
                    }

                    @Override
                    public void tail(org.jsoup.nodes.Node node, int depth) {
                        if (node instanceof Element e
                                && e != root
                                && !e.tagName().equals("br")) {
                            if (isBlock(e, holdsBlocks) && !cells.contains(e)) {
                                open.pop().flush(runs);
                            } else if (e.tagName().equals("a")) {
                                open.peek().inLink--;
                            }
                        }
                    }
                },
                root);
        open.pop().flush(runs);
        return runs;
    }

    private static boolean isBlock(Element e, Set<Element> holdsBlocks) {
        return !INLINE.contains(e.tagName()) || holdsBlocks.contains(e);
    }

    private static final class RunBuilder {
        final Element owner;
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int inLink;
        boolean lastWasBreak;

        RunBuilder(Element owner) {
            this.owner = owner;
        }

        void append(String s) {
            if (!s.isBlank()) {
                lastWasBreak = false;
            }
            text.append(s);
            if (inLink > 0) {
                linkChars += s.strip().length();
            }
        }

        /** One {@code <br>} is a line break inside the paragraph; a second one in a row ends the paragraph. */
        void lineBreak(List<Run> runs) {
            if (lastWasBreak) {
                flush(runs);
            } else {
                text.append(' ');
                lastWasBreak = true;
            }
        }

        void flush(List<Run> runs) {
            String t = text.toString()
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ")
                    .strip();
            if (!t.isEmpty()) {
                runs.add(new Run(owner, t, linkChars));
            }
            text.setLength(0);
            linkChars = 0;
            lastWasBreak = false;
        }
    }

    /** The runs of the page's main content, in order. */
    static List<Run> mainRuns(Document page) {
        List<Run> runs = runs(page.body() == null ? page : page.body());
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Run run : runs) {
            String text = run.text();
            if (text.length() < 25) {
                continue;
            }
            double score = (1 + commas(text) + Math.min(3, text.length() / (cjk(text) ? 40.0 : 100.0)))
                    * (1 - run.linkDensity());
            if (TEASER.matcher(text).find()) {
                // An excerpt cut off with an ellipsis is another story's teaser card, not this story's prose.
                score *= 0.2;
            }
            Element owner = run.owner();
            // A paragraph scores the container it sits in; text written straight into a container scores it.
            Element container = PARAGRAPHS.contains(owner.tagName()) ? owner.parent() : owner;
            if (container == null) {
                continue;
            }
            // The container gets the score, and its ancestors a share that shrinks with the distance: a story
            // written one paragraph to a box ("cards") still gathers its paragraphs in the box of boxes.
            double[] share = {1, 1 / 2.0, 1 / 6.0, 1 / 9.0};
            Element up = container;
            for (int level = 0; level < share.length && up != null; level++, up = up.parent()) {
                scores.merge(up, score * share[level], Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        Element h1 = page.selectFirst("h1");
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            // The story's own headline sits in the story's container; other stories' teasers do not have it.
            double headlineHere = h1 != null && h1.parents().contains(el) ? 0.5 : 0;
            double score = e.getValue() * (1 + nameWeight(el) + headlineHere);
            if (score > bestScore && !listOfStories(el) && !inReadersCorner(el)) {
                best = el;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        best = boxOfBoxes(best, runs);
        bestScore = scores.getOrDefault(best, bestScore) * (1 + nameWeight(best));
        // Siblings of the winner that hold prose too (articles split by ads into several containers).
        List<Element> containers = new ArrayList<>();
        Element parent = best.parent();
        if (parent != null) {
            for (Element sibling : parent.children()) {
                Double s = scores.get(sibling);
                if (sibling == best
                        || (s != null && s >= bestScore * 0.2 && nameWeight(sibling) >= 0 && !listOfStories(sibling))) {
                    containers.add(sibling);
                }
            }
        } else {
            containers.add(best);
        }
        Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(containers);
        List<Run> blocks = new ArrayList<>();
        for (Run run : runs) {
            Element container = within(run.owner(), chosen);
            if (container == null) {
                continue;
            }
            String tag = run.owner().tagName();
            if (tag.equals("h1")
                    || furnitureAbove(run.owner(), container)
                    || run.linkDensity() > 0.6
                    || (container != best && TEASER.matcher(run.text()).find())
                    || (tag.equals("li") && run.text().length() < 80)) {
                continue;
            }
            blocks.add(run);
        }
        return blocks;
    }

    /**
     * The description is one of the body's paragraphs, written among the others (its element shares its parent with
     * the paragraph after it), not a standfirst set above them.
     */
    private static boolean leadParagraph(String description, List<Run> main) {
        for (int i = 0; i + 1 < main.size(); i++) {
            if (main.get(i).text().equals(description)) {
                return main.get(i).owner().parent() == main.get(i + 1).owner().parent();
            }
        }
        return false;
    }

    /**
     * A story written one paragraph to a box: when the winner holds a paragraph or two and sits (itself, or its parent
     * or grandparent) among two or more boxes just like it (same element, same class) that hold prose too, the story is
     * the box of those boxes.
     */
    private static Element boxOfBoxes(Element best, List<Run> runs) {
        if (runs.stream()
                        .filter(r -> r.text().length() >= 25 && isIn(r.owner(), best))
                        .count()
                > 2) {
            return best;
        }
        Element box = best;
        for (int level = 0; level < 3 && box.parent() != null; level++, box = box.parent()) {
            Element shape = box;
            long alike = box.parent().children().stream()
                    .filter(sibling -> sibling != shape
                            && sibling.tagName().equals(shape.tagName())
                            && sibling.className().equals(shape.className())
                            && !sibling.select("p").isEmpty())
                    .count();
            if (alike >= 2 && !listOfStories(box.parent()) && !inReadersCorner(box.parent())) {
                return box.parent();
            }
        }
        return best;
    }

    private static boolean isIn(Element e, Element container) {
        for (Element up = e; up != null; up = up.parent()) {
            if (up == container) {
                return true;
            }
        }
        return false;
    }

    /** Names of the parts of a page below or beside the story that hold other people's text: comments, other stories. */
    private static final Pattern READERS_CORNER = Pattern.compile(
            "(?i)\\bcomments?\\b|comment[-_]|[-_]comments?\\b|\\bcommentlist|disqus|\\brelated|recommend|outbrain"
                    + "|taboola|most-?read|most-?popular|trending");

    /** The element sits inside the comments or a box of other stories (by the names of its ancestors). */
    private static boolean inReadersCorner(Element el) {
        for (Element up = el; up != null; up = up.parent()) {
            String name = up.className() + " " + up.id();
            if (!name.isBlank() && READERS_CORNER.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /** A block holding several {@code <article>}s is a list of stories (a "You may like" box), not one story. */
    private static boolean listOfStories(Element e) {
        return e.select("article").size() >= 2;
    }

    /** The chosen container {@code e} is in (or is), or null. */
    private static Element within(Element e, Set<Element> chosen) {
        for (Element up = e; up != null; up = up.parent()) {
            if (chosen.contains(up)) {
                return up;
            }
        }
        return null;
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

    /** Written in Chinese, Japanese or Korean: more said in fewer characters. */
    private static boolean cjk(String text) {
        int letters = 0;
        int ideographs = 0;
        for (int i = 0; i < text.length() && i < 400; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN
                        || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA
                        || script == Character.UnicodeScript.HANGUL) {
                    ideographs++;
                }
            }
        }
        return letters > 0 && ideographs * 2 > letters;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
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
