package com.newsdesk.domain.quote;

import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.failure.Violations;
import com.newsdesk.domain.search.SearchOrder;
import java.util.Objects;

/**
 * Which quotes to list: said by {@code speaker} (a name or any alias, compared without case, accents, dots or a
 * leading "the"), said within {@code said} (a quote matches when the span of days it may have been said overlaps the
 * range; or said by the speaker {@code speakerId}), and containing {@code words} (web-search syntax), in {@code order}: by default when they were said (oldest
 * first), or the best match first when asked.
 */
public record QuoteSearch(String speaker, SpeakerId speakerId, DateRange said, String words, SearchOrder order) {

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
        order = SearchOrder.resolve(order, words != null, SearchOrder.OLDEST);
    }

    public QuoteSearch(String speaker, DateRange said, String words, SearchOrder order) {
        this(speaker, null, said, words, order);
    }

    public QuoteSearch(String speaker, DateRange said, String words) {
        this(speaker, null, said, words, null);
    }

    /** Everything one speaker said, in the order it was said. */
    public static QuoteSearch by(SpeakerId speaker) {
        return new QuoteSearch(null, speaker, DateRange.ALL, null, null);
    }
}
