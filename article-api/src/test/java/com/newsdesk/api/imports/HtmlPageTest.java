package com.newsdesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The HTML adapter: main content and the page's own metadata. */
class HtmlPageTest {

    static final String PAGE = """
            <html><head><meta charset="utf-8">
            <meta property="og:title" content="Café owners protest new rules">
            <meta property="og:site_name" content="Le Petit Journal">
            <meta property="article:published_time" content="2024-03-07T10:00:00+01:00">
            </head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <div class="sidebar"><p>Most read: A story about something else entirely, with commas, and more.</p></div>
            <article class="story-body"><h1>Café owners protest new rules</h1>
            <p>PARIS — Dozens of café owners marched through the city on Tuesday, saying the new rules would ruin them.</p>
            <p>“We cannot survive another summer like this,” said Jean Martin, who runs a café near the river.</p>
            <figure><img src="x.jpg"><figcaption>Owners marched on Tuesday. Photo: AFP</figcaption></figure>
            <div class="newsletter-signup"><p>Sign up for our morning briefing, delivered daily.</p></div>
            <p>The rules, passed in March, limit terrace hours to 10 p.m., the council said.</p>
            </article><footer><p>© 2024 Le Petit Journal. All rights reserved.</p></footer></body></html>
            """;

    @Test
    void mainContentAndMetadata() {
        HtmlPage.Read read = HtmlPage.read(PAGE);
        assertThat(read.metadata().headline()).isEqualTo("Café owners protest new rules");
        assertThat(read.metadata().publisher()).isEqualTo("Le Petit Journal");
        assertThat(read.metadata().publishedOn()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(read.text())
                .startsWith("Café owners protest new rules\n\nPARIS — Dozens")
                .contains("“We cannot survive")
                .doesNotContain("Most read", "Photo: AFP", "Sign up", "All rights reserved", "Home");
    }

    @Test
    void jsonLdWinsAndGraphsAreSearched() {
        HtmlPage.Read read = HtmlPage.read("""
                <html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},
                {"@type":["NewsArticle"],"headline":"The headline","datePublished":"2019-04-15",
                "author":[{"name":"Stella Kim"},{"name":"Alexander Smith"}],"publisher":{"name":"NBC News"}}]}</script>
                <script type="application/ld+json">{ broken json</script></head>
                <body><p>Some text of the story, long enough to be a paragraph of the story.</p></body></html>""");
        assertThat(read.metadata().headline()).isEqualTo("The headline");
        assertThat(read.metadata().bylines()).containsExactly("Stella Kim", "Alexander Smith");
        assertThat(read.metadata().publisher()).isEqualTo("NBC News");
        assertThat(read.metadata().publishedOn()).isEqualTo(LocalDate.of(2019, 4, 15));
    }

    @Test
    void deeplyNestedPagesAreRefused() {
        assertThatThrownBy(() -> HtmlPage.read("<div>".repeat(5_000))).isInstanceOf(ImportRefusedException.class);
    }

    @Test
    void textWrittenStraightIntoADivWithBlankLinesMadeOfBreaks() {
        HtmlPage.Read read = HtmlPage.read("""
                <html><body><div id="menu"><a href="/">Home</a> <a href="/news">News</a></div>
                <div id="_article">The first paragraph runs on, with commas, and a <b>bold</b> word, to be long.<br>
                <br>The second paragraph, also long enough to count, goes on after a blank line.<br>
                still the second paragraph, after a single break.</div></body></html>""");
        assertThat(read.blocks())
                .containsExactly(
                        "The first paragraph runs on, with commas, and a bold word, to be long.",
                        "The second paragraph, also long enough to count, goes on after a blank line. still the"
                                + " second paragraph, after a single break.");
    }

    @Test
    void aTableOfDataIsReadRowByRow() {
        HtmlPage.Read read = HtmlPage.read("""
                <html><body><article><h1>Standings</h1>
                <p>The final standings of the series, after all the races of the season, are these:</p>
                <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>
                <tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>
                <tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table></article></body></html>""");
        assertThat(read.blocks()).contains("Pos. Driver Points", "1 Kyle Busch 5040", "2 Martin Truex Jr. 5035");
    }

    @Test
    void theStoryWithTheHeadlineWinsOverTeasersOfOtherStories() {
        String teaser = "<article class=\"post\"><p>Another story, with commas, and more commas, and yet more of"
                + " them, and on, and on, until it is cut off here, to tempt the reader to click …</p></article>";
        String card = "<article class=\"post\"><p>A story of another day, as long as this one, with as many commas,"
                + " told in the same way, and signed at its end. Jane Doe</p></article>";
        HtmlPage.Read read = HtmlPage.read("<html><body><div id=\"primary\"><article class=\"post\">"
                + "<h1>Only those who love themselves</h1><p>The one paragraph of this story, with a few commas, is"
                + " here, and it is the story, told once, in full, on its page.</p></article><article class=\"post related\"><h3>You may like</h3>"
                + teaser + card + card + card + "</article></div></body></html>");
        assertThat(read.blocks())
                .containsExactly(
                        "The one paragraph of this story, with a few commas, is here, and it is the story, told"
                                + " once, in full, on its page.");
    }

    @Test
    void aDescriptionThatRepeatsTheLeadIsNotAStandfirst() {
        String lead = "A team led by researchers has confirmed traces of water vapour above the surface of the moon.";
        HtmlPage.Read read = HtmlPage.read("<html><head><meta property=\"og:description\" content=\"" + lead
                + "\"></head><body><article><h1>Water above the moon</h1><p>" + lead + "</p><p>The second paragraph"
                + " of the story, with more about it, follows here.</p></article></body></html>");
        assertThat(read.metadata().standfirst()).isNull();
        assertThat(read.blocks()).startsWith(lead);
    }

    @Test
    void aDekAboveTheStoryStaysTheStandfirst() {
        String dek = "Thousands lose power as the storm moves north.";
        HtmlPage.Read read = HtmlPage.read("<html><head><meta property=\"og:description\" content=\"" + dek
                + "\"></head><body><article><h1>Storm hits the coast</h1><div class=\"dek\"><p>" + dek
                + "</p></div><div class=\"body\"><p>The storm made landfall on Tuesday night, officials said, and"
                + " moved on.</p><p>Power was cut to thousands of homes, the utility said on Wednesday.</p></div>"
                + "</article></body></html>");
        assertThat(read.metadata().standfirst()).isEqualTo(dek);
    }

    @Test
    void aStoryWrittenOneParagraphToABoxIsTheBoxOfBoxes() {
        StringBuilder page = new StringBuilder("<html><body><h1>Water on the moon</h1><div id=\"article-body\">");
        for (int i = 1; i <= 6; i++) {
            page.append("<div class=\"card\"><div class=\"card-content\"><p>Paragraph ")
                    .append(i)
                    .append(
                            " of the story, written in a box of its own, as some sites do, long enough.</p></div></div>");
        }
        page.append("</div><div class=\"promo\"><p>Other things to read, with commas, and more, and more.</p></div>");
        HtmlPage.Read read = HtmlPage.read(page.append("</body></html>").toString());
        assertThat(read.blocks()).hasSize(6).allMatch(b -> b.startsWith("Paragraph "));
    }

    @Test
    void readersCommentsAreNotTheStoryHoweverLongTheyRun() {
        StringBuilder page = new StringBuilder("<html><body><div id=\"content\"><article><h1>A new laptop</h1>"
                + "<p>The company is expected to release a new laptop next year, an analyst said on Monday.</p>"
                + "<p>It will have a new keyboard, the analyst said, replacing the one many disliked.</p></article>"
                + "<div id=\"comments\">");
        for (int i = 0; i < 8; i++) {
            page.append("<div class=\"comment\"><div class=\"content\">A reader's long comment, with commas, and"
                    + " opinions, and more opinions, and yet more, about the keyboard, the price, the company, and the"
                    + " analyst, going on and on.</div></div>");
        }
        HtmlPage.Read read =
                HtmlPage.read(page.append("</div></div></body></html>").toString());
        assertThat(read.blocks())
                .containsExactly(
                        "The company is expected to release a new laptop next year, an analyst said on Monday.",
                        "It will have a new keyboard, the analyst said, replacing the one many disliked.");
    }
}
