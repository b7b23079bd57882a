package com.newsdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Resolves the dates an article gives only relative to something else. The rules, in the order they apply:
 *
 * <ol>
 *   <li><b>A weekday named in the story</b> ("told NBC News on Monday") is the latest such weekday on or before the
 *       day of publication. It is exact to the day, but it is still marked approximate, because the article states it
 *       only relative to its own date.
 *   <li><b>An offset from an anchor</b> ("a month before Oh made his dash", "two weeks after Oh crossed the DMZ") is
 *       the anchor's day moved by the offset. Journalists round such offsets, so the result is widened by half of one
 *       unit of the offset on either side (a month: 15 days; a week: 3 days; a year: 182 days; a day: nothing) and
 *       marked approximate with {@code SPAN} precision; an offset in days stays a {@code DAY}.
 *   <li><b>Vague qualifiers</b> ("almost 18 months after") do not move a date that a more precise phrase in the same
 *       sentence already fixes; they only confirm it is approximate.
 * </ol>
 */
public final class RelativeDate {

    private RelativeDate() {}

    public enum Direction {
        BEFORE,
        AFTER
    }

    /** Rule 2: {@code amount} {@code unit}s before or after {@code anchor}. */
    public static DateSpan offset(LocalDate anchor, long amount, ChronoUnit unit, Direction direction) {
        Objects.requireNonNull(anchor, "anchor");
        if (amount < 0) {
            throw new IllegalArgumentException("an offset is a distance, not a sign: " + amount);
        }
        LocalDate point = direction == Direction.BEFORE ? anchor.minus(amount, unit) : anchor.plus(amount, unit);
        long slack = halfOf(unit);
        if (slack == 0) {
            return DateSpan.day(point).approximately();
        }
        return DateSpan.between(point.minusDays(slack), point.plusDays(slack)).approximately();
    }

    /** Rule 1: the latest {@code weekday} on or before {@code published}. */
    public static DateSpan weekdayOfPublication(LocalDate published, DayOfWeek weekday) {
        return DateSpan.day(published.with(TemporalAdjusters.previousOrSame(weekday)))
                .approximately();
    }

    private static long halfOf(ChronoUnit unit) {
        switch (unit) {
            case DAYS:
                return 0;
            case WEEKS:
                return 3;
            case MONTHS:
                return 15;
            case YEARS:
                return 182;
            default:
                throw new IllegalArgumentException(
                        "articles give offsets in days, weeks, months or years, not " + unit);
        }
    }
}
