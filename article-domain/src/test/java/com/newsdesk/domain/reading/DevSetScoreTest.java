package com.newsdesk.domain.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.reading.ImportedStory.ImportedEvent;
import com.newsdesk.domain.reading.ImportedStory.ImportedQuote;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the reader on the development set (src/test/resources/devset: each page's text and its hand annotation in
 * the importer.md format) and prints the figures. The floors are what the reader reached when they were set, a little
 * lower; a change that loses ground fails here.
 */
class DevSetScoreTest {

    record Page(String name, String text, Map<String, Object> annotation) {}

    static List<Page> pages() throws IOException, URISyntaxException {
        Path dir = Path.of(DevSetScoreTest.class.getResource("/devset").toURI());
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(f -> f.toString().endsWith(".json"))
                    // -Ddevset.only=<prefix> scores a batch alone (new pages, before any rule sees them).
                    .filter(f -> f.getFileName().toString().startsWith(System.getProperty("devset.only", "")))
                    .sorted()
                    .toList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> a =
                        (Map<String, Object>) MiniJson.parse(Files.readString(json, StandardCharsets.UTF_8));
                String text = Files.readString(dir.resolve((String) a.get("text_file")), StandardCharsets.UTF_8);
                pages.add(new Page(json.getFileName().toString(), text, a));
            }
        }
        return pages;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    @Test
    void everyAnnotationIsVerbatimInItsPage() throws Exception {
        for (Page page : pages()) {
            Map<String, Object> a = page.annotation();
            assertThat((String) a.get("source_url")).as(page.name()).startsWith("http");
            for (String p : strings(a.get("paragraphs"))) {
                assertThat(page.text()).as(page.name() + " paragraph").contains(p);
            }
            for (String b : strings(a.get("boilerplate"))) {
                assertThat(page.text()).as(page.name() + " boilerplate").contains(b);
            }
            for (Map<String, Object> q : objects(a.get("quotes"))) {
                assertThat(page.text()).as(page.name() + " quote").contains((String) q.get("text"));
            }
            for (Map<String, Object> e : objects(a.get("events"))) {
                assertThat(page.text()).as(page.name() + " event phrase").contains((String) e.get("phrase"));
            }
        }
    }

    /** The figures, over the whole set. */
    static final class Score {
        int pages;
        int headlines;
        int headlinesRight;
        int paragraphs;
        int paragraphsVerbatim;
        int extraParagraphs;
        int furniture;
        int furnitureLeaked;
        int quotes;
        int quotesFound;
        int speakersRight;
        int extraQuotes;
        int events;
        int eventsExact;
        int approximateRight;
        int extraEvents;

        static double pct(int part, int whole) {
            return whole == 0 ? 100 : 100.0 * part / whole;
        }

        String report() {
            return String.format(
                    Locale.ROOT,
                    "development set: %d pages%n"
                            + "  paragraphs verbatim   %5.1f%% (%d/%d; %d extra)%n"
                            + "  furniture leaked      %5.1f%% (%d/%d lines)%n"
                            + "  headline right        %5.1f%% (%d/%d)%n"
                            + "  quotes found          %5.1f%% (%d/%d; %d extra)%n"
                            + "  right speaker         %5.1f%% (%d/%d of all quotes)%n"
                            + "  events exact start/end %5.1f%% (%d/%d; %d extra)%n"
                            + "  approximate flags     %5.1f%% (%d/%d of the exact events)%n",
                    pages,
                    pct(paragraphsVerbatim, paragraphs),
                    paragraphsVerbatim,
                    paragraphs,
                    extraParagraphs,
                    pct(furnitureLeaked, furniture),
                    furnitureLeaked,
                    furniture,
                    pct(headlinesRight, headlines),
                    headlinesRight,
                    headlines,
                    pct(quotesFound, quotes),
                    quotesFound,
                    quotes,
                    extraQuotes,
                    pct(speakersRight, quotes),
                    speakersRight,
                    quotes,
                    pct(eventsExact, events),
                    eventsExact,
                    events,
                    extraEvents,
                    pct(approximateRight, eventsExact),
                    approximateRight,
                    eventsExact);
        }
    }

    static Score score(List<Page> pages, java.util.function.Function<Page, ImportedStory> reader, boolean verbose) {
        Score s = new Score();
        for (Page page : pages) {
            Map<String, Object> a = page.annotation();
            ImportedStory story = reader.apply(page);
            s.pages++;
            s.headlines++;
            if (same((String) a.get("headline"), story.headline())) {
                s.headlinesRight++;
            } else if (verbose) {
                System.out.println(page.name() + " headline: " + story.headline());
            }
            List<String> expected = strings(a.get("paragraphs"));
            for (String p : expected) {
                s.paragraphs++;
                if (story.paragraphs().contains(p)) {
                    s.paragraphsVerbatim++;
                } else if (verbose) {
                    System.out.println(page.name() + " paragraph missed: " + cut(p));
                }
            }
            s.extraParagraphs += (int) story.paragraphs().stream()
                    .filter(p -> !expected.contains(p))
                    .count();
            for (String b : strings(a.get("boilerplate"))) {
                s.furniture++;
                // (A paragraph of the story itself holding the same words is no leak: "Crime" is a section label,
                // and also a word of "Mackay Crime Prevention Unit".)
                if (story.paragraphs().stream().anyMatch(p -> p.contains(b) && !expected.contains(p))) {
                    s.furnitureLeaked++;
                    if (verbose) {
                        System.out.println(page.name() + " furniture leaked: " + b);
                    }
                }
            }
            List<ImportedQuote> found = new ArrayList<>(story.quotes());
            for (Map<String, Object> q : objects(a.get("quotes"))) {
                s.quotes++;
                String text = (String) q.get("text");
                ImportedQuote match = found.stream()
                        .filter(f -> sameQuote(text, f.text()))
                        .findFirst()
                        .orElse(null);
                if (match == null) {
                    if (verbose) {
                        System.out.println(page.name() + " quote missed: " + cut(text));
                    }
                    continue;
                }
                found.remove(match);
                s.quotesFound++;
                if (sameSpeaker((String) q.get("speaker"), match.speaker())) {
                    s.speakersRight++;
                } else if (verbose) {
                    System.out.println(page.name() + " speaker " + match.speaker() + " for " + q.get("speaker"));
                }
            }
            s.extraQuotes += found.size();
            List<ImportedEvent> dated = new ArrayList<>(story.events());
            // Two passes: an annotated event takes the event with the same span told in the same words first (two
            // phrases of a story may date the same day, one exactly and one approximately), then any with its span.
            List<Map<String, Object>> annotated = objects(a.get("events"));
            Map<Integer, ImportedEvent> matched = new java.util.HashMap<>();
            for (boolean byWords : new boolean[] {true, false}) {
                for (int i = 0; i < annotated.size(); i++) {
                    if (matched.containsKey(i)) {
                        continue;
                    }
                    Map<String, Object> e = annotated.get(i);
                    LocalDate start = LocalDate.parse((String) e.get("start"));
                    LocalDate end = LocalDate.parse((String) e.get("end"));
                    String phrase = ((String) e.get("phrase")).toLowerCase(Locale.ROOT);
                    ImportedEvent match = dated.stream()
                            .filter(d -> d.span().start().equals(start)
                                    && d.span().end().equals(end))
                            .filter(d -> !byWords
                                    || phrase.contains(d.phrase().toLowerCase(Locale.ROOT))
                                    || d.phrase().toLowerCase(Locale.ROOT).contains(phrase))
                            .findFirst()
                            .orElse(null);
                    if (match != null) {
                        dated.remove(match);
                        matched.put(i, match);
                    }
                }
            }
            for (int i = 0; i < annotated.size(); i++) {
                Map<String, Object> e = annotated.get(i);
                s.events++;
                ImportedEvent match = matched.get(i);
                if (match == null) {
                    if (verbose) {
                        System.out.println(page.name() + " event missed: " + e.get("phrase") + " " + e.get("start")
                                + ".." + e.get("end"));
                    }
                    continue;
                }
                s.eventsExact++;
                if (match.span().approximate() == (Boolean) e.get("approximate")) {
                    s.approximateRight++;
                } else if (verbose) {
                    System.out.println(page.name() + " approximate flag wrong: " + e.get("phrase"));
                }
            }
            s.extraEvents += dated.size();
            if (verbose) {
                dated.forEach(d -> System.out.println(page.name() + " extra event: " + d.phrase() + " " + d.span()));
            }
        }
        return s;
    }

    static ImportedStory readText(Page page) {
        Map<String, Object> a = page.annotation();
        String published = (String) a.get("published_on");
        return new ArticleReader()
                .read(
                        page.text(),
                        new PageMetadata(
                                null,
                                null,
                                List.of(),
                                (String) a.get("publisher"),
                                published == null ? null : LocalDate.parse(published),
                                (String) a.get("source_url")));
    }

    @Test
    void scoresAtLeastItsFloors() throws Exception {
        Score s = score(pages(), DevSetScoreTest::readText, true);
        System.out.println(s.report());
        assertThat(s.pages).isGreaterThanOrEqualTo(513);
        assertThat(Score.pct(s.paragraphsVerbatim, s.paragraphs)).isGreaterThanOrEqualTo(FLOOR_PARAGRAPHS);
        assertThat(Score.pct(s.furnitureLeaked, s.furniture)).isLessThanOrEqualTo(CEILING_FURNITURE);
        assertThat(Score.pct(s.headlinesRight, s.headlines)).isGreaterThanOrEqualTo(FLOOR_HEADLINE);
        assertThat(Score.pct(s.quotesFound, s.quotes)).isGreaterThanOrEqualTo(FLOOR_QUOTES);
        assertThat(Score.pct(s.speakersRight, s.quotes)).isGreaterThanOrEqualTo(FLOOR_SPEAKERS);
        assertThat(Score.pct(s.eventsExact, s.events)).isGreaterThanOrEqualTo(FLOOR_EVENTS);
        assertThat(Score.pct(s.approximateRight, s.eventsExact)).isGreaterThanOrEqualTo(FLOOR_APPROXIMATE);
    }

    // Measured when set (19 pages): paragraphs 99.1, furniture 0.0, headline 100, quotes 98.2, speakers 93.0,
    // events 93.9, approximate 100. Most rules were written while reading the first 14 pages, so the figures flatter
    // the reader; the floors only stop it losing ground.
    // With 9 more pages (28): paragraphs 99.4, furniture 0.0, headline 100, quotes 96.4, speakers 89.3, events 87.3,
    // approximate 97.9. The new pages brought speakers and events below their old floors of 90; those two floors
    // were lowered to just under the measured figures rather than the annotations bent to the reader.
    // With the blind batches c6–c10 (108 pages): speakers 89.0, events 91.3; floors 88 and 90, just under.
    // With c11 (123 pages), after its rules: speakers 89.8, events 89.7 (c11 dates many times of day the reader
    // cannot place, and spans its annotators drew wider); floors 89 and 89.
    // With c12 and c13 (153 pages), after their rules: speakers 90.1, events 89.4; the floors stay at 89.
    // With c14 (168 pages), after its rules: speakers 91.2, events 89.4; floors 90 and 89.
    // With c15 and c16 (198 pages), after their rules: headline 94.9 (c15 has three pages whose first line is a caption
    // or a summary and no headline; the floor goes to 94), speakers 91.9, events 89.9; floors 91 and 89.
    // With c17 (213 pages), after its rules: headline 94.8, speakers 91.7, events 89.8, furniture 2.0 (10/512); the
    // floors stay.
    // With c18 (228 pages), after a few of its rules at the end of that session: speakers 90.7 (c18 brought pages the
    // rules have not met: a verdict quoted as speech, relatives named by their relation), furniture 2.0 (11/550),
    // headline 94.7, events 89.3; the speakers floor goes back to 90.
    // With c19–c22 (288 pages; c22 scored blind after every other rule, and a few rules written for it after): speakers
    // 90.7, events 87.5, furniture 1.8 (12/680), headline 94.1. The four batches brought dates the rules do not place
    // (ages as birth years, seasons of the southern hemisphere, fiscal years, "the last N days" ending the day before);
    // the events floor goes to 87, just under the measured figure, rather than the annotations bent to the reader.
    // With c23 (303 pages; scored blind, then rules): speakers 90.7, events 87.5, furniture 1.7 (12/722), headline
    // 94.1; the floors stay.
    // With c24 and c25 (333 pages; each scored blind, c25 after c24's rules, then rules for each, then a review's
    // counter-examples): speakers 90.1, events 87.9, furniture 1.8 (14/786; a furniture line found inside one of the
    // story's own paragraphs, "Crime" in "Mackay Crime Prevention Unit", is no longer counted as leaked), headline
    // 94.3; the floors stay.
    // With c26 and c27 (363 pages; both scored blind before any rule of theirs, then rules for both): speakers 90.2,
    // events 85.9, furniture 1.7 (14/840), headline 94.8. Blind, the two batches dated 71.4% and 60.6% of their events:
    // a Japanese paper's fiscal years, a business page's quarters and "year-to-date", a rugby club's seasons, which the
    // conventions leave to the annotator; the events floor goes to 85, just under the measured figure, rather than the
    // annotations bent to the reader.
    // With c28 (378 pages; scored blind after c26's and c27's rules, then its own and a review's): speakers 90.2,
    // events 85.7, furniture 1.6 (14/866), headline 95.0; the floors stay.
    // With c29 (393 pages; scored blind after c28's rules, then its own): speakers 90.1, events 85.3, furniture 1.7
    // (15/896), headline 94.9; the floors stay.
    // With c30 (408 pages; scored blind after c29's rules, then a few of its own and a second review's fixes):
    // speakers 89.8 (c30 unseen 71.1%, after its rules 75.6%), events 85.0, furniture 1.6 (15/934), headline 94.9;
    // the speakers floor goes to 89, just under the measured figure, rather than the annotations bent to the reader.
    // With c31 (423 pages; scored blind after every rule of that session and both reviews, then three rules of its
    // own): speakers 89.5, events 84.9 (c31 unseen 75.9%: a board member's "12 years on the board", "over the last
    // decade", a two-day visit), furniture 1.6, headline 95.0; the events floor goes to 84, just under.
    // With c32–c36 (498 pages; each scored blind after every rule before it, then rules of its own, and a third
    // review):
    // speakers 88.5 (c35 unseen 42.5%: Hungarian marks and a dash for direct speech, sources and agencies that speak
    // for others; c36 68.9%), events 84.5 (c36 unseen 60.3%: India's fiscal years), furniture 1.6, headline 94.4; the
    // speakers floor goes to 88, just under the measured figure, rather than the annotations bent to the reader.
    // With c37 (513 pages; scored blind after every rule of the session and the fourth review, no rule of its own, the
    // session's last measure: speakers 83.0%, events 64.9% unseen): speakers 87.98, events 84.2, furniture 1.7,
    // headline 94.3; the speakers floor goes to 87, just under the measured figure.
    static final double FLOOR_PARAGRAPHS = 97;
    static final double CEILING_FURNITURE = 2;
    static final double FLOOR_HEADLINE = 94;
    static final double FLOOR_QUOTES = 95;
    static final double FLOOR_SPEAKERS = 87;
    static final double FLOOR_EVENTS = 84;
    static final double FLOOR_APPROXIMATE = 95;

    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    /** The words inside the marks, ignoring a closing comma or stop (the seed keeps them out, importer.md in). */
    static boolean sameQuote(String annotated, String found) {
        String a = annotated.strip().replaceAll("[,.;:]+$", "");
        String f = found.strip().replaceAll("[,.;:]+$", "");
        return a.equals(f);
    }

    static boolean sameSpeaker(String annotated, String found) {
        return norm(annotated).equals(norm(found));
    }

    private static String norm(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:the|a|an)\\s+", "");
    }

    private static String cut(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
