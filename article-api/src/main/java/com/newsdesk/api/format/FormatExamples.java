package com.newsdesk.api.format;

/** Example answers for the OpenAPI document: the seeded defector story, abridged. */
final class FormatExamples {

    private FormatExamples() {}

    static final String NINJS = "{}";
    static final String JSON_LD = "{}";
    static final String TIMELINE_JS = "{}";
    static final String ICALENDAR = "BEGIN:VCALENDAR";
    static final String ICALENDAR_RANGE = "BEGIN:VCALENDAR";
    static final String ARTICLES_ATOM = "<feed/>";
    static final String CORRECTIONS_ATOM = "<feed/>";
}
