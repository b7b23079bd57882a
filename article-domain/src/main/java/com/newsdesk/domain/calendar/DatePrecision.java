package com.newsdesk.domain.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How precisely an article dates something. {@code DAY}, {@code MONTH} and {@code YEAR} cover exactly one calendar
 * day, month or year; {@code SPAN} covers any other inclusive range ("1950-53", or the window around a relative date).
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    SPAN;

    /** The lower-case name used on the wire and in the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatePrecision> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
