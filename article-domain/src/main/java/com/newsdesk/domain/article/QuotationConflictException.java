package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The correction would cut across a quotation or an event's dating phrase, so that its words would no longer stand in
 * the text. A change wholly inside such words updates them; one that straddles their edge is refused, naming them.
 */
public final class QuotationConflictException extends DomainException {

    private final List<QuoteId> quotes;
    private final List<EventId> events;

    QuotationConflictException(CorrectionTarget target, List<QuoteId> quotes, List<EventId> events) {
        super(
                FailureKind.CONFLICT,
                "breaks-quotation",
                "Correction would break a quotation",
                "The change to " + target.path() + " cuts across the edge of "
                        + Stream.concat(
                                        quotes.stream().map(q -> "quote " + q),
                                        events.stream().map(e -> "the dating phrase of event " + e))
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("nothing")
                        + ". Change text wholly inside or wholly outside the quoted words.");
        this.quotes = List.copyOf(quotes);
        this.events = List.copyOf(events);
    }

    public List<QuoteId> quotes() {
        return quotes;
    }

    public List<EventId> events() {
        return events;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "quoteIds", quotes.stream().map(QuoteId::toString).toList(),
                "eventIds", events.stream().map(EventId::toString).toList());
    }
}
