package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleNotFoundException;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.transaction.Transactions;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Editors correcting published stories. One correction is one transaction: the key claim, the text change, the new
 * revision and its document, the correction record, its notice and the change event commit together or not at all, so
 * a request that was not acknowledged leaves no trace and one that was survives.
 */
public final class CorrectionService {

    private final ArticleRepository articles;
    private final RevisionHistory history;
    private final IdempotencyKeys idempotencyKeys;
    private final Transactions transactions;
    private final Clock clock;

    public CorrectionService(
            ArticleRepository articles,
            RevisionHistory history,
            IdempotencyKeys idempotencyKeys,
            Transactions transactions,
            Clock clock) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.history = Objects.requireNonNull(history, "history");
        this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Applies {@code command}, or replays the answer to the first request made with the same idempotency key.
     *
     * @throws ArticleNotFoundException when the article does not exist
     * @throws IdempotencyKeyReusedException when the key was used before for a different request
     * @throws com.newsdesk.domain.article.StaleRevisionException when the editor's revision is no longer current
     */
    public CorrectionReceipt correct(CorrectionCommand command) {
        ArticleReference reference = ArticleReference.parse(command.article());
        // The transaction starts here: claiming the key first makes a concurrent retry wait for this one to finish.
        return transactions.inTransaction(() -> {
            if (command.idempotencyKey() != null) {
                Optional<CorrectionReceipt> replay = replayOf(command);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            Article article = articles.lockForChange(reference)
                    .orElseThrow(() -> new ArticleNotFoundException(command.article()));
            ArticleChange change = article.correct(
                    command.correction(), command.expectedRevision(), command.editor(), clock.instant());
            articles.write(article, change);
            AppliedCorrection applied = change.correction();
            if (command.idempotencyKey() != null) {
                idempotencyKeys.complete(command.editor(), command.idempotencyKey(), applied.id());
            }
            return new CorrectionReceipt(applied, false);
        });
    }

    private Optional<CorrectionReceipt> replayOf(CorrectionCommand command) {
        String fingerprint = command.fingerprint();
        return idempotencyKeys
                .claim(command.editor(), command.idempotencyKey(), fingerprint)
                .map(prior -> {
                    if (!prior.fingerprint().equals(fingerprint)) {
                        throw new IdempotencyKeyReusedException();
                    }
                    ArticleId article = articles.idOf(ArticleReference.parse(command.article()))
                            .orElseThrow(() -> new ArticleNotFoundException(command.article()));
                    AppliedCorrection first = history.correction(article, prior.correction())
                            .orElseThrow(() -> new IllegalStateException(
                                    "idempotency key points at a missing correction " + prior.correction()));
                    return new CorrectionReceipt(first, true);
                });
    }
}
