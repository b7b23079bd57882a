package com.newsdesk.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fuzz input read as lines of form-encoded text, {@code from=2017-11&to=2017-11-30}, one request a line. The fuzzer
 * works on raw bytes; reading them this way lets the seed inputs under {@code src/test/resources} be written and read
 * by people, while percent-escapes ({@code %00}, {@code %E2%80%9C}) still reach every character a request can carry.
 */
public final class FormInput {

    private final List<String[]> pairs;

    private FormInput(List<String[]> pairs) {
        this.pairs = pairs;
    }

    /** Every line of {@code input} as a form; a pair whose escapes are malformed is left out, as a server would. */
    public static List<FormInput> lines(byte[] input) {
        List<FormInput> forms = new ArrayList<>();
        for (String line : new String(input, StandardCharsets.UTF_8).split("\n", -1)) {
            forms.add(parse(line));
        }
        return forms;
    }

    /** The first line of {@code input} as a form. */
    public static FormInput first(byte[] input) {
        return lines(input).get(0);
    }

    private static FormInput parse(String line) {
        List<String[]> pairs = new ArrayList<>();
        for (String pair : line.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            try {
                pairs.add(new String[] {
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)
                });
            } catch (IllegalArgumentException malformedEscape) {
                // "%zz" cannot be decoded; a server answers 400 before the domain sees it.
            }
        }
        return new FormInput(pairs);
    }

    /** The first value of {@code name}, or {@code null} when it is absent. */
    public String get(String name) {
        // Compared with equals, one name at a time, so that the fuzzer's comparison hooks can learn the names.
        for (String[] pair : pairs) {
            if (pair[0].equals(name)) {
                return pair[1];
            }
        }
        return null;
    }

    public boolean has(String name) {
        return get(name) != null;
    }
}
