package com.newsdesk.api.pages;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.BlockResponse;
import com.newsdesk.api.article.EventResponse;
import com.newsdesk.api.article.QuoteResponse;
import com.newsdesk.api.format.PageFormats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A body block cut into runs of plain text, quotations (with who said them) and dating phrases (with the date they
 * give), found where the article says they stand: each quote's words and each event's phrase verbatim in its block.
 */
public record Marked(BlockResponse block, List<Run> runs) {

    /** A run of the block's text; {@code kind} is text, quote or event; {@code index} is the quote's or event's. */
    public record Run(String kind, String text, String note, int index) {
        public boolean quote() {
            return kind.equals("quote");
        }

        public boolean event() {
            return kind.equals("event");
        }
    }

    private record Span(int start, int end, String kind, String note, int index) {}

    static List<Marked> body(ArticleResponse article, boolean withEvents) {
        List<Marked> blocks = new ArrayList<>();
        for (BlockResponse block : article.body()) {
            blocks.add(block(article, block, withEvents));
        }
        return blocks;
    }

    private static Marked block(ArticleResponse article, BlockResponse block, boolean withEvents) {
        String text = block.text() == null ? "" : block.text();
        List<Span> spans = new ArrayList<>();
        List<QuoteResponse> quotes = article.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteResponse quote = quotes.get(i);
            if (quote.blockId().equals(block.id())) {
                place(spans, text, quote.text(), "quote", quote.speaker().name(), i);
            }
        }
        if (withEvents) {
            List<EventResponse> events = article.timeline();
            for (int i = 0; i < events.size(); i++) {
                EventResponse event = events.get(i);
                if (event.blockId().equals(block.id()) && event.phrase() != null) {
                    place(spans, text, event.phrase(), "event", PageFormats.dateLabel(event), i);
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            if (span.start() > at) {
                runs.add(new Run("text", text.substring(at, span.start()), null, -1));
            }
            runs.add(new Run(span.kind(), text.substring(span.start(), span.end()), span.note(), span.index()));
            at = span.end();
        }
        if (at < text.length()) {
            runs.add(new Run("text", text.substring(at), null, -1));
        }
        return new Marked(block, runs);
    }

    /** Marks the first place the words stand that overlaps no mark yet; words not found stay unmarked. */
    private static void place(List<Span> spans, String text, String words, String kind, String note, int index) {
        if (words == null || words.isEmpty()) {
            return;
        }
        for (int from = text.indexOf(words); from >= 0; from = text.indexOf(words, from + 1)) {
            int start = from;
            int end = from + words.length();
            if (spans.stream().noneMatch(s -> s.start() < end && start < s.end())) {
                spans.add(new Span(start, end, kind, note, index));
                return;
            }
        }
    }
}
