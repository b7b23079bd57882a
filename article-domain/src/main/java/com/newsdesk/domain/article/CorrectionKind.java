package com.newsdesk.domain.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why published text changed. Every kind but {@link #TYPO} tells readers with a public notice and so needs a note; a
 * typo fix is still a revision, but silent.
 */
public enum CorrectionKind {
    CORRECTION,
    CLARIFICATION,
    UPDATE,
    TYPO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPublic() {
        return this != TYPO;
    }

    public static Optional<CorrectionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
