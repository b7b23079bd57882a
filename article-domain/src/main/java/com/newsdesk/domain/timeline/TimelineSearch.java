package com.newsdesk.domain.timeline;

import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.failure.Violations;
import com.newsdesk.domain.search.SearchOrder;
import java.util.Objects;

/**
 * Which timeline events to list: those whose date span overlaps {@code range}, and whose title or dating phrase
 * contains {@code words} (web-search syntax), in {@code order}: by default by start (oldest first), or the best
 * match first when asked.
 */
public record TimelineSearch(DateRange range, String words, SearchOrder order) {

    public static final int MAX_WORDS = 200;

    public TimelineSearch {
        Objects.requireNonNull(range, "range");
        new Violations().optionalText("q", words, MAX_WORDS).throwIfAny();
        words = words == null || words.isBlank() ? null : words.strip();
        order = SearchOrder.resolve(order, words != null, SearchOrder.OLDEST);
    }

    public TimelineSearch(DateRange range) {
        this(range, null, null);
    }
}
