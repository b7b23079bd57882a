package com.newsdesk.api.web;

import com.newsdesk.domain.search.Snippet;

/**
 * A search snippet as HTML: the text escaped first (so a story's {@code <script>} or {@code &amp;} shows as written),
 * then each match wrapped in {@code <mark>}. Safe to put inside an element as it is.
 */
public final class SnippetHtml {

    public static final String DESCRIPTION = "For a word search (q): the passage that matches, as HTML: the text"
            + " escaped, each match inside <mark>...</mark>. Absent otherwise.";

    private SnippetHtml() {}

    public static String of(Snippet snippet) {
        if (snippet == null) {
            return null;
        }
        String text = snippet.marked();
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case Snippet.START -> html.append("<mark>");
                case Snippet.STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
