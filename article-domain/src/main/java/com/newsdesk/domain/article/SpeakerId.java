package com.newsdesk.domain.article;

import java.util.Objects;
import java.util.UUID;

public record SpeakerId(UUID value) {
    public SpeakerId {
        Objects.requireNonNull(value, "value");
    }

    public static SpeakerId newId() {
        return new SpeakerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
