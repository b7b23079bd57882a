package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.AppliedCorrection;
import java.util.Objects;

/**
 * The answer to a correction request: the correction, and whether it was applied now or is a replay of the first
 * request made with the same idempotency key (in which case nothing was applied again).
 */
public record CorrectionReceipt(AppliedCorrection correction, boolean replayed) {
    public CorrectionReceipt {
        Objects.requireNonNull(correction, "correction");
    }
}
