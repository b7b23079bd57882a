package com.newsdesk.domain.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the newsroom accepts as text. Every piece of text the service stores obeys {@link #fault}; what a reader is
 * meant to see (a headline, a paragraph, an event's title, a correction notice) must also be visible; and what is
 * shown on one line (a headline, an event's title) must be a single line.
 *
 * <ul>
 *   <li><b>Storable</b>: no control characters (C0 and C1) other than tab, line feed and carriage return; no unpaired
 *       UTF-16 surrogates (they cannot be encoded); no bidirectional embeddings, overrides or isolates (U+202A-U+202E,
 *       U+2066-U+2069), which reorder the text around them so that what a reader sees is not what was written; no
 *       noncharacters (U+FDD0-U+FDEF and U+xxFFFE/U+xxFFFF), which Unicode reserves for internal use. Bidi marks
 *       (U+200E, U+200F, U+061C) are fine: they only nudge neutral characters.
 *   <li><b>Visible</b>: storable, and at least one character draws something: a letter, digit, punctuation mark or
 *       symbol. Whitespace of every kind (U+00A0 counts as a space), format characters (U+200B, U+FEFF, joiners),
 *       combining marks on their own, and the fillers that draw nothing (Hangul fillers, the blank Braille pattern)
 *       do not count.
 *   <li><b>Single line</b>: visible, without tabs, line feeds, carriage returns, or the line and paragraph separators
 *       U+2028 and U+2029.
 * </ul>
 *
 * Plain Java, no state: the rules of every module that writes text (corrections now, drafts and imports next).
 */
public final class Text {

    private Text() {}

    /** Why {@code value} may not be stored as text, or {@code null} when it may. */
    public static String fault(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c == 0) {
                return "must not contain NUL characters";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (found " + codePoint(c) + ")";
            }
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return "must not contain unpaired surrogates";
            }
            if (isBidiControl(c)) {
                return "must not contain bidirectional embeddings, overrides or isolates (found " + codePoint(c) + ")";
            }
            if (isNoncharacter(c)) {
                return "must not contain noncharacters (found " + codePoint(c) + ")";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** Why {@code value} is not a visible text (it may span several lines), or {@code null} when it is. */
    public static String visibleFault(String value) {
        String fault = fault(value);
        if (fault != null) {
            return fault;
        }
        return value.codePoints().anyMatch(Text::draws) ? null : "must not be blank";
    }

    /** Why {@code value} is not a visible single line of text, or {@code null} when it is. */
    public static String singleLineFault(String value) {
        String fault = visibleFault(value);
        if (fault != null) {
            return fault;
        }
        int breaking = lineBreak(value);
        return breaking < 0
                ? null
                : "must be a single line, without tabs or line breaks (found " + codePoint(breaking) + ")";
    }

    /** True when {@code value} holds a tab or a line break of any kind. */
    public static boolean breaksLines(String value) {
        return lineBreak(value) >= 0;
    }

    private static int lineBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return c;
            }
        }
        return -1;
    }

    public static boolean isVisible(String value) {
        return visibleFault(value) == null;
    }

    public static boolean isVisibleSingleLine(String value) {
        return singleLineFault(value) == null;
    }

    /**
     * Where {@code find} does not occur in {@code text}, but would if its straight quotes, apostrophes, hyphens and
     * dots were typographic ({@code '} for ’ or ‘, {@code "} for “ or ”, {@code -} for – or —, {@code ...} for …):
     * that one occurrence, as the text has it. Empty when there is no such occurrence, or more than one.
     */
    public static Optional<String> typographicVariant(String text, String find) {
        StringBuilder pattern = new StringBuilder();
        boolean loose = false;
        for (int i = 0; i < find.length(); i++) {
            char c = find.charAt(i);
            if (c == '\'') {
                pattern.append("['‘’]");
                loose = true;
            } else if (c == '"') {
                pattern.append("[\"“”]");
                loose = true;
            } else if (c == '-') {
                pattern.append("[-–—]");
                loose = true;
            } else if (find.startsWith("...", i)) {
                pattern.append("(?:\\.\\.\\.|…)");
                loose = true;
                i += 2;
            } else {
                pattern.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (!loose) {
            return Optional.empty();
        }
        Matcher matcher = Pattern.compile(pattern.toString()).matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String found = matcher.group();
        return matcher.find() ? Optional.empty() : Optional.of(found);
    }

    /** True for a character that draws something on its own. */
    private static boolean draws(int c) {
        if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800) {
            return false; // Hangul fillers and the blank Braille pattern: letters and symbols that draw nothing
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL,
                    Character.COMBINING_SPACING_MARK -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
