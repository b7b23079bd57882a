package com.newsdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> namedBy(String from, String to, String on) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> DateRange.fromParameters(from, to, on));
        assertThat(e).as("from=%s to=%s on=%s is refused", from, to, on).isNotNull();
        return e.violations().stream().map(Violation::name).toList();
    }

    @Test
    void noParametersMeansEveryDay() {
        DateRange range = DateRange.fromParameters(null, null, null);

        assertThat(range).isEqualTo(DateRange.ALL);
        assertThat(range.isBounded()).isFalse();
        assertThat(range.contains(LocalDate.MIN)).isTrue();
        assertThat(range.contains(LocalDate.MAX)).isTrue();
    }

    @ParameterizedTest(name = "from={0} to={1} on={2} is {3}..{4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2017,       -,          -,          2017-01-01, -",
                "2017-11,    -,          -,          2017-11-01, -",
                "-,          2017-11,    -,          -,          2017-11-30",
                "-,          2016-02,    -,          -,          2016-02-29",
                "-,          2017,       -,          -,          2017-12-31",
                "-,          2017-11-13, -,          -,          2017-11-13",
                "2017-11-13, 2017-11-13, -,          2017-11-13, 2017-11-13",
                "2017-11,    2017-11,    -,          2017-11-01, 2017-11-30",
                "2017-11-14, 2017-11,    -,          2017-11-14, 2017-11-30",
                "2017,       2017-01-01, -,          2017-01-01, 2017-01-01",
                "2014,       2019-04-15, -,          2014-01-01, 2019-04-15",
                "-,          -,          2017-11-13, 2017-11-13, 2017-11-13",
                "-,          -,          2017-11,    2017-11-01, 2017-11-30",
                "-,          -,          2016-02,    2016-02-01, 2016-02-29",
                "-,          -,          2014,       2014-01-01, 2014-12-31",
                "0001,       9999,       -,          0001-01-01, 9999-12-31",
            })
    void readsInclusiveBoundsWherePartialDatesCoverTheirWholeYearOrMonth(
            String from, String to, String on, LocalDate first, LocalDate last) {
        DateRange range = DateRange.fromParameters(from, to, on);

        assertThat(range.from()).isEqualTo(first);
        assertThat(range.to()).isEqualTo(last);
        assertThat(range.isBounded()).isTrue();
    }

    @Test
    void onMeansFromAndToTheSameDate() {
        assertThat(DateRange.fromParameters(null, null, "2017-11"))
                .isEqualTo(DateRange.fromParameters("2017-11", "2017-11", null));
    }

    @Test
    void boundsAreInclusive() {
        DateRange november = DateRange.fromParameters(null, null, "2017-11");

        assertThat(november.contains(day("2017-11-01"))).isTrue();
        assertThat(november.contains(day("2017-11-30"))).isTrue();
        assertThat(november.contains(day("2017-10-31"))).isFalse();
        assertThat(november.contains(day("2017-12-01"))).isFalse();
    }

    @Test
    void fromAfterToNamesBoth() {
        assertThat(namedBy("2018", "2017", null)).containsExactly("from", "to");
        assertThat(namedBy("2017-11-14", "2017-11-13", null)).containsExactly("from", "to");
        assertThat(namedBy("2017-12", "2017-11-30", null)).containsExactly("from", "to");
    }

    @Test
    void fromAfterToSaysWhichValues() {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> DateRange.fromParameters("2018", "2017", null));

        assertThat(e.violations().get(0).message()).contains("2018", "2017");
        assertThat(e.detail()).contains("from:", "to:");
    }

    @Test
    void onCannotBeCombinedWithFromOrTo() {
        assertThat(namedBy("2017", null, "2017-11")).containsExactly("on");
        assertThat(namedBy(null, "2017", "2017-11")).containsExactly("on");
        assertThat(namedBy("2017", "2018", "2017-11")).containsExactly("on");
    }

    @Test
    void everyMalformedParameterIsNamedAtOnce() {
        assertThat(namedBy("2017-13", "2017-02-29", null)).containsExactly("from", "to");
        assertThat(namedBy(null, null, "٢٠١٧")).containsExactly("on");
        assertThat(namedBy("yesterday", null, null)).containsExactly("from");
        assertThat(namedBy(null, "0000", null)).containsExactly("to");
        assertThat(namedBy("", null, null)).containsExactly("from");
        assertThat(namedBy("2017", "2018", " 2017")).containsOnly("on").hasSize(2);
    }

    @Test
    void aRangeNeverRunsBackwards() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DateRange(day("2017-11-14"), day("2017-11-13")));
    }
}
