package com.newsdesk.api.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure (Scrapinghub's {@code evaluate.py}, re-written here): a text is the
 * multiset of its shingles, runs of four word tokens; one page's true positives, false positives and false negatives
 * are the shingles both texts share, only the extraction has, only the truth has, divided by their sum so that a long
 * page weighs no more than a short one. Precision and recall are means over the pages (precision over pages where
 * something was extracted or expected, recall over pages where something was expected), F1 their harmonic mean.
 */
record ShingleScore(double tp, double fp, double fn) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page: the extraction against the truth. */
    static ShingleScore of(String truth, String extracted) {
        Map<List<String>, Integer> expected = shingles(truth);
        Map<List<String>, Integer> got = shingles(extracted);
        Set<List<String>> all = new HashSet<>(expected.keySet());
        all.addAll(got.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> shingle : all) {
            int t = expected.getOrDefault(shingle, 0);
            int p = got.getOrDefault(shingle, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }

    /** Precision, recall and F1 over pages, as the benchmark reports them. */
    record Summary(double precision, double recall, double f1, int pages) {}

    static Summary summarise(List<ShingleScore> pages) {
        double precision = pages.stream()
                .filter(s -> s.tp + s.fp > 0)
                .mapToDouble(ShingleScore::precision)
                .average()
                .orElse(0);
        double recall = pages.stream()
                .filter(s -> s.tp + s.fn > 0)
                .mapToDouble(ShingleScore::recall)
                .average()
                .orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.size());
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Every run of four tokens, counted; a text of fewer tokens is one shingle of all of them. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }
}
