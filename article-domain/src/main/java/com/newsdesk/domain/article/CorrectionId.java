package com.newsdesk.domain.article;

import java.util.Objects;
import java.util.UUID;

public record CorrectionId(UUID value) {
    public CorrectionId {
        Objects.requireNonNull(value, "value");
    }

    public static CorrectionId newId() {
        return new CorrectionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
