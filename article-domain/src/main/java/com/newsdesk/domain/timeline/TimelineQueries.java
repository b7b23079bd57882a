package com.newsdesk.domain.timeline;

import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;

/** Timeline events across all articles. */
public interface TimelineQueries {

    /**
     * Events whose whole date span overlaps {@code range} (so a year-precision event in 2014 is found by a query for
     * June 2014), ordered by start, then end; paged in the store.
     */
    Page<TimelineEntry> overlapping(DateRange range, PageRequest page);
}
