package com.newsdesk.domain.calendar;

import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An inclusive range of days a query asks about; either end may be open. Built from the {@code from}, {@code to} and
 * {@code on} query parameters: a partial {@code from} starts at its first day, a partial {@code to} ends at its last
 * (so {@code to=2017-11} includes 2017-11-30), and {@code on=X} means {@code from=X&to=X}.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /**
     * Reads the query parameters; each may be {@code null} (absent).
     *
     * @throws InvalidInputException naming every parameter at fault
     */
    public static DateRange fromParameters(String from, String to, String on) {
        List<Violation> faults = new ArrayList<>();
        PartialDate fromDate = parse(from, "from", faults);
        PartialDate toDate = parse(to, "to", faults);
        PartialDate onDate = parse(on, "on", faults);
        if (on != null && (from != null || to != null)) {
            faults.add(new Violation("on", "cannot be combined with from or to"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        if (onDate != null) {
            return new DateRange(onDate.first(), onDate.last());
        }
        LocalDate start = fromDate == null ? null : fromDate.first();
        LocalDate end = toDate == null ? null : toDate.last();
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidInputException(List.of(
                    new Violation("from", "must not be after to (" + from + " is after " + to + ")"),
                    new Violation("to", "must not be before from (" + to + " is before " + from + ")")));
        }
        return new DateRange(start, end);
    }

    public boolean isBounded() {
        return from != null || to != null;
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static PartialDate parse(String value, String name, List<Violation> faults) {
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.parse(value, name);
        } catch (InvalidInputException e) {
            faults.addAll(e.violations());
            return null;
        }
    }
}
