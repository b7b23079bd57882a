package com.newsdesk.domain.calendar;

import com.newsdesk.domain.failure.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people type it in a query: {@code 2017}, {@code 2017-11} or {@code 2017-11-13}. A partial date covers its
 * whole year or month. Years run from 0001 to 9999, written with four digits; months and days with two.
 */
public record PartialDate(DateSpan span) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public LocalDate first() {
        return span.start();
    }

    public LocalDate last() {
        return span.end();
    }

    /**
     * Reads the value of the query parameter {@code name}.
     *
     * @throws InvalidInputException naming {@code name} when {@code text} is not such a date, or not a real one
     */
    public static PartialDate parse(String text, String name) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw InvalidInputException.of(name, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1) {
            throw InvalidInputException.of(name, "year must be between 0001 and 9999");
        }
        if (m.group(2) == null) {
            return new PartialDate(DateSpan.year(Year.of(year)));
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw InvalidInputException.of(name, "month must be between 01 and 12");
        }
        if (m.group(3) == null) {
            return new PartialDate(DateSpan.month(YearMonth.of(year, month)));
        }
        try {
            return new PartialDate(DateSpan.day(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
        } catch (DateTimeException impossible) {
            throw InvalidInputException.of(name, text + " is not a day of the calendar");
        }
    }
}
