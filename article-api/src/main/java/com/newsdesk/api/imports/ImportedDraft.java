package com.newsdesk.api.imports;

import com.newsdesk.domain.article.ImportNote;
import com.newsdesk.domain.publishing.StoryDraft;
import com.newsdesk.domain.publishing.StoryDraft.Block;
import com.newsdesk.domain.publishing.StoryDraft.EventDraft;
import com.newsdesk.domain.publishing.StoryDraft.QuoteDraft;
import com.newsdesk.domain.publishing.StoryLimits;
import com.newsdesk.domain.reading.ImportedStory;
import com.newsdesk.domain.reading.ImportedStory.ImportedEvent;
import com.newsdesk.domain.reading.ImportedStory.ImportedQuote;
import java.util.ArrayList;
import java.util.List;

/** An imported story as the draft {@code POST /api/articles} would take, within the story limits. */
final class ImportedDraft {

    private ImportedDraft() {}

    static StoryDraft of(ImportedStory story, String publisher, List<String> warnings, String sourceUrl) {
        List<String> paragraphs = story.paragraphs();
        if (paragraphs.size() > StoryLimits.BLOCKS) {
            warnings.add("the page has " + paragraphs.size() + " paragraphs; the draft keeps the first "
                    + StoryLimits.BLOCKS);
            paragraphs = paragraphs.subList(0, StoryLimits.BLOCKS);
        }
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            body.add(new Block("b" + (i + 1), "paragraph", cut(paragraphs.get(i), StoryLimits.BLOCK_TEXT), null, null));
        }
        int blocks = paragraphs.size();
        List<QuoteDraft> quotes = new ArrayList<>();
        for (ImportedQuote q : story.quotes()) {
            if (q.paragraph() >= blocks || quotes.size() >= StoryLimits.QUOTES) {
                continue;
            }
            String text = q.text();
            if (text.isBlank() || !body.get(q.paragraph()).text().contains(text)) {
                continue;
            }
            quotes.add(new QuoteDraft(
                    "b" + (q.paragraph() + 1),
                    cut(q.speaker(), StoryLimits.NAME),
                    List.of(),
                    q.organization() ? "organization" : "person",
                    text,
                    q.partial(),
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        List<EventDraft> events = new ArrayList<>();
        for (ImportedEvent e : story.events()) {
            if (e.paragraph() >= blocks || events.size() >= StoryLimits.EVENTS) {
                continue;
            }
            events.add(new EventDraft(
                    "b" + (e.paragraph() + 1),
                    cut(e.title(), StoryLimits.EVENT_TITLE),
                    e.span().start(),
                    e.span().end(),
                    e.span().precision().code(),
                    e.span().approximate(),
                    e.phrase()));
        }
        String headline = story.headline();
        if (headline == null || headline.isBlank()) {
            headline = cut(paragraphs.get(0).replaceAll("\\s+", " "), 120);
        }
        List<String> bylines = new ArrayList<>();
        for (String name : story.bylines()) {
            if (bylines.size() < StoryLimits.BYLINES && !name.isBlank()) {
                bylines.add(cut(name, StoryLimits.NAME));
            }
        }
        String standfirst = story.standfirst() == null ? null : cut(story.standfirst(), StoryLimits.STANDFIRST);
        String dateline = story.dateline() == null ? null : cut(story.dateline(), StoryLimits.DATELINE);
        ImportNote note = new ImportNote(
                sourceUrl,
                story.publishedOn(),
                warnings.stream().limit(100).map(w -> cut(w, 2000)).toList());
        return new StoryDraft(
                cut(headline.replaceAll("\\s+", " "), StoryLimits.HEADLINE),
                standfirst,
                bylines,
                dateline,
                cut(publisher, StoryLimits.PUBLISHER),
                body,
                quotes,
                events,
                note);
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
