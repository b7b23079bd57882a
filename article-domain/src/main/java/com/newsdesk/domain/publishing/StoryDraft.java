package com.newsdesk.domain.publishing;

import com.newsdesk.domain.article.ImportNote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A whole story as a reporter or the importer sends it, before any rule was checked: the masthead, the body blocks
 * in reading order (ids optional), the quotes with their speakers by name, and the dated events. {@link StoryRules}
 * checks it, fault by fault, and makes a {@code Story} of it.
 */
public record StoryDraft(
        String headline,
        String standfirst,
        List<String> bylines,
        String dateline,
        String publisher,
        List<Block> body,
        List<QuoteDraft> quotes,
        List<EventDraft> timeline,
        ImportNote importNote) {

    /** A story written by hand: no import note. */
    public StoryDraft(
            String headline,
            String standfirst,
            List<String> bylines,
            String dateline,
            String publisher,
            List<Block> body,
            List<QuoteDraft> quotes,
            List<EventDraft> timeline) {
        this(headline, standfirst, bylines, dateline, publisher, body, quotes, timeline, null);
    }

    public StoryDraft {
        bylines = listed(bylines);
        body = listed(body);
        quotes = listed(quotes);
        timeline = listed(timeline);
    }

    /** A list as sent: none is empty, and a missing item stays, for the rules to name its place. */
    static <T> List<T> listed(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }

    /**
     * A body block: {@code type} is {@code paragraph}, {@code video} or {@code promo}; a video has the day it was
     * published and its length, and may have a caption as text.
     */
    public record Block(String id, String type, String text, LocalDate videoPublishedOn, Long videoDurationSeconds) {}

    /**
     * A quotation: the block it stands in, who said it (by name, with any other names they go by; a person unless
     * {@code speakerKind} says {@code organization}), the words inside the marks, and, when the story says, when.
     */
    public record QuoteDraft(
            String blockId,
            String speakerName,
            List<String> speakerAliases,
            String speakerKind,
            String text,
            Boolean partial,
            LocalDate saidOn,
            LocalDate saidUntil,
            String saidPrecision,
            Boolean saidApproximate,
            String context) {

        public QuoteDraft {
            speakerAliases = listed(speakerAliases);
        }
    }

    /** A dated event: the block its dating phrase stands in, a short title, the span and how precise it is. */
    public record EventDraft(
            String blockId,
            String title,
            LocalDate start,
            LocalDate end,
            String precision,
            Boolean approximate,
            String phrase) {}
}
