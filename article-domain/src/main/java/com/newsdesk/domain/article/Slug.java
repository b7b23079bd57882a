package com.newsdesk.domain.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The article's permanent, human-readable name in URLs: lower-case ASCII words joined by single hyphens, at most 200
 * characters, with at least one letter so it can never be mistaken for an article id. A slug never changes once
 * published, not even when the headline is corrected: links to the story must keep working.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LETTER = Pattern.compile(".*[a-z].*");

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value.length() <= MAX_LENGTH
                && SHAPE.matcher(value).matches()
                && !ArticleReference.looksLikeId(value)
                && LETTER.matcher(value).matches();
    }

    /** The slug a headline suggests: accents dropped, everything else that is not a letter or digit a hyphen. */
    public static Slug fromHeadline(String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String words =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        words = cut(words);
        if (!words.isEmpty() && !isValid(words)) {
            // Digits alone ("9/11", "2017") or an id's shape: a letter in front keeps it from reading as an id.
            words = cut("story-" + words);
        }
        return new Slug(words.isEmpty() ? "story" : words);
    }

    private static String cut(String words) {
        return words.length() > MAX_LENGTH ? words.substring(0, MAX_LENGTH).replaceAll("-+$", "") : words;
    }

    @Override
    public String toString() {
        return value;
    }
}
