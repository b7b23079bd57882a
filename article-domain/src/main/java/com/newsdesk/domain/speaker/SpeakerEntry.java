package com.newsdesk.domain.speaker;

import com.newsdesk.domain.article.Speaker;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person or institution as the speaker directory lists them: their name, kind and aliases, how many quotes of
 * published stories they have, and the first and last day those may have been said (null when they have none).
 */
public record SpeakerEntry(Speaker speaker, long quoteCount, LocalDate firstSaid, LocalDate lastSaid) {

    public SpeakerEntry {
        Objects.requireNonNull(speaker, "speaker");
        if (quoteCount < 0) {
            throw new IllegalArgumentException("a count is not negative");
        }
    }
}
