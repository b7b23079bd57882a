package com.newsdesk.api.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Instants as the pages print them, in UTC (the newsroom's clock), for templates: {@code ${@pageDates.day(t)}}. */
@Component("pageDates")
class PageDates {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
