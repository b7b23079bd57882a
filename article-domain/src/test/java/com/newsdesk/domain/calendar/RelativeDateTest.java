package com.newsdesk.domain.calendar;

import static com.newsdesk.domain.calendar.RelativeDate.Direction.AFTER;
import static com.newsdesk.domain.calendar.RelativeDate.Direction.BEFORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.SeedMigration;
import com.newsdesk.domain.SeedMigration.DatedRow;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDateTest {

    /** The day Oh Chong Song crossed the DMZ, the anchor of the story's relative dates. */
    private static final LocalDate ESCAPE = LocalDate.of(2017, 11, 13);

    /** The story was published on Monday, 2019-04-15. */
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 4, 15);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Offsets {

        @Test
        void aMonthBeforeIsWidenedByHalfAMonth() {
            assertThat(RelativeDate.offset(ESCAPE, 1, ChronoUnit.MONTHS, BEFORE))
                    .isEqualTo(new DateSpan(day("2017-09-28"), day("2017-10-28"), DatePrecision.SPAN, true));
        }

        @Test
        void twoWeeksAfterIsWidenedByThreeDays() {
            assertThat(RelativeDate.offset(ESCAPE, 2, ChronoUnit.WEEKS, AFTER))
                    .isEqualTo(new DateSpan(day("2017-11-24"), day("2017-11-30"), DatePrecision.SPAN, true));
        }

        @Test
        void aYearIsWidenedBy182Days() {
            DateSpan span = RelativeDate.offset(ESCAPE, 1, ChronoUnit.YEARS, AFTER);

            assertThat(span.start()).isEqualTo(day("2018-11-13").minusDays(182));
            assertThat(span.end()).isEqualTo(day("2018-11-13").plusDays(182));
            assertThat(span.approximate()).isTrue();
        }

        @ParameterizedTest(name = "{0} days {1} is {2}")
        @CsvSource({"3, AFTER, 2017-11-16", "3, BEFORE, 2017-11-10", "0, AFTER, 2017-11-13", "18, BEFORE, 2017-10-26"})
        void anOffsetInDaysKeepsDayPrecision(long days, RelativeDate.Direction direction, LocalDate expected) {
            assertThat(RelativeDate.offset(ESCAPE, days, ChronoUnit.DAYS, direction))
                    .isEqualTo(DateSpan.day(expected).approximately());
        }

        @Test
        void aMonthBeforeTheEndOfMarchLandsOnTheLastDayOfFebruary() {
            // java.time clamps 2016-03-31 minus a month to 2016-02-29; the window is centred there.
            DateSpan span = RelativeDate.offset(day("2016-03-31"), 1, ChronoUnit.MONTHS, BEFORE);

            assertThat(span.start()).isEqualTo(day("2016-02-14"));
            assertThat(span.end()).isEqualTo(day("2016-03-15"));
        }

        @Test
        void anOffsetIsADistanceNotASign() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> RelativeDate.offset(ESCAPE, -1, ChronoUnit.MONTHS, BEFORE));
        }

        @Test
        void articlesDoNotCountInDecades() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> RelativeDate.offset(ESCAPE, 1, ChronoUnit.DECADES, AFTER))
                    .withMessageContaining("days, weeks, months or years");
        }

        @Test
        void norInHoursWhichADateCannotMoveBy() {
            assertThatThrownBy(() -> RelativeDate.offset(ESCAPE, 1, ChronoUnit.HOURS, AFTER))
                    .isInstanceOf(DateTimeException.class);
        }
    }

    @Nested
    class WeekdayOfPublication {

        @Test
        void mondayOfAStoryPublishedOnAMondayIsThatDay() {
            assertThat(PUBLISHED.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(RelativeDate.weekdayOfPublication(PUBLISHED, DayOfWeek.MONDAY))
                    .isEqualTo(new DateSpan(PUBLISHED, PUBLISHED, DatePrecision.DAY, true));
        }

        @Test
        void anEarlierWeekdayIsTheLatestOneBeforePublication() {
            assertThat(RelativeDate.weekdayOfPublication(PUBLISHED, DayOfWeek.FRIDAY))
                    .isEqualTo(DateSpan.day(day("2019-04-12")).approximately());
            assertThat(RelativeDate.weekdayOfPublication(PUBLISHED, DayOfWeek.TUESDAY))
                    .isEqualTo(DateSpan.day(day("2019-04-09")).approximately());
        }
    }

    /** The seed migration dates its story by these rules; the rules must give the dates it stores. */
    @Nested
    class AgreesWithTheSeededStory {

        private final SeedMigration seed = SeedMigration.read();

        @Test
        void theNuclearTestAMonthBeforeTheEscape() {
            assertSeeded("A month before Oh made his dash", RelativeDate.offset(ESCAPE, 1, ChronoUnit.MONTHS, BEFORE));
        }

        @Test
        void theMissileTwoWeeksAfterTheEscape() {
            assertSeeded("two weeks after Oh crossed the DMZ", RelativeDate.offset(ESCAPE, 2, ChronoUnit.WEEKS, AFTER));
        }

        @Test
        void theInterviewOnMondayWhichAlmost18MonthsDoesNotMove() {
            // Rule 3: "almost 18 months after" only confirms that "on Monday" is approximate.
            assertSeeded(
                    "on Monday, almost 18 months after his dramatic escape",
                    RelativeDate.weekdayOfPublication(PUBLISHED, DayOfWeek.MONDAY));
        }

        @Test
        void theQuotesToldNbcNewsOnMonday() {
            assertSeeded("told NBC News on Monday", RelativeDate.weekdayOfPublication(PUBLISHED, DayOfWeek.MONDAY));
        }

        @Test
        void theExactDatesAreExact() {
            assertSeeded("On Nov. 13, 2017", DateSpan.day(ESCAPE));
            assertSeeded("in 2014", PartialDate.parse("2014", "seed").span());
            assertSeeded("1950-53", DateSpan.between(day("1950-01-01"), day("1953-12-31")));
        }

        private void assertSeeded(String words, DateSpan ruled) {
            assertThat(seed.datedRow(words))
                    .isEqualTo(new DatedRow(
                            ruled.start(), ruled.end(), ruled.precision().code(), ruled.approximate(), words));
        }
    }
}
