package com.newsdesk.domain.calendar;

import com.newsdesk.domain.failure.InvalidInputException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When something happened, as precisely as the article allows: the whole inclusive span {@code start..end} the
 * article's words permit, how precise they are, and whether the date is only approximate (it comes from a relative or
 * vague phrase).
 *
 * <p>Rules: {@code start <= end}; a {@code DAY} span is one day, a {@code MONTH} span is one whole calendar month, a
 * {@code YEAR} span one whole calendar year. An event "in 2014" therefore spans 2014-01-01..2014-12-31.
 */
public record DateSpan(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate) {

    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        String fault = fault(start, end, precision);
        if (fault != null) {
            throw new IllegalArgumentException(fault);
        }
    }

    public static DateSpan day(LocalDate day) {
        return new DateSpan(day, day, DatePrecision.DAY, false);
    }

    public static DateSpan month(YearMonth month) {
        return new DateSpan(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, false);
    }

    public static DateSpan year(Year year) {
        return new DateSpan(year.atDay(1), year.atMonth(12).atEndOfMonth(), DatePrecision.YEAR, false);
    }

    public static DateSpan between(LocalDate start, LocalDate end) {
        return new DateSpan(start, end, DatePrecision.SPAN, false);
    }

    /** The same span, marked as coming from a relative or vague phrase. */
    public DateSpan approximately() {
        return new DateSpan(start, end, precision, true);
    }

    /**
     * Builds a span from an editor's input, naming the offending field when the parts do not agree. Where the
     * precision alone decides the end ({@code day}, {@code month}, {@code year}) and no end is given, it is derived
     * from the start.
     */
    public static DateSpan fromInput(
            LocalDate start, LocalDate end, DatePrecision precision, boolean approximate, String fieldPrefix) {
        LocalDate derivedEnd = end != null ? end : naturalEnd(start, precision);
        if (derivedEnd == null) {
            throw InvalidInputException.of(fieldPrefix + "end", "is required when precision is span");
        }
        String fault = fault(start, derivedEnd, precision);
        if (fault != null) {
            throw InvalidInputException.of(fieldPrefix + faultyField(start, derivedEnd, precision), fault);
        }
        return new DateSpan(start, derivedEnd, precision, approximate);
    }

    public boolean overlaps(DateRange range) {
        return (range.from() == null || !end.isBefore(range.from()))
                && (range.to() == null || !start.isAfter(range.to()));
    }

    /** The end the precision alone implies (the day itself, the month's or the year's last day); null for a span. */
    public static LocalDate naturalEnd(LocalDate start, DatePrecision precision) {
        switch (precision) {
            case DAY:
                return start;
            case MONTH:
                return YearMonth.from(start).atEndOfMonth();
            case YEAR:
                return Year.from(start).atMonth(12).atEndOfMonth();
            default:
                return null;
        }
    }

    /**
     * Which of start and end breaks the rule. A month or year must open on its first day, so a start that does not is
     * at fault even when the end was derived from it (and the editor never sent one); otherwise the end is.
     */
    private static String faultyField(LocalDate start, LocalDate end, DatePrecision precision) {
        if (start.isAfter(end)) {
            return "start";
        }
        if (precision == DatePrecision.MONTH && start.getDayOfMonth() != 1) {
            return "start";
        }
        if (precision == DatePrecision.YEAR && start.getDayOfYear() != 1) {
            return "start";
        }
        return "end";
    }

    /** Why {@code start..end} cannot be a date of that precision, or null when it can. */
    public static String faultOf(LocalDate start, LocalDate end, DatePrecision precision) {
        return fault(start, end, precision);
    }

    private static String fault(LocalDate start, LocalDate end, DatePrecision precision) {
        if (start.isAfter(end)) {
            return "start " + start + " is after end " + end;
        }
        switch (precision) {
            case DAY:
                return start.equals(end) ? null : "a day-precision date starts and ends on the same day";
            case MONTH:
                return start.getDayOfMonth() == 1
                                && end.equals(YearMonth.from(start).atEndOfMonth())
                        ? null
                        : "a month-precision date covers one whole calendar month, first day to last";
            case YEAR:
                return start.getDayOfYear() == 1
                                && end.equals(Year.from(start).atMonth(12).atEndOfMonth())
                        ? null
                        : "a year-precision date covers one whole calendar year, 1 January to 31 December";
            default:
                return null;
        }
    }
}
