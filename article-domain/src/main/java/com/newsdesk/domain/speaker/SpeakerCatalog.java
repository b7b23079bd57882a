package com.newsdesk.domain.speaker;

import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.quote.QuoteEntry;
import com.newsdesk.domain.quote.QuoteQueries;
import com.newsdesk.domain.quote.QuoteSearch;
import com.newsdesk.domain.transaction.Transactions;
import java.util.Objects;

/** The people and institutions stories quote: who they are, what they are also called, and what they said when. */
public final class SpeakerCatalog {

    private final SpeakerQueries speakers;
    private final QuoteQueries quotes;
    private final Transactions transactions;

    public SpeakerCatalog(SpeakerQueries speakers, QuoteQueries quotes, Transactions transactions) {
        this.speakers = Objects.requireNonNull(speakers, "speakers");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public Page<SpeakerEntry> search(SpeakerSearch search, PageRequest page) {
        return transactions.readOnly(() -> speakers.search(search, page));
    }

    /**
     * The speaker, with a page of their quotes in the order they were said.
     *
     * @throws SpeakerNotFoundException when no published story quotes them
     */
    public SpeakerQuotes quotesOf(SpeakerId id, PageRequest page) {
        return transactions.readOnly(() -> {
            SpeakerEntry speaker = speakers.find(id).orElseThrow(() -> new SpeakerNotFoundException(id));
            return new SpeakerQuotes(speaker, quotes.search(QuoteSearch.by(id), page));
        });
    }

    /** A speaker and a page of what they said. */
    public record SpeakerQuotes(SpeakerEntry speaker, Page<QuoteEntry> quotes) {}
}
