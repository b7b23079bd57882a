package com.newsdesk.api.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.EventResponse;
import com.newsdesk.api.article.NoticeResponse;
import com.newsdesk.api.article.QuoteResponse;
import com.newsdesk.api.article.SpeakerResponse;
import com.newsdesk.api.web.PublicSite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An article as an IPTC ninjs 3.1 news item (News in JSON, {@code http://www.iptc.org/std/ninjs/}), valid against
 * IPTC's own schema. How the story maps onto it:
 *
 * <ul>
 *   <li>{@code uri} is {@code urn:uuid:<article id>}: ninjs wants an identifier, not a link; links are renditions.
 *   <li>{@code by} is the byline, {@code located} the dateline, {@code version} the revision; {@code bodies} hold the
 *       body as HTML and as plain text.
 *   <li>{@code people} and {@code organisations} are the speakers quoted (with the publisher as an organisation).
 *   <li>{@code events} names each timeline event; the event itself, with the truncated dates its precision allows
 *       ({@code 2017}, {@code 2017-11}, {@code 2017-11-13}), is an association of type {@code event} whose
 *       {@code eventDetails.dates} carry {@code expectedStartDate} and {@code expectedEndDate} (the schema's only
 *       truncated-date fields), its dating phrase and its date in words ({@code c. September 2017}).
 *   <li>Each public correction notice is an association of type {@code text} with the rel {@code correction}, its
 *       kind as the role of its body, and the correction's time and revision as its {@code versionCreated} and
 *       {@code version}: the top-level item has no field for corrections, an association is a whole ninjs object.
 * </ul>
 */
final class NinjsFormat {

    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    private NinjsFormat() {}

    static Ninjs of(ArticleResponse article, PublicSite site) {
        String plain = ArticleText.plain(article);
        List<Association> associations = new ArrayList<>();
        article.timeline().forEach(event -> associations.add(Association.event(event)));
        article.corrections().forEach(notice -> associations.add(Association.notice(notice)));
        return new Ninjs(
                urn(article.id()),
                new Standard("ninjs", "3.1", SCHEMA),
                "text",
                "full",
                "newsdesk-article",
                Integer.toString(article.revision()),
                instant(article.publishedAt()),
                instant(article.updatedAt()),
                // Every story served here is public; a retracted one (status arriving in milestone 2) becomes
                // "canceled".
                "usable",
                site.language(),
                List.of(new Text("main", "text/plain", article.headline())),
                ArticleText.byline(article.bylines()).isEmpty() ? null : ArticleText.byline(article.bylines()),
                article.dateline(),
                article.slug(),
                article.publisher(),
                List.of(
                        new Body("main", "text/html", ArticleText.html(article), null, null),
                        new Body("main", "text/plain", plain, ArticleText.characters(plain), ArticleText.words(plain))),
                speakers(article, "person"),
                Stream.concat(
                                Stream.of(new Entity(article.publisher(), "publisher", null)),
                                speakers(article, "organization").stream())
                        .toList(),
                article.timeline().stream()
                        .map(event -> new EventRef(event.id().toString(), event.title(), "timeline", urn(event.id())))
                        .toList(),
                associations,
                List.of(new AltId("newsdesk-id", article.id().toString()), new AltId("slug", article.slug())),
                List.of(
                        new Rendition("web", site.articlePage(article.slug()), "text/html"),
                        new Rendition("newsdesk-json", site.articleApi(article.slug()), "application/json")));
    }

    /** The speakers of one kind, each once, in the order they are first quoted. */
    private static List<Entity> speakers(ArticleResponse article, String kind) {
        Map<UUID, Entity> speakers = new LinkedHashMap<>();
        for (QuoteResponse quote : article.quotes()) {
            SpeakerResponse speaker = quote.speaker();
            if (speaker.kind().equals(kind)) {
                speakers.putIfAbsent(speaker.id(), new Entity(speaker.name(), "quoted", urn(speaker.id())));
            }
        }
        return List.copyOf(speakers.values());
    }

    static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    private static String instant(Instant instant) {
        return instant.toString();
    }

    /** The ninjs document, in the schema's property order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Ninjs(
            String uri,
            Standard standard,
            String type,
            String representationType,
            String profile,
            String version,
            String firstCreated,
            String versionCreated,
            String pubStatus,
            String language,
            List<Text> headlines,
            String by,
            String located,
            String slugline,
            String copyrightHolder,
            List<Body> bodies,
            List<Entity> people,
            List<Entity> organisations,
            List<EventRef> events,
            List<Association> associations,
            List<AltId> altIds,
            List<Rendition> renditions) {}

    record Standard(String name, String version, String schema) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Text(String role, String contentType, String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String role, String contentType, String value, Integer charCount, Integer wordCount) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entity(String name, String rel, String uri) {}

    record EventRef(String id, String name, String rel, String uri) {}

    record AltId(String role, String value) {}

    record Rendition(String name, String href, String contentType) {}

    record EventDetails(Dates dates) {}

    record Dates(String expectedStartDate, String expectedEndDate) {}

    /** An associated ninjs object: a timeline event, or a correction notice. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Association(
            String name,
            String rel,
            String uri,
            String type,
            String version,
            String versionCreated,
            List<Text> headlines,
            List<Text> descriptions,
            List<Body> bodies,
            EventDetails eventDetails) {

        static Association event(EventResponse event) {
            return new Association(
                    event.title(),
                    "timeline",
                    urn(event.id()),
                    "event",
                    null,
                    null,
                    List.of(new Text("main", "text/plain", event.title())),
                    List.of(
                            new Text("date", "text/plain", KnownDates.label(event)),
                            new Text("date-phrase", "text/plain", event.phrase())),
                    List.of(),
                    new EventDetails(new Dates(
                            KnownDates.start(event).iso(), KnownDates.end(event).iso())));
        }

        static Association notice(NoticeResponse notice) {
            return new Association(
                    Character.toUpperCase(notice.kind().charAt(0))
                            + notice.kind().substring(1) + ", revision " + notice.revision(),
                    "correction",
                    urn(notice.id()),
                    "text",
                    Integer.toString(notice.revision()),
                    instant(notice.correctedAt()),
                    List.of(),
                    List.of(),
                    List.of(new Body(notice.kind(), "text/plain", notice.note(), null, null)),
                    null);
        }
    }
}
