package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DateSpan;
import java.util.Objects;

/**
 * Something the article says happened, dated as precisely as the article's own words allow.
 *
 * @param title what happened, in a line
 * @param when its date span, precision, and whether the date is approximate
 * @param phrase the article's own words that date it ("On Nov. 13, 2017"); they stand verbatim in block {@code blockId}
 */
public record TimelineEvent(EventId id, BlockId blockId, String title, DateSpan when, String phrase) {

    public TimelineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(phrase, "phrase");
        if (title.isBlank() || phrase.isBlank()) {
            throw new IllegalArgumentException("an event has a title and a dating phrase");
        }
    }

    TimelineEvent withPhrase(String newPhrase) {
        return new TimelineEvent(id, blockId, title, when, newPhrase);
    }

    TimelineEvent withTitleAndDate(String newTitle, DateSpan newWhen) {
        return new TimelineEvent(id, blockId, newTitle, newWhen, phrase);
    }
}
