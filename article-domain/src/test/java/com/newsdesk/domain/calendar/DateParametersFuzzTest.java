package com.newsdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.newsdesk.domain.FormInput;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code from}, {@code to} and {@code on} query parameters, fuzzed. Whatever they hold, the parser answers a valid
 * range or an {@link InvalidInputException} naming exactly the parameters at fault, never anything else; and it agrees
 * with an independent, character-by-character reading of {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD}.
 *
 * <p>An input is a query string such as {@code from=2017-11&to=2017-11-30}. Without {@code JAZZER_FUZZ} this runs
 * the inputs in {@code DateParametersFuzzTestInputs/dateParameters} (hand-written seeds, and any crash once found);
 * with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class DateParametersFuzzTest {

    @FuzzTest
    @DictionaryEntries({"from=", "to=", "on=", "&", "-", "-02-29", "-12-31", "0000", "9999", "%"})
    void dateParameters(byte[] input) {
        FormInput query = FormInput.first(input);
        String from = query.get("from");
        String to = query.get("to");
        String on = query.get("on");

        Bounds fromDate = from == null ? null : reference(from);
        Bounds toDate = to == null ? null : reference(to);
        Bounds onDate = on == null ? null : reference(on);
        Set<String> faulty = new LinkedHashSet<>();
        checkPartialDate(from, "from", fromDate, faulty);
        checkPartialDate(to, "to", toDate, faulty);
        checkPartialDate(on, "on", onDate, faulty);
        if (on != null && (from != null || to != null)) {
            faulty.add("on");
        }
        if (faulty.isEmpty() && fromDate != null && toDate != null && fromDate.first.isAfter(toDate.last)) {
            faulty.add("from");
            faulty.add("to");
        }

        DateRange range;
        try {
            range = DateRange.fromParameters(from, to, on);
        } catch (InvalidInputException refused) {
            List<String> named =
                    refused.violations().stream().map(Violation::name).toList();
            assertThat(new LinkedHashSet<>(named))
                    .as("the parameters named for from=%s to=%s on=%s", from, to, on)
                    .isEqualTo(faulty);
            refused.violations().forEach(v -> assertThat(v.message()).isNotBlank());
            return;
        }

        assertThat(faulty).as("accepted from=%s to=%s on=%s", from, to, on).isEmpty();
        if (range.from() != null && range.to() != null) {
            assertThat(range.from()).isBeforeOrEqualTo(range.to());
        }
        if (on != null) {
            assertThat(range).isEqualTo(new DateRange(onDate.first, onDate.last));
            assertThat(range.from().toString()).startsWith(on);
        } else {
            assertThat(range.from()).isEqualTo(fromDate == null ? null : fromDate.first);
            assertThat(range.to()).isEqualTo(toDate == null ? null : toDate.last);
            // Round trip: the first day of "2017-11" prints as 2017-11-01, and the last day of "2017" as 2017-12-31.
            if (from != null) {
                assertThat(range.from().toString()).startsWith(from);
            }
            if (to != null) {
                assertThat(range.to().toString()).startsWith(to);
            }
        }
        assertThat(range.isBounded()).isEqualTo(from != null || to != null || on != null);
    }

    /** PartialDate alone agrees with the reference reading and names the parameter it was given. */
    private static void checkPartialDate(String text, String name, Bounds expected, Set<String> faulty) {
        if (text == null) {
            return;
        }
        PartialDate parsed;
        try {
            parsed = PartialDate.parse(text, name);
        } catch (InvalidInputException refused) {
            assertThat(expected).as("%s=%s refused", name, text).isNull();
            assertThat(refused.violations()).extracting(Violation::name).containsExactly(name);
            faulty.add(name);
            return;
        }
        assertThat(expected).as("%s=%s accepted", name, text).isNotNull();
        assertThat(parsed.first()).isEqualTo(expected.first);
        assertThat(parsed.last()).isEqualTo(expected.last);
        assertThat(parsed.span().approximate()).isFalse();
    }

    private record Bounds(LocalDate first, LocalDate last) {}

    /** An independent reading of a partial date, ASCII digit by digit; {@code null} when it is not one. */
    private static Bounds reference(String text) {
        int length = text.length();
        if (length != 4 && length != 7 && length != 10) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return null;
            }
        }
        int year = number(text, 0, 4);
        if (year < 1) {
            return null;
        }
        if (length == 4) {
            return new Bounds(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int month = number(text, 5, 7);
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (length == 7) {
            return new Bounds(yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        int day = number(text, 8, 10);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return null;
        }
        return new Bounds(yearMonth.atDay(day), yearMonth.atDay(day));
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
