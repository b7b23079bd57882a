package com.newsdesk.domain.timeline;

import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.transaction.Transactions;
import java.util.Objects;

/** What happened when, across every article. */
public final class TimelineCatalog {

    private final TimelineQueries events;
    private final Transactions transactions;

    public TimelineCatalog(TimelineQueries events, Transactions transactions) {
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public Page<TimelineEntry> overlapping(DateRange range, PageRequest page) {
        return transactions.readOnly(() -> events.overlapping(range, page));
    }

    public Page<TimelineEntry> search(TimelineSearch search, PageRequest page) {
        return transactions.readOnly(() -> events.search(search, page));
    }
}
