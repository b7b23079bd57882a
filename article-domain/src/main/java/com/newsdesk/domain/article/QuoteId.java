package com.newsdesk.domain.article;

import java.util.Objects;
import java.util.UUID;

public record QuoteId(UUID value) {
    public QuoteId {
        Objects.requireNonNull(value, "value");
    }

    public static QuoteId newId() {
        return new QuoteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
