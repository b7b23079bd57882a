package com.newsdesk.domain.quote;

import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.transaction.Transactions;
import java.util.Objects;

/** Who said what, across every article. */
public final class QuoteCatalog {

    private final QuoteQueries quotes;
    private final Transactions transactions;

    public QuoteCatalog(QuoteQueries quotes, Transactions transactions) {
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public Page<QuoteEntry> search(QuoteSearch search, PageRequest page) {
        return transactions.readOnly(() -> quotes.search(search, page));
    }
}
