package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The correction would break a quotation or an event's dating phrase: cut across its edge, so that its words would no
 * longer stand in the text, or repeat its words elsewhere in the block, so that they could no longer be told apart (and
 * the quote never be corrected again). A change wholly inside such words updates them; these two are refused, naming
 * the quotes and events by their words as well as their ids.
 */
public final class QuotationConflictException extends DomainException {

    /** How the change would break the quoted words. */
    enum Reason {
        CUTS_ACROSS(
                "breaks-quotation",
                "Correction would break a quotation",
                "cuts across the edge of",
                "Change text wholly inside or wholly outside the quoted words."),
        REPEATS(
                "quotation-would-be-ambiguous",
                "Correction would make a quotation ambiguous",
                "would make these words occur more than once in the block:",
                "Quoted words must occur exactly once in their block, so that they can still be found and corrected.");

        private final String code;
        private final String title;
        private final String what;
        private final String advice;

        Reason(String code, String title, String what, String advice) {
            this.code = code;
            this.title = title;
            this.what = what;
            this.advice = advice;
        }
    }

    private final List<Quote> quotes;
    private final List<TimelineEvent> events;

    QuotationConflictException(Reason reason, CorrectionTarget target, List<Quote> quotes, List<TimelineEvent> events) {
        super(
                FailureKind.CONFLICT,
                reason.code,
                reason.title,
                "The change to " + target.path() + " " + reason.what + " "
                        + Stream.concat(
                                        quotes.stream().map(q -> "quote “" + echo(q.text()) + "” (" + q.id() + ")"),
                                        events.stream()
                                                .map(e -> "the dating phrase “" + echo(e.phrase()) + "” of event “"
                                                        + echo(e.title()) + "” (" + e.id() + ")"))
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("nothing")
                        + ". " + reason.advice);
        this.quotes = List.copyOf(quotes);
        this.events = List.copyOf(events);
    }

    public List<QuoteId> quotes() {
        return quotes.stream().map(Quote::id).toList();
    }

    public List<EventId> events() {
        return events.stream().map(TimelineEvent::id).toList();
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("quoteIds", quotes().stream().map(QuoteId::toString).toList());
        properties.put("eventIds", events().stream().map(EventId::toString).toList());
        properties.put(
                "quotes",
                quotes.stream()
                        .map(q -> Map.of("id", q.id().toString(), "text", q.text()))
                        .toList());
        properties.put(
                "events",
                events.stream()
                        .map(e -> Map.of("id", e.id().toString(), "title", e.title(), "phrase", e.phrase()))
                        .toList());
        return properties;
    }
}
