package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.CorrectionId;
import java.util.Optional;

/**
 * Remembers which request each editor's idempotency key was first used for, so that a retry replays the first answer
 * instead of applying the correction again. Keys are scoped per editor.
 */
public interface IdempotencyKeys {

    /**
     * Claims {@code key} for this request inside the caller's transaction. When another transaction holds a claim on
     * the same key, waits for it to end: if it committed, the key counts as used; if it rolled back, this claim wins.
     *
     * @return empty when this request now holds the key; otherwise the earlier use of it
     */
    Optional<PriorUse> claim(String editor, String key, String fingerprint);

    /** Records the correction this key produced; called in the same transaction as {@link #claim}. */
    void complete(String editor, String key, CorrectionId correction);

    /** An earlier request with the same key: what it looked like, and the correction it produced. */
    record PriorUse(String fingerprint, CorrectionId correction) {}
}
