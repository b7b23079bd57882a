package com.newsdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest(name = "{0} covers {1}..{2} ({3})")
    @CsvSource({
        "2017,       2017-01-01, 2017-12-31, YEAR",
        "2017-11,    2017-11-01, 2017-11-30, MONTH",
        "2017-11-13, 2017-11-13, 2017-11-13, DAY",
        "2016-02,    2016-02-01, 2016-02-29, MONTH",
        "2017-02,    2017-02-01, 2017-02-28, MONTH",
        "2016-02-29, 2016-02-29, 2016-02-29, DAY",
        "2000-02-29, 2000-02-29, 2000-02-29, DAY",
        "0001,       0001-01-01, 0001-12-31, YEAR",
        "0001-01-01, 0001-01-01, 0001-01-01, DAY",
        "9999,       9999-01-01, 9999-12-31, YEAR",
        "9999-12-31, 9999-12-31, 9999-12-31, DAY",
    })
    void readsAYearMonthOrDay(String text, LocalDate first, LocalDate last, DatePrecision precision) {
        PartialDate date = PartialDate.parse(text, "from");

        assertThat(date.first()).isEqualTo(first);
        assertThat(date.last()).isEqualTo(last);
        assertThat(date.span().precision()).isEqualTo(precision);
        assertThat(date.span().approximate()).isFalse();
        assertThat(date.first().toString()).startsWith(text);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(
            strings = {
                "2017-02-29", // not a leap year
                "1900-02-29", // divisible by 100 but not 400: not a leap year
                "2017-04-31",
                "2017-00",
                "2017-13",
                "2017-11-00",
                "2017-11-32",
                "2017-00-13",
                "0000",
                "0000-01",
                "0000-01-01",
                "",
                "17",
                "201",
                "20170",
                "12017",
                "2017-1",
                "2017-1-13",
                "2017-11-1",
                "2017-011-13",
                "+2017",
                "-2017",
                "+2017-11-13",
                "2017-+1-13",
                " 2017",
                "2017 ",
                "2017-11-13 ",
                "2017 -11",
                "2017-11-13\n",
                "2017\t",
                "2017-11-13T00:00",
                "2017-11-13Z",
                "2017-11-13x",
                "2017-11-",
                "2017-",
                "2017--11",
                "2017/11/13",
                "13.11.2017",
                "2017-11-13-01",
                "٢٠١٧", // Arabic-Indic digits: Integer.parseInt would read them, the parameter must not
                "٢٠١٧-١١-١٣",
                "۲۰۱۷", // Extended Arabic-Indic (Persian)
                "२०१७", // Devanagari
                "２０１７", // full-width
                "2017-１１",
                "2017\u0000",
                "\u00002017",
                "2017\u200B", // zero-width space
                "ⅯⅯⅩⅦ", // Roman numerals are letters that look like numbers
                "2017-11-13\uD800", // an unpaired surrogate
                "𝟚𝟘𝟙𝟟", // mathematical double-struck digits, outside the BMP
            })
    void refusesAnythingElseNamingTheParameter(String text) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> PartialDate.parse(text, "to"));

        assertThat(e).as("refused: %s", text).isNotNull();
        assertThat(e.violations()).extracting(Violation::name).containsExactly("to");
        assertThat(e.code()).isEqualTo("invalid-request");
    }

    @Test
    void saysWhatIsWrong() {
        assertThat(messageFor("2017-13")).contains("month", "01", "12");
        assertThat(messageFor("0000")).contains("year", "0001", "9999");
        assertThat(messageFor("2017-02-29")).contains("2017-02-29", "not a day of the calendar");
        assertThat(messageFor("yesterday")).contains("YYYY, YYYY-MM or YYYY-MM-DD");
    }

    private static String messageFor(String text) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> PartialDate.parse(text, "on"));
        assertThat(e).isNotNull();
        return e.violations().get(0).message();
    }
}
