package com.newsdesk.api.format;

import com.newsdesk.api.article.EventResponse;
import com.newsdesk.api.web.PublicSite;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Timeline events as an iCalendar (RFC 5545) calendar, written with ical4j. Every event is an all-day event
 * ({@code VALUE=DATE}) covering the whole span the article allows, with the exclusive end RFC 5545 asks for: a day
 * ends the next day, November 2017 is 20171101 to 20171201, 2014 is 20140101 to 20150101. What a calendar cannot say
 * by itself is kept twice: for people in the summary ({@code North Korea conducts a nuclear test (c. September 2017)})
 * and for programs in two properties of our own,
 *
 * <ul>
 *   <li>{@value #PRECISION}: {@code day}, {@code month}, {@code year} or {@code span}, as in the JSON;
 *   <li>{@value #APPROXIMATE}: {@code TRUE} when the date comes from a relative or vague phrase, else {@code FALSE}.
 * </ul>
 *
 * The dating phrase, the article's headline and its link are in the description. UIDs are the events' ids, so a
 * calendar that subscribes sees the same event updated when a correction moves it, never a second copy.
 */
final class TimelineCalendar {

    static final String PRECISION = "X-NEWSDESK-PRECISION";
    static final String APPROXIMATE = "X-NEWSDESK-APPROXIMATE";
    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private TimelineCalendar() {}

    /** An event and the story that dates it. */
    record Dated(EventResponse event, String articleSlug, String articleHeadline) {}

    /**
     * @param stamp the DTSTAMP of every event: without a METHOD (RFC 5545 3.8.7.2), when the information was last
     *     revised. For one article's timeline that is the article's last change, so the bytes are the same for the
     *     same revision (and its ETag holds); across articles, where no one revision applies, the time of the answer.
     *     No METHOD, because iTIP's PUBLISH (RFC 5546) would require an ORGANIZER, which a news timeline does not have.
     */
    static String of(String name, List<Dated> events, Instant stamp, PublicSite site) {
        Calendar calendar = new Calendar()
                .withProdId("-//" + site.name() + "//Newsdesk API//EN")
                .withDefaults()
                .withProperty(new Name(name))
                .getFluentTarget();
        Instant when = stamp.truncatedTo(ChronoUnit.SECONDS);
        for (Dated dated : events) {
            calendar.add(event(dated, when, site));
        }
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ics.toString();
    }

    private static VEvent event(Dated dated, Instant stamp, PublicSite site) {
        EventResponse event = dated.event();
        String page = site.articlePage(dated.articleSlug());
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.id().toString()));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(event.start()));
        vevent.add(new DtEnd<>(event.end().plusDays(1)));
        vevent.add(new Summary(summary(event)));
        vevent.add(new Description("“" + event.phrase() + "”\n\nFrom “" + dated.articleHeadline() + "”: " + page));
        vevent.add(new Url(URI.create(page)));
        vevent.add(new XProperty(PRECISION, event.precision()));
        vevent.add(new XProperty(APPROXIMATE, event.approximate() ? "TRUE" : "FALSE"));
        return vevent;
    }

    /** The title, with the date in words when the calendar's own days would say more than the article knows. */
    static String summary(EventResponse event) {
        boolean exactDay = event.precision().equals("day") && !event.approximate();
        return exactDay ? event.title() : event.title() + " (" + KnownDates.label(event) + ")";
    }
}
