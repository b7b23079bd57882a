package com.newsdesk.domain.search;

import com.newsdesk.domain.failure.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a list is ordered when the reader says: newest or oldest first, or the best match first (searches only). */
public enum SearchOrder {
    NEWEST,
    OLDEST,
    RELEVANCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The order a reader asked for with {@code order=...}; null when the parameter is absent.
     *
     * @throws InvalidInputException (400) when it names no order
     */
    public static SearchOrder fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values())
                .filter(o -> o.code().equals(value.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        "order",
                        "must be one of "
                                + Arrays.stream(values()).map(SearchOrder::code).collect(Collectors.joining(", "))));
    }

    /**
     * The order a list takes: the one asked for, else the list's own ({@code otherwise}), with or without words: the
     * public contract (docs: api.md) orders lists by date, and a reader asks for the best match first.
     *
     * @throws InvalidInputException (400) when relevance is asked for without words to be relevant to
     */
    public static SearchOrder resolve(SearchOrder asked, boolean searching, SearchOrder otherwise) {
        if (asked == RELEVANCE && !searching) {
            throw InvalidInputException.of("order", "relevance orders a word search: give q as well");
        }
        return asked != null ? asked : otherwise;
    }
}
