package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DateSpan;
import java.util.Objects;

/**
 * Words someone said, exactly as the article prints them between its quotation marks.
 *
 * @param text the verbatim words inside the quotation marks; they stand, letter for letter, in block {@code blockId}
 * @param partial true when the article quotes only part of a sentence ("were “strikingly similar” to …")
 * @param said when the words were said, as precisely as the article allows; null in a draft that does not say (the
 *     story dates it at publication)
 * @param context how the article attributes them, such as "told NBC News"; may be null
 */
public record Quote(
        QuoteId id, BlockId blockId, Speaker speaker, String text, boolean partial, DateSpan said, String context) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a quote has words");
        }
    }

    Quote withText(String newText) {
        return new Quote(id, blockId, speaker, newText, partial, said, context);
    }

    Quote withSaid(DateSpan newSaid) {
        return new Quote(id, blockId, speaker, text, partial, newSaid, context);
    }
}
