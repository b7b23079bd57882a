package com.newsdesk.domain.speaker;

import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.failure.Violations;

/** Part of a speaker's name or alias, as a reader types it ({@code /api/speakers?q=the u.n.}); null lists everyone. */
public record SpeakerSearch(String words) {

    public static final int MAX_WORDS = 200;

    public SpeakerSearch {
        new Violations().optionalText("q", words, MAX_WORDS).throwIfAny();
        words = words == null || words.isBlank() ? null : Speaker.fold(words);
    }
}
