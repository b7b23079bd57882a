package com.newsdesk.domain.article;

import java.util.Locale;

/** Who can be quoted: a person, or an institution speaking through a report or a statement. */
public enum SpeakerKind {
    PERSON,
    ORGANIZATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SpeakerKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
