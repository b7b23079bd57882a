package com.newsdesk.api.imports;

import com.newsdesk.domain.reading.ArticleReader;
import com.newsdesk.domain.reading.ImportedStory;
import com.newsdesk.domain.reading.PageMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The importer's time per article, as bench/importer.sh runs it (not a unit test: timings belong to a quiet machine):
 * every development-set page as text and as an HTML page (the text wrapped in a site's header, navigation, sidebar
 * and footer, as the HTML adapter sees pages), and the real pages of the extraction benchmark (whole page HTML, 20–70
 * KB each), read over and over after a warm-up; prints p50, p99 and max per page.
 */
public final class ImporterBench {

    public static void main(String[] args) throws Exception {
        Path devset = Path.of(args.length > 0 ? args[0] : "article-domain/src/test/resources/devset");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(devset)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        List<String> pages = new ArrayList<>();
        for (String text : texts) {
            pages.add(html(text));
        }
        Path realDir = Path.of(args.length > 2 ? args[2] : "article-api/src/test/resources/extraction-benchmark/html");
        List<String> real = new ArrayList<>();
        List<String> realNames = new ArrayList<>();
        try (Stream<Path> files = Files.list(realDir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                real.add(Files.readString(f, StandardCharsets.UTF_8));
                realNames.add(f.getFileName().toString());
            }
        }
        ArticleReader reader = new ArticleReader();
        PageMetadata caller = new PageMetadata(null, null, List.of(), null, LocalDate.of(2020, 1, 1), null);
        for (int i = 0; i < 50; i++) {
            for (int p = 0; p < texts.size(); p++) {
                run(reader, caller, texts.get(p), pages.get(p));
            }
            for (String page : real) {
                HtmlPage.Read read = HtmlPage.read(page);
                reader.read(read.text(), read.metadata().orElse(caller));
            }
        }
        long[] realNanos = new long[rounds * real.size()];
        long[] realCpu = new long[rounds * real.size()];
        long[] textNanos = new long[rounds * texts.size()];
        long[] htmlNanos = new long[rounds * texts.size()];
        long[] textCpu = new long[rounds * texts.size()];
        long[] htmlCpu = new long[rounds * texts.size()];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (int p = 0; p < texts.size(); p++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                reader.read(texts.get(p), caller);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                HtmlPage.Read read = HtmlPage.read(pages.get(p));
                reader.read(read.text(), read.metadata().orElse(caller));
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                textNanos[n] = t1 - t0;
                htmlNanos[n] = t2 - t1;
                textCpu[n] = c1 - c0;
                htmlCpu[n] = c2 - c1;
                n++;
            }
        }
        int m = 0;
        for (int r = 0; r < rounds; r++) {
            for (String page : real) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                HtmlPage.Read read = HtmlPage.read(page);
                reader.read(read.text(), read.metadata().orElse(caller));
                realNanos[m] = System.nanoTime() - t0;
                realCpu[m] = threads.getCurrentThreadCpuTime() - c0;
                m++;
            }
        }
        System.out.println(report("text/plain", textNanos));
        System.out.println(report("text/html ", htmlNanos));
        // CPU time of the reading thread: what the reader costs, whatever else the machine is doing.
        System.out.println(report("text/plain CPU", textCpu));
        System.out.println(report("text/html  CPU", htmlCpu));
        System.out.println(report("real page HTML", realNanos));
        System.out.println(report("real page HTML CPU", realCpu));
        // A p99 over a few dozen pages is the time of the slowest one or two: name them, with their median.
        List<long[]> byPage = new ArrayList<>();
        for (int p = 0; p < real.size(); p++) {
            long[] times = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                times[r] = realNanos[r * real.size() + p];
            }
            Arrays.sort(times);
            byPage.add(new long[] {times[rounds / 2], p});
        }
        byPage.sort((a, b) -> Long.compare(b[0], a[0]));
        for (long[] page : byPage.subList(0, Math.min(3, byPage.size()))) {
            System.out.printf(
                    Locale.ROOT, "slow real page: median %.2f ms  %s%n", page[0] / 1e6, realNames.get((int) page[1]));
        }
        worstCases(new ArticleReader(), caller);
        System.out.printf(
                Locale.ROOT,
                "pages %d (and %d real pages), rounds %d, heap max %d MB, processors %d%n",
                texts.size(),
                real.size(),
                rounds,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * Pages no newsroom writes but anyone can send (up to the 3 MB the endpoint takes): one paragraph of 100 KB made of
     * the same few words again and again. Each is read three times; the median is printed. A reader slower than linear
     * shows here first: the names paragraph took 59 s and the quotations paragraph 88 s before their fixes.
     */
    private static void worstCases(ArticleReader reader, PageMetadata caller) {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("names (\"Mrs Jones met Mr Smith …\")", "Mrs Jones met Mr Smith in the park on Monday. ");
        cases.put("short quotations (\"a b\")", "\"a b\" ");
        cases.put(
                "quotes, ages, roles",
                "\"We will go on,\" Mrs Jones said on Monday. Mr Smith, 54, a spokesman for"
                        + " the council, told reporters the plan was \"dead\". ");
        cases.put("capitalised words, one digit at the end", "Word ");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String paragraph = c.getValue().repeat(100_000 / c.getValue().length());
            String text = "Headline of the page\n\n" + paragraph + (c.getValue().equals("Word ") ? "1" : "") + "\n";
            long[] times = new long[3];
            for (int r = 0; r < times.length; r++) {
                long start = System.nanoTime();
                reader.read(text, caller);
                times[r] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            System.out.printf(
                    Locale.ROOT, "worst case, 100 KB paragraph of %s: median %.0f ms%n", c.getKey(), times[1] / 1e6);
        }
    }

    private static ImportedStory run(ArticleReader reader, PageMetadata caller, String text, String page) {
        reader.read(text, caller);
        HtmlPage.Read read = HtmlPage.read(page);
        return reader.read(read.text(), read.metadata().orElse(caller));
    }

    private static String report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%s per article: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d reads)",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }

    /** The text as a site would serve it: header, navigation, sidebar of other stories, the story, a footer. */
    static String html(String text) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>News</title>"
                + "<script>var tracking = {id: 42};</script></head><body><header><a href=\"/\">Home</a>"
                + "<nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></nav></header><div class=\"layout\">"
                + "<aside class=\"sidebar\"><h3>Most read</h3><ul>");
        for (int i = 0; i < 8; i++) {
            b.append("<li><a href=\"/s/")
                    .append(i)
                    .append("\">Another story about something, number ")
                    .append(i)
                    .append(", with a long headline</a></li>");
        }
        b.append("</ul></aside><main><article class=\"story-body\">");
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                b.append("<p>")
                        .append(line.replace("&", "&amp;").replace("<", "&lt;"))
                        .append("</p>\n");
            }
        }
        b.append("</article></main></div><footer><p>© 2024 Example News. All rights reserved.</p>"
                + "<p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></p></footer></body></html>");
        return b.toString();
    }
}
