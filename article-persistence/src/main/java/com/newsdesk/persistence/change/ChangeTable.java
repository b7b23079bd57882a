package com.newsdesk.persistence.change;

import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.change.StoryChange;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends a committed change to {@code article_change} and announces it. The row goes in with the change's own
 * transaction, so it exists exactly when the change does. The announcement is {@code pg_notify}, which PostgreSQL
 * delivers to every listening node only at commit (and never for a rollback); this node also hears of it at once,
 * after its own commit, so its next read is current without waiting for the round trip.
 *
 * <p>Sequence numbers are handed out under a transaction-level advisory lock taken just before the insert and held to
 * commit: two writers cannot commit sequence 8 before 7, so a client of the change stream that has seen n has seen
 * everything before n. The lock is taken last in each write, so writers queue only for the commit itself.
 */
@Component
public class ChangeTable {

    /** The advisory lock that orders change sequence numbers; any constant the application uses nowhere else. */
    static final long SEQUENCE_LOCK = 0x4E_65_77_73_64_65_73_6BL; // "Newsdesk"

    /** The channel every node listens on. */
    public static final String CHANNEL = "article_change";

    private final JdbcClient jdbc;
    private final ChangeSubscribers subscribers;

    ChangeTable(JdbcClient jdbc, ChangeSubscribers subscribers) {
        this.jdbc = jdbc;
        this.subscribers = subscribers;
    }

    /** Must run inside the change's transaction. */
    public StoryChange append(ArticleChange change) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SEQUENCE_LOCK).query().listOfRows();
        long sequence = jdbc.sql("""
                        insert into article_change (article_id, kind, revision, editor, changed_at)
                        values (?, ?, ?, ?, ?) returning sequence
                        """)
                .param(change.articleId().value())
                .param(change.kind().code())
                .param(change.revision())
                .param(change.editor())
                .param(Timestamp.from(change.at()))
                .query(Long.class)
                .single();
        StoryChange committed =
                new StoryChange(sequence, change.articleId(), change.kind(), change.revision(), change.at());
        jdbc.sql("select pg_notify(?, ?)")
                .param(CHANNEL)
                .param(ChangePayload.of(committed))
                .query()
                .listOfRows();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                subscribers.changed(committed);
            }
        });
        return committed;
    }
}
