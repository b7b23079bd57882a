package com.newsdesk.api.web;

import com.newsdesk.api.problem.PreconditionFailedException;
import com.newsdesk.domain.failure.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * The article's entity tag: strong, and naming its revision ({@code "r3"}), so it changes with every correction and
 * an editor's {@code If-Match} says which revision the correction was made against.
 */
public final class ArticleETag {

    private static final Pattern OURS = Pattern.compile("r([1-9][0-9]{0,8})");
    private static final String IF_MATCH_FORMAT =
            "must be the article's ETag, quotes included, such as \"r3\" (or several, separated by commas)";

    private ArticleETag() {}

    public static String of(int revision) {
        return "\"r" + revision + "\"";
    }

    /** An entity tag as RFC 9110 writes it: {@code "opaque"} or {@code W/"opaque"}. */
    record EntityTag(boolean weak, String opaque) {}

    /**
     * The entity tags of an {@code If-Match} header: a comma-separated list, each {@code "..."} or {@code W/"..."}.
     *
     * @throws InvalidInputException (400) when the header is not such a list: {@code r4}, {@code "r4}, {@code ' OR 1=1}
     */
    static List<EntityTag> entityTags(String header) {
        List<EntityTag> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (true) {
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            boolean weak = header.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            if (i >= n || header.charAt(i) != '"') {
                throw InvalidInputException.of("If-Match", IF_MATCH_FORMAT);
            }
            int close = header.indexOf('"', i + 1);
            if (close < 0) {
                throw InvalidInputException.of("If-Match", IF_MATCH_FORMAT);
            }
            String opaque = header.substring(i + 1, close);
            if (!opaque.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x7E))) {
                throw InvalidInputException.of("If-Match", IF_MATCH_FORMAT);
            }
            tags.add(new EntityTag(weak, opaque));
            i = close + 1;
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            if (i == n) {
                return tags;
            }
            if (header.charAt(i) != ',') {
                throw InvalidInputException.of("If-Match", IF_MATCH_FORMAT);
            }
            i++;
        }
    }

    /**
     * The revision a correction is made against: the newest one {@code If-Match} names (a list may name several).
     * Weak tags never match (RFC 9110 compares If-Match strongly), and neither does a tag that is not one of ours:
     * empty then, which can only be stale.
     *
     * @throws InvalidInputException (400) when the header is not a list of entity tags
     */
    public static OptionalInt revisionIn(String ifMatch) {
        return entityTags(ifMatch).stream()
                .filter(tag -> !tag.weak())
                .map(tag -> OURS.matcher(tag.opaque()))
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max();
    }

    /**
     * Checks a read's preconditions against the article it would answer with, before the answer is built: a
     * {@code If-Match} that names none of its current revision, or an {@code If-Unmodified-Since} before its last change,
     * is a 412 problem that carries the current ETag. Spring evaluates both again on the answer, with the same outcome.
     * Without {@code lastModified} (an answer without Last-Modified), If-Unmodified-Since does not apply.
     *
     * @throws PreconditionFailedException (412) when a precondition does not hold
     * @throws InvalidInputException (400) when {@code If-Match} is malformed
     */
    public static void checkPreconditions(HttpServletRequest request, int revision, Instant lastModified) {
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch != null) {
            if (ifMatch.strip().equals("*")) {
                return;
            }
            boolean matches = entityTags(ifMatch).stream()
                    .anyMatch(tag -> !tag.weak() && tag.opaque().equals("r" + revision));
            if (!matches) {
                throw new PreconditionFailedException(of(revision), null);
            }
            return;
        }
        if (lastModified == null) {
            return;
        }
        long unmodifiedSince;
        try {
            unmodifiedSince = request.getDateHeader(HttpHeaders.IF_UNMODIFIED_SINCE);
        } catch (IllegalArgumentException notADate) {
            return; // RFC 9110: a recipient ignores an invalid date
        }
        if (unmodifiedSince >= 0 && unmodifiedSince < lastModified.toEpochMilli() / 1000 * 1000) {
            throw new PreconditionFailedException(of(revision), null);
        }
    }
}
