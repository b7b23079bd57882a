package com.newsdesk.api.pages;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word diff for people: the text after a change, with what went out and what came in marked, computed by
 * java-diff-utils (Myers) over words and the spaces between them.
 */
final class WordDiff {

    /** One run of text: kept, removed ({@code del}) or added ({@code ins}). */
    public record Part(String kind, String text) {
        public boolean kept() {
            return kind.equals("same");
        }

        public boolean removed() {
            return kind.equals("del");
        }

        public boolean added() {
            return kind.equals("ins");
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}’']+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {}

    static List<Part> between(String before, String after) {
        List<String> from = tokens(before == null ? "" : before);
        List<String> to = tokens(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int position = delta.getSource().getPosition();
            add(parts, "same", from.subList(at, position));
            add(parts, "del", delta.getSource().getLines());
            add(parts, "ins", delta.getTarget().getLines());
            at = position + delta.getSource().size();
        }
        add(parts, "same", from.subList(at, from.size()));
        return joined(parts);
    }

    /**
     * Changes only a space apart read as one: "A month" replaced by "About 10 weeks", rather than "A" by "About"
     * and "month" by "10 weeks".
     */
    private static List<Part> joined(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            if (parts.get(i).kept()) {
                out.add(parts.get(i++));
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            while (i < parts.size()) {
                Part part = parts.get(i);
                if (part.removed()) {
                    removed.append(part.text());
                } else if (part.added()) {
                    added.append(part.text());
                } else if (part.text().isBlank()
                        && i + 1 < parts.size()
                        && !parts.get(i + 1).kept()) {
                    removed.append(part.text());
                    added.append(part.text());
                } else {
                    break;
                }
                i++;
            }
            // A space both sides end with is kept, not changed.
            String tail = "";
            while (!removed.isEmpty()
                    && !added.isEmpty()
                    && Character.isWhitespace(removed.charAt(removed.length() - 1))
                    && removed.charAt(removed.length() - 1) == added.charAt(added.length() - 1)) {
                tail = removed.charAt(removed.length() - 1) + tail;
                removed.setLength(removed.length() - 1);
                added.setLength(added.length() - 1);
            }
            if (!removed.isEmpty()) {
                out.add(new Part("del", removed.toString()));
            }
            if (!added.isEmpty()) {
                out.add(new Part("ins", added.toString()));
            }
            if (!tail.isEmpty()) {
                if (i < parts.size() && parts.get(i).kept()) {
                    parts.set(i, new Part("same", tail + parts.get(i).text()));
                } else {
                    out.add(new Part("same", tail));
                }
            }
        }
        return out;
    }

    /** Whether the two texts differ at all. */
    static boolean changed(List<Part> parts) {
        return parts.stream().anyMatch(p -> !p.kept());
    }

    private static void add(List<Part> parts, String kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind().equals(kind)) {
            Part last = parts.remove(parts.size() - 1);
            text = last.text() + text;
        }
        parts.add(new Part(kind, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
