package com.newsdesk.api.pages;

/**
 * Turns "the whole text, edited" into the API's find/replace: the smallest run of whole words that contains every
 * change and occurs once in the text, and what replaces it. The domain still checks it (TextEdit, Article.correct).
 */
record TextChange(String find, String replace) {

    /** Null when the texts are the same. */
    static TextChange between(String before, String after) {
        if (before.equals(after)) {
            return null;
        }
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int start = wordStart(before, prefix);
        int end = wordEnd(before, before.length() - suffix);
        while (true) {
            String find = before.substring(start, end);
            if (!find.isBlank() && once(before, find)) {
                int afterEnd = after.length() - (before.length() - end);
                return new TextChange(find, after.substring(start, afterEnd));
            }
            if (start == 0 && end == before.length()) {
                return new TextChange(before, after);
            }
            start = wordStart(before, Math.max(0, start - 1));
            end = wordEnd(before, Math.min(before.length(), end + 1));
        }
    }

    private static boolean once(String text, String find) {
        int first = text.indexOf(find);
        return first >= 0 && text.indexOf(find, first + 1) < 0;
    }

    /** Back to the start of the word at {@code i} (and of any spaces before it). */
    private static int wordStart(String text, int i) {
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** On to the end of the word at {@code i}. */
    private static int wordEnd(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
