package com.newsdesk.persistence.change;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.change.StoryChange;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a notification carries, so that a listening node needs no query to act on it:
 * {@code sequence,article,kind,revision,instant}, such as {@code 42,bfd56bd5-...,corrected,3,2026-11-27T10:00:00Z}.
 */
final class ChangePayload {

    private ChangePayload() {}

    static String of(StoryChange change) {
        return change.sequence() + "," + change.article() + "," + change.kind().code() + "," + change.revision() + ","
                + change.at();
    }

    /** The change a payload names, or empty when it is not one (another sender on the channel, a newer format). */
    static Optional<StoryChange> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(",", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            Optional<ChangeKind> kind = ChangeKind.fromCode(parts[2]);
            return kind.map(k -> new StoryChange(
                    Long.parseLong(parts[0]),
                    new ArticleId(UUID.fromString(parts[1])),
                    k,
                    Integer.parseInt(parts[3]),
                    Instant.parse(parts[4])));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
