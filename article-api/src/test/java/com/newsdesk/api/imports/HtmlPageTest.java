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
}
