package com.newsdesk.domain.quote;

import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.failure.Violations;
import java.util.Objects;

/**
 * Which quotes to list: said by {@code speaker} (a name or any alias, compared as {@link Speaker#fold} compares them),
 * said within {@code said} (a quote matches when the span of days it may have been said overlaps the range), and
 * containing {@code words}.
 */
public record QuoteSearch(String speaker, DateRange said, String words) {

    public static final int MAX_SPEAKER = 200;
    public static final int MAX_WORDS = 200;

    public QuoteSearch {
        Objects.requireNonNull(said, "said");
        new Violations()
                .optionalText("speaker", speaker, MAX_SPEAKER)
                .optionalText("q", words, MAX_WORDS)
                .throwIfAny();
        speaker = speaker == null || speaker.isBlank() ? null : Speaker.fold(speaker);
        words = words == null || words.isBlank() ? null : words.strip();
    }
}
