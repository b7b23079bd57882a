package com.newsdesk.api.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A strong entity tag for an answer that is not one article's revision (a feed): a digest of its bytes, so it
 * changes exactly when the answer does. Prefixed so it can never be mistaken for an article's {@code "r3"}.
 */
final class ContentETag {

    private ContentETag() {}

    static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"f-" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
