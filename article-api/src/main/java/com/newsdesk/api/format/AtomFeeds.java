package com.newsdesk.api.format;

import com.newsdesk.api.article.ArticleSummaryResponse;
import com.newsdesk.api.article.BylineResponse;
import com.newsdesk.api.article.NoticeResponse;
import com.newsdesk.api.web.PublicSite;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * Atom 1.0 (RFC 4287) feeds written with ROME: the latest publications, and the latest public correction notices. Ids
 * are {@code urn:uuid:} of the article or notice, so a feed reader never shows the same story twice; a feed's
 * {@code updated} is its newest entry's, which is also the answer's Last-Modified.
 */
final class AtomFeeds {

    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    static final String ARTICLES_PATH = "/api/feeds/articles.atom";
    static final String CORRECTIONS_PATH = "/api/feeds/corrections.atom";

    private AtomFeeds() {}

    /** A feed document and the instant it was last updated. */
    record Written(String xml, Instant updated) {}

    static Written articles(List<ArticleSummaryResponse> articles, PublicSite site) {
        Feed feed = feed(site, ARTICLES_PATH, site.name() + ": latest stories", "The latest published stories");
        List<Entry> entries =
                articles.stream().map(article -> article(article, site)).toList();
        return written(feed, entries, newest(articles, ArticleSummaryResponse::updatedAt));
    }

    static Written corrections(List<NoticeResponse> notices, PublicSite site) {
        Feed feed = feed(
                site,
                CORRECTIONS_PATH,
                site.name() + ": corrections",
                "Public correction, clarification and update notices, newest first");
        List<Entry> entries =
                notices.stream().map(notice -> notice(notice, site)).toList();
        return written(feed, entries, newest(notices, NoticeResponse::correctedAt));
    }

    private static Entry article(ArticleSummaryResponse article, PublicSite site) {
        Entry entry = new Entry();
        entry.setId(NinjsFormat.urn(article.id()));
        entry.setTitle(article.headline());
        entry.setPublished(Date.from(article.publishedAt()));
        entry.setUpdated(Date.from(article.updatedAt()));
        entry.setAuthors(article.bylines().stream()
                .map(BylineResponse::name)
                .map(AtomFeeds::person)
                .toList());
        entry.setAlternateLinks(List.of(
                link("alternate", "text/html", site.articlePage(article.slug())),
                link("alternate", "application/json", site.articleApi(article.slug()))));
        if (article.lede() != null) {
            entry.setSummary(text(article.lede()));
        }
        return entry;
    }

    private static Entry notice(NoticeResponse notice, PublicSite site) {
        String kind =
                Character.toUpperCase(notice.kind().charAt(0)) + notice.kind().substring(1);
        Entry entry = new Entry();
        entry.setId(NinjsFormat.urn(notice.id()));
        entry.setTitle(kind + ": " + notice.articleHeadline());
        entry.setPublished(Date.from(notice.correctedAt()));
        entry.setUpdated(Date.from(notice.correctedAt()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", site.articlePage(notice.articleSlug()))));
        entry.setOtherLinks(List.of(link(
                "related",
                "application/json",
                site.articleApi(notice.articleSlug()) + "/revisions/" + notice.revision())));
        entry.setSummary(text(notice.note()));
        return entry;
    }

    private static Feed feed(PublicSite site, String path, String title, String subtitle) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(site.link(path));
        feed.setTitle(title);
        feed.setSubtitle(text(subtitle));
        feed.setLanguage(site.language());
        feed.setAuthors(List.of(person(site.name())));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", site.link("/"))));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", site.link(path))));
        Generator generator = new Generator();
        generator.setValue("Newsdesk");
        feed.setGenerator(generator);
        return feed;
    }

    private static Written written(Feed feed, List<Entry> entries, Instant updated) {
        feed.setUpdated(Date.from(updated));
        feed.setEntries(entries);
        try {
            return new Written(new WireFeedOutput().outputString(feed, true), updated);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused the feed it was given", e);
        }
    }

    /** The newest instant among the entries; an empty feed was last updated at the epoch (it never had news). */
    private static <T> Instant newest(List<T> items, Function<T, Instant> when) {
        return items.stream().map(when).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }
}
