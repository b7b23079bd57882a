package com.newsdesk.domain.reading;

import com.newsdesk.domain.calendar.DateSpan;
import java.time.LocalDate;
import java.util.List;

/**
 * A story as the importer read it from a page: the masthead, the body paragraphs verbatim and in order, the quotes
 * with their speakers, the dated events, and what the reader was unsure of. Quotes and events name their paragraph by
 * its index in {@link #paragraphs()}.
 */
public record ImportedStory(
        String headline,
        String standfirst,
        List<String> bylines,
        String dateline,
        String publisher,
        LocalDate publishedOn,
        List<String> paragraphs,
        List<ImportedQuote> quotes,
        List<ImportedEvent> events,
        List<String> warnings) {

    public ImportedStory {
        bylines = List.copyOf(bylines);
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    /** A quotation: the words inside the marks exactly as printed, who said them, and whether only part is quoted. */
    public record ImportedQuote(int paragraph, String speaker, boolean organization, String text, boolean partial) {}

    /** A dated event: the verbatim phrase that dates it, the span it allows, and a short title. */
    public record ImportedEvent(int paragraph, String title, DateSpan span, String phrase) {}
}
