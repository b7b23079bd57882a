package com.newsdesk.persistence.correction;

import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.correction.IdempotencyKeys;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in {@code idempotency_key}. The claim is an {@code INSERT ... ON CONFLICT DO NOTHING}: PostgreSQL
 * makes a second inserter of the same key wait until the first transaction ends, then either sees the committed key
 * (nothing inserted) or, if the first rolled back, inserts its own. So two concurrent requests with one key apply once.
 */
@Repository
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;

    JdbcIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PriorUse> claim(String editor, String key, String fingerprint) {
        int claimed = jdbc.sql(
                        "insert into idempotency_key (editor, key, fingerprint) values (?, ?, ?) on conflict do nothing")
                .param(editor)
                .param(key)
                .param(fingerprint)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql(
                        "select fingerprint, correction_id from idempotency_key where editor = ? and key = ?")
                .param(editor)
                .param(key)
                .query((rs, n) -> new PriorUse(
                        rs.getString("fingerprint"), new CorrectionId(rs.getObject("correction_id", UUID.class))))
                .single());
    }

    @Override
    public void complete(String editor, String key, CorrectionId correction) {
        jdbc.sql("update idempotency_key set correction_id = ? where editor = ? and key = ?")
                .param(correction.value())
                .param(editor)
                .param(key)
                .update();
    }
}
