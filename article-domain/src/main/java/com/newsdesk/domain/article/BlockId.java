package com.newsdesk.domain.article;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A body block's id: stable for the life of the article (corrections never renumber blocks) and unique within it.
 * Short and readable, such as {@code b6}, so editors can type it in Swagger UI.
 */
public record BlockId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public BlockId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a block id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
