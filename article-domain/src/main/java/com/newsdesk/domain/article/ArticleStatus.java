package com.newsdesk.domain.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a story is in its life. A draft is written and edited by the newsroom and read by no one else; a scheduled
 * story is a draft with a time set for its publication; a published story is public and changes only through
 * corrections; a retracted story stays readable at its address, marked retracted, but leaves every list.
 */
public enum ArticleStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    RETRACTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArticleStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** Whether anyone, signed in or not, may read the story at its address. */
    public boolean isReadableByAnyone() {
        return this == PUBLISHED || this == RETRACTED;
    }

    /** Whether the story appears in the public lists, the timeline, the quote search and the feeds. */
    public boolean isListed() {
        return this == PUBLISHED;
    }

    /** Whether the newsroom may still rewrite the story as a whole (before publication). */
    public boolean isEditable() {
        return this == DRAFT || this == SCHEDULED;
    }
}
