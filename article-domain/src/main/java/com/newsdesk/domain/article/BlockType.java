package com.newsdesk.domain.article;

import java.util.Locale;

/** What a body block is: prose, an embedded video, or a promotional line the page carries inside the story. */
public enum BlockType {
    PARAGRAPH,
    VIDEO,
    PROMO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BlockType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
