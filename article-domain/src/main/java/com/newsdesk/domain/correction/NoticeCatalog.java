package com.newsdesk.domain.correction;

import com.newsdesk.domain.failure.Violations;
import com.newsdesk.domain.transaction.Transactions;
import java.util.List;
import java.util.Objects;

/** The newest public correction notices across every article: what a corrections feed shows. */
public final class NoticeCatalog {

    /** A feed is a window on the latest notices, never the whole history. */
    public static final int MAX_LATEST = 100;

    private final NoticeQueries notices;
    private final Transactions transactions;

    public NoticeCatalog(NoticeQueries notices, Transactions transactions) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** @throws com.newsdesk.domain.failure.InvalidInputException when {@code limit} is not 1 to {@link #MAX_LATEST} */
    public List<NoticeEntry> latest(int limit) {
        new Violations()
                .check(limit >= 1 && limit <= MAX_LATEST, "limit", "must be between 1 and " + MAX_LATEST)
                .throwIfAny();
        return transactions.readOnly(() -> notices.latest(limit));
    }
}
