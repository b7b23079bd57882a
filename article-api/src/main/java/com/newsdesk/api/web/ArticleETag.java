package com.newsdesk.api.web;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's entity tag: strong, and naming its revision ({@code "r3"}), so it changes with every correction and
 * an editor's {@code If-Match} says which revision the correction was made against.
 */
public final class ArticleETag {

    private static final Pattern STRONG_TAG = Pattern.compile("\\s*\"r([1-9][0-9]{0,8})\"\\s*");

    private ArticleETag() {}

    public static String of(int revision) {
        return "\"r" + revision + "\"";
    }

    /**
     * The revisions an {@code If-Match} header names: a comma-separated list of strong tags. Weak tags never match
     * (RFC 9110 compares If-Match strongly), and neither does anything that is not one of ours.
     */
    public static int[] revisionsIn(String ifMatch) {
        return Arrays.stream(ifMatch.split(","))
                .map(STRONG_TAG::matcher)
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .toArray();
    }

    /**
     * The revision a correction is made against: the newest one {@code If-Match} names (a list may name several);
     * empty when it names none of ours, which can only be stale.
     */
    public static OptionalInt revisionIn(String ifMatch) {
        return Arrays.stream(revisionsIn(ifMatch)).max();
    }
}
