package com.newsdesk.api.format;

import com.newsdesk.api.article.EventResponse;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What an event's dates say, and no more. An event "in 2014" spans 2014-01-01..2014-12-31 in the API; a calendar
 * standard would read those as two known days, so every format shows it as the year 2014 only. A span ("1950-53")
 * is shown with the coarsest parts both of its ends allow: whole years when it runs from 1 January to 31 December,
 * whole months when it runs from a first to a last day of a month, days otherwise.
 */
final class KnownDates {

    private KnownDates() {}

    /** How much of a date is known. */
    enum Grain {
        YEAR,
        MONTH,
        DAY
    }

    /** A date known to {@code grain}: {@code date} is the first day of that year or month, or the day itself. */
    record Known(LocalDate date, Grain grain) {

        int year() {
            return date.getYear();
        }

        /** Null when only the year is known. */
        Integer month() {
            return grain == Grain.YEAR ? null : date.getMonthValue();
        }

        /** Null unless the day is known. */
        Integer day() {
            return grain == Grain.DAY ? date.getDayOfMonth() : null;
        }

        /** ISO 8601 reduced precision: {@code 2017}, {@code 2017-11} or {@code 2017-11-13}. */
        String iso() {
            String year = String.format(Locale.ROOT, "%04d", date.getYear());
            return switch (grain) {
                case YEAR -> year;
                case MONTH -> year + String.format(Locale.ROOT, "-%02d", date.getMonthValue());
                case DAY -> date.toString();
            };
        }

        /** In words: {@code 2017}, {@code November 2017} or {@code 13 November 2017}. */
        String words() {
            String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return switch (grain) {
                case YEAR -> Integer.toString(date.getYear());
                case MONTH -> month + " " + date.getYear();
                case DAY -> date.getDayOfMonth() + " " + month + " " + date.getYear();
            };
        }
    }

    static Grain grain(EventResponse event) {
        return switch (event.precision()) {
            case "day" -> Grain.DAY;
            case "month" -> Grain.MONTH;
            case "year" -> Grain.YEAR;
            default -> spanGrain(event.start(), event.end());
        };
    }

    static Known start(EventResponse event) {
        return truncate(event.start(), grain(event));
    }

    static Known end(EventResponse event) {
        return truncate(event.end(), grain(event));
    }

    /** True when the event is one day, month or year rather than a stretch from one to another. */
    static boolean single(EventResponse event) {
        return start(event).equals(end(event));
    }

    /** The longest stretch of days an approximate date is told as the month around its middle. */
    private static final int ABOUT_A_MONTH = 62;

    /**
     * The event's date for a person: {@code 13 November 2017}, {@code c. September 2017}, {@code 1950–1953},
     * {@code 28 September–28 October 2017}. "c." marks an approximate date; an approximate stretch of days of two
     * months at most (a reckoning such as "a month before" the 13th of November) is told as the month around its
     * middle, {@code c. October 2017}: its exact bounds are a guess, and the start and end say them anyway.
     */
    static String label(EventResponse event) {
        Known start = start(event);
        Known end = end(event);
        if (event.approximate()
                && start.grain() == Grain.DAY
                && !start.equals(end)
                && ChronoUnit.DAYS.between(start.date(), end.date()) < ABOUT_A_MONTH) {
            LocalDate middle = start.date().plusDays(ChronoUnit.DAYS.between(start.date(), end.date()) / 2);
            return "c. " + new Known(middle.withDayOfMonth(1), Grain.MONTH).words();
        }
        String text = start.equals(end) ? start.words() : range(start, end);
        return event.approximate() ? "c. " + text : text;
    }

    /** A stretch in words, saying a year or month both ends share only once. */
    private static String range(Known start, Known end) {
        boolean sameYear = start.year() == end.year() && start.grain() != Grain.YEAR;
        if (!sameYear) {
            return start.words() + "–" + end.words();
        }
        String endWords = end.words();
        String startWords = start.words();
        String startWithoutYear = startWords.substring(0, startWords.length() - (" " + start.year()).length());
        if (start.grain() == Grain.DAY && start.date().getMonth() == end.date().getMonth()) {
            return start.day() + "–" + endWords;
        }
        return startWithoutYear + "–" + endWords;
    }

    private static Known truncate(LocalDate day, Grain grain) {
        return switch (grain) {
            case YEAR -> new Known(day.withDayOfYear(1), grain);
            case MONTH -> new Known(day.withDayOfMonth(1), grain);
            case DAY -> new Known(day, grain);
        };
    }

    private static Grain spanGrain(LocalDate start, LocalDate end) {
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth();
        if (wholeMonths && start.getMonthValue() == 1 && end.getMonthValue() == 12) {
            return Grain.YEAR;
        }
        return wholeMonths ? Grain.MONTH : Grain.DAY;
    }
}
