package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.failure.Violations;
import java.time.LocalDate;

/**
 * New dating for a timeline event. Each part is optional and keeps its current value when absent; when the start or
 * precision changes and no end is given, a {@code day}, {@code month} or {@code year} end follows from the start.
 */
public record EventRedating(
        LocalDate start, LocalDate end, DatePrecision precision, Boolean approximate, String title) {

    public static final int MAX_TITLE = 300;

    public EventRedating {
        Violations v = new Violations();
        if (title != null) {
            // A title is read on one line, in lists and calendars.
            v.requireLine("title", title, MAX_TITLE);
        }
        // The calendar the API speaks (and PostgreSQL stores) runs from year 1 to 9999.
        v.check(
                start == null || start.getYear() >= 1 && start.getYear() <= 9999,
                "start",
                "year must be between 0001 and 9999");
        v.check(
                end == null || end.getYear() >= 1 && end.getYear() <= 9999,
                "end",
                "year must be between 0001 and 9999");
        v.check(
                start != null || end != null || precision != null || approximate != null || title != null,
                "start",
                "an event correction without find/replace gives at least one of start, end, precision, approximate"
                        + " or title");
        v.throwIfAny();
    }
}
