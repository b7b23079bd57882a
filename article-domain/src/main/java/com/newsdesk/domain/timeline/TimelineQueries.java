package com.newsdesk.domain.timeline;

import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;

/** Timeline events across all articles. */
public interface TimelineQueries {

    /**
     * Events whose whole date span overlaps the search's range (so a year-precision event in 2014 is found by a query
     * for June 2014) and that contain its words, in its order (by start, then end, unless the best match goes first);
     * paged in the store. A word search carries a snippet per event.
     */
    Page<TimelineEntry> search(TimelineSearch search, PageRequest page);

    /** Events overlapping {@code range}, ordered by start, then end. */
    default Page<TimelineEntry> overlapping(DateRange range, PageRequest page) {
        return search(new TimelineSearch(range), page);
    }
}
