package com.newsdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSpanTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Rules {

        @Test
        void startMayNotComeAfterEnd() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> DateSpan.between(day("2017-11-14"), day("2017-11-13")))
                    .withMessageContaining("2017-11-14 is after end 2017-11-13");
        }

        @Test
        void aSpanMayBeOneDayLong() {
            DateSpan span = DateSpan.between(day("2017-11-13"), day("2017-11-13"));

            assertThat(span.precision()).isEqualTo(DatePrecision.SPAN);
            assertThat(span.start()).isEqualTo(span.end());
        }

        @Test
        void aDayCoversExactlyOneDay() {
            assertThat(DateSpan.day(day("2017-11-13")))
                    .isEqualTo(new DateSpan(day("2017-11-13"), day("2017-11-13"), DatePrecision.DAY, false));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new DateSpan(day("2017-11-13"), day("2017-11-14"), DatePrecision.DAY, false));
        }

        @ParameterizedTest(name = "{0} runs to {1}")
        @CsvSource({
            "2016-02, 2016-02-29", // leap year
            "2017-02, 2017-02-28",
            "2000-02, 2000-02-29", // divisible by 400: leap
            "1900-02, 1900-02-28", // divisible by 100 only: not leap
            "2017-11, 2017-11-30",
            "2017-12, 2017-12-31",
        })
        void aMonthCoversTheWholeCalendarMonth(String month, String lastDay) {
            DateSpan span = DateSpan.month(YearMonth.parse(month));

            assertThat(span.start()).isEqualTo(YearMonth.parse(month).atDay(1));
            assertThat(span.end()).isEqualTo(day(lastDay));
            assertThat(new DateSpan(span.start(), span.end(), DatePrecision.MONTH, true))
                    .isEqualTo(span.approximately());
        }

        @ParameterizedTest(name = "{0}..{1} is not a whole month")
        @CsvSource({
            "2016-02-01, 2016-02-28", // one day short of a leap February
            "2017-02-01, 2017-03-01",
            "2017-11-02, 2017-11-30",
            "2017-11-01, 2017-12-31",
        })
        void aMonthIsNeitherLongerNorShorter(String start, String end) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new DateSpan(day(start), day(end), DatePrecision.MONTH, false))
                    .withMessageContaining("whole calendar month");
        }

        @Test
        void aYearCoversTheWholeCalendarYear() {
            assertThat(DateSpan.year(Year.of(2014)))
                    .isEqualTo(new DateSpan(day("2014-01-01"), day("2014-12-31"), DatePrecision.YEAR, false));
            assertThat(DateSpan.year(Year.of(2016)).end()).isEqualTo(day("2016-12-31"));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new DateSpan(day("2014-01-01"), day("2014-12-30"), DatePrecision.YEAR, false))
                    .withMessageContaining("whole calendar year");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new DateSpan(day("2014-01-02"), day("2014-12-31"), DatePrecision.YEAR, false));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new DateSpan(day("2014-01-01"), day("2015-12-31"), DatePrecision.YEAR, false));
        }

        @Test
        void everyPartIsRequired() {
            assertThatThrownBy(() -> new DateSpan(null, day("2014-01-01"), DatePrecision.DAY, false))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("start");
            assertThatThrownBy(() -> new DateSpan(day("2014-01-01"), null, DatePrecision.DAY, false))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("end");
            assertThatThrownBy(() -> new DateSpan(day("2014-01-01"), day("2014-01-01"), null, false))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("precision");
        }

        @Test
        void approximatelyKeepsTheDaysAndPrecision() {
            DateSpan exact = DateSpan.between(day("1950-01-01"), day("1953-12-31"));

            assertThat(exact.approximate()).isFalse();
            assertThat(exact.approximately())
                    .isEqualTo(new DateSpan(day("1950-01-01"), day("1953-12-31"), DatePrecision.SPAN, true));
        }
    }

    @Nested
    class FromInput {

        @Test
        void derivesTheEndOfADay() {
            assertThat(DateSpan.fromInput(day("2017-11-13"), null, DatePrecision.DAY, false, ""))
                    .isEqualTo(DateSpan.day(day("2017-11-13")));
        }

        @Test
        void derivesTheEndOfAMonthIncludingLeapFebruary() {
            assertThat(DateSpan.fromInput(day("2016-02-01"), null, DatePrecision.MONTH, true, ""))
                    .isEqualTo(new DateSpan(day("2016-02-01"), day("2016-02-29"), DatePrecision.MONTH, true));
            assertThat(DateSpan.fromInput(day("2017-02-01"), null, DatePrecision.MONTH, false, ""))
                    .isEqualTo(DateSpan.month(YearMonth.of(2017, 2)));
        }

        @Test
        void derivesTheEndOfAYear() {
            assertThat(DateSpan.fromInput(day("2014-01-01"), null, DatePrecision.YEAR, false, ""))
                    .isEqualTo(DateSpan.year(Year.of(2014)));
        }

        @Test
        void keepsAGivenEnd() {
            assertThat(DateSpan.fromInput(day("2017-09-28"), day("2017-10-28"), DatePrecision.SPAN, true, ""))
                    .isEqualTo(DateSpan.between(day("2017-09-28"), day("2017-10-28"))
                            .approximately());
        }

        @Test
        void aSpanNeedsAnEnd() {
            assertThat(violationOf(() -> DateSpan.fromInput(day("2017-09-28"), null, DatePrecision.SPAN, true, "")))
                    .isEqualTo(new Violation("end", "is required when precision is span"));
        }

        @Test
        void namesTheStartWhenItComesAfterTheEnd() {
            Violation v = violationOf(
                    () -> DateSpan.fromInput(day("2017-11-14"), day("2017-11-13"), DatePrecision.SPAN, false, ""));

            assertThat(v.name()).isEqualTo("start");
            assertThat(v.message()).contains("2017-11-14", "2017-11-13");
        }

        @Test
        void namesTheEndThatDoesNotCloseTheMonth() {
            Violation v = violationOf(
                    () -> DateSpan.fromInput(day("2017-02-01"), day("2017-02-27"), DatePrecision.MONTH, false, ""));

            assertThat(v.name()).isEqualTo("end");
            assertThat(v.message()).contains("whole calendar month");
        }

        @Test
        void namesTheEndOfADayThatRunsOn() {
            assertThat(violationOf(() -> DateSpan.fromInput(
                                    day("2017-11-13"), day("2017-11-14"), DatePrecision.DAY, false, ""))
                            .name())
                    .isEqualTo("end");
        }

        @ParameterizedTest(name = "{0} is not the first day of a {1}")
        @CsvSource({"2017-11-13, MONTH", "2014-06-01, YEAR", "2016-02-29, MONTH"})
        void namesTheStartThatDoesNotOpenTheMonthOrYear(String start, DatePrecision precision) {
            // The end is derived from the start, so the editor gave no end: the start is what is wrong.
            Violation v = violationOf(() -> DateSpan.fromInput(day(start), null, precision, false, ""));

            assertThat(v.name()).isEqualTo("start");
        }

        @Test
        void prefixesTheFieldName() {
            assertThat(violationOf(() -> DateSpan.fromInput(
                                    day("2017-11-14"), day("2017-11-13"), DatePrecision.SPAN, false, "said."))
                            .name())
                    .isEqualTo("said.start");
        }

        private Violation violationOf(Runnable call) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
            assertThat(e).as("an InvalidInputException").isNotNull();
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
    }

    @Nested
    class Overlaps {

        private final DateSpan year2014 = DateSpan.year(Year.of(2014));

        @Test
        void aYearIsFoundByAnyMonthInIt() {
            assertThat(year2014.overlaps(new DateRange(day("2014-06-01"), day("2014-06-30"))))
                    .isTrue();
        }

        @Test
        void edgesAreInclusive() {
            assertThat(year2014.overlaps(new DateRange(day("2014-12-31"), null)))
                    .isTrue();
            assertThat(year2014.overlaps(new DateRange(null, day("2014-01-01"))))
                    .isTrue();
            assertThat(year2014.overlaps(new DateRange(day("2015-01-01"), null)))
                    .isFalse();
            assertThat(year2014.overlaps(new DateRange(null, day("2013-12-31"))))
                    .isFalse();
            assertThat(year2014.overlaps(DateRange.ALL)).isTrue();
        }
    }
}
