package com.newsdesk.domain.publishing;

import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.BlockType;
import com.newsdesk.domain.article.BodyBlock;
import com.newsdesk.domain.article.Byline;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.QuoteId;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerKind;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.article.Video;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.failure.Violation;
import com.newsdesk.domain.failure.Violations;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a story's parts keep, checked on a whole {@link StoryDraft} at once so that its author hears of every fault
 * in one answer, each named by its place ({@code body[2].text}, {@code quotes[0].text}, ...):
 *
 * <ul>
 *   <li>a headline and a publisher; every text within its {@link StoryLimits limit}; names, headline, dateline and
 *       titles on one line;
 *   <li>blocks without an id are numbered {@code b1}, {@code b2}, ... by their place; ids are unique and well formed;
 *       paragraphs and promos have text; a video has the day it was published and a positive length;
 *   <li>a quote names its speaker and its block, and its words stand verbatim in that block; so does an event's
 *       dating phrase;
 *   <li>an event's span matches its precision (a day is one day, a month one whole calendar month, a year one whole
 *       year; a span any range), and starts no later than it ends; so does a quote's date when it has one.
 * </ul>
 */
public final class StoryRules {

    /** Finds the speaker a quote names, or makes a new one. */
    public interface Speakers {
        Speaker named(String name, List<String> aliases, SpeakerKind kind);
    }

    private StoryRules() {}

    /**
     * The story the draft describes.
     *
     * @throws StoryRulesBrokenException listing every fault, when there is any
     */
    public static Story check(StoryDraft draft, Speakers speakers) {
        Faults v = new Faults();
        v.required("headline", draft.headline(), StoryLimits.HEADLINE, true);
        v.optional("standfirst", draft.standfirst(), StoryLimits.STANDFIRST, false);
        v.count("bylines", draft.bylines().size(), StoryLimits.BYLINES);
        for (int i = 0; i < draft.bylines().size(); i++) {
            v.required("bylines[" + i + "].name", draft.bylines().get(i), StoryLimits.NAME, true);
        }
        v.optional("dateline", draft.dateline(), StoryLimits.DATELINE, true);
        v.required("publisher", draft.publisher(), StoryLimits.PUBLISHER, true);

        v.count("body", draft.body().size(), StoryLimits.BLOCKS);
        List<BodyBlock> body = new ArrayList<>();
        Map<String, BodyBlock> blocks = new HashMap<>();
        for (int i = 0; i < draft.body().size(); i++) {
            block(draft.body().get(i), i, v).ifPresent(block -> {
                if (blocks.putIfAbsent(block.id().value(), block) != null) {
                    v.fault("body[" + body.size() + "].id", "'" + block.id() + "' is the id of an earlier block");
                }
                body.add(block);
            });
        }

        v.count("quotes", draft.quotes().size(), StoryLimits.QUOTES);
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < draft.quotes().size(); i++) {
            quote(draft.quotes().get(i), "quotes[" + i + "]", blocks, speakers, v)
                    .ifPresent(quotes::add);
        }

        v.count("timeline", draft.timeline().size(), StoryLimits.EVENTS);
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = 0; i < draft.timeline().size(); i++) {
            event(draft.timeline().get(i), "timeline[" + i + "]", blocks, v).ifPresent(timeline::add);
        }
        v.throwIfAny();
        return new Story(
                draft.headline(),
                blankToNull(draft.standfirst()),
                draft.bylines().stream().map(Byline::new).toList(),
                blankToNull(draft.dateline()),
                draft.publisher(),
                body,
                quotes,
                timeline);
    }

    private static Optional<BodyBlock> block(StoryDraft.Block draft, int index, Faults v) {
        String at = "body[" + index + "]";
        if (draft == null) {
            v.fault(at, "is required");
            return Optional.empty();
        }
        String id = draft.id() == null ? "b" + (index + 1) : draft.id();
        boolean ok = v.check(BlockId.isValid(id), at + ".id", "must be 1 to 40 lower-case letters, digits or dashes");
        BlockType type = null;
        if (draft.type() == null) {
            ok = v.fault(at + ".type", "is required: paragraph, video or promo");
        } else {
            try {
                type = BlockType.fromCode(draft.type());
            } catch (IllegalArgumentException unknown) {
                ok = v.fault(at + ".type", "must be paragraph, video or promo");
            }
        }
        Video video = null;
        if (type == BlockType.VIDEO) {
            ok &= v.optional(at + ".text", draft.text(), StoryLimits.BLOCK_TEXT, false);
            ok &= v.check(draft.videoPublishedOn() != null, at + ".video.publishedOn", "is required for a video");
            ok &= v.check(
                    draft.videoDurationSeconds() != null && draft.videoDurationSeconds() > 0,
                    at + ".video.durationSeconds",
                    "must be a positive number of seconds");
            if (ok) {
                video = new Video(draft.videoPublishedOn(), Duration.ofSeconds(draft.videoDurationSeconds()));
            }
        } else if (type != null) {
            ok &= v.required(at + ".text", draft.text(), StoryLimits.BLOCK_TEXT, false);
            ok &= v.check(
                    draft.videoPublishedOn() == null && draft.videoDurationSeconds() == null,
                    at + ".video",
                    "belongs to video blocks only");
        }
        return ok
                ? Optional.of(new BodyBlock(new BlockId(id), type, blankToNull(draft.text()), video))
                : Optional.empty();
    }

    private static Optional<Quote> quote(
            StoryDraft.QuoteDraft draft, String at, Map<String, BodyBlock> blocks, Speakers speakers, Faults v) {
        if (draft == null) {
            v.fault(at, "is required");
            return Optional.empty();
        }
        boolean ok = v.required(at + ".speaker.name", draft.speakerName(), StoryLimits.NAME, true);
        ok &= v.count(at + ".speaker.aliases", draft.speakerAliases().size(), StoryLimits.ALIASES);
        for (int i = 0; i < draft.speakerAliases().size(); i++) {
            ok &= v.required(
                    at + ".speaker.aliases[" + i + "]", draft.speakerAliases().get(i), StoryLimits.NAME, true);
        }
        SpeakerKind kind = SpeakerKind.PERSON;
        if (draft.speakerKind() != null) {
            try {
                kind = SpeakerKind.fromCode(draft.speakerKind());
            } catch (IllegalArgumentException unknown) {
                ok = v.fault(at + ".speaker.kind", "must be person or organization");
            }
        }
        ok &= v.required(at + ".text", draft.text(), StoryLimits.BLOCK_TEXT, false);
        ok &= v.optional(at + ".context", draft.context(), StoryLimits.CONTEXT, true);
        ok &= standsIn(draft.blockId(), draft.text(), at, "text", blocks, v);
        DateSpan said = null;
        if (draft.saidOn() != null) {
            said = span(
                    draft.saidOn(),
                    draft.saidUntil(),
                    draft.saidPrecision() == null ? "day" : draft.saidPrecision(),
                    Boolean.TRUE.equals(draft.saidApproximate()),
                    at + ".saidOn",
                    at + ".saidUntil",
                    at + ".saidPrecision",
                    v);
            ok &= said != null;
        } else {
            ok &= v.check(
                    draft.saidUntil() == null && draft.saidPrecision() == null && draft.saidApproximate() == null,
                    at + ".saidOn",
                    "is required when saidUntil, saidPrecision or saidApproximate is given");
        }
        if (!ok) {
            return Optional.empty();
        }
        Speaker speaker = speakers.named(draft.speakerName().strip(), draft.speakerAliases(), kind);
        return Optional.of(new Quote(
                QuoteId.newId(),
                new BlockId(draft.blockId()),
                speaker,
                draft.text(),
                Boolean.TRUE.equals(draft.partial()),
                said,
                blankToNull(draft.context())));
    }

    private static Optional<TimelineEvent> event(
            StoryDraft.EventDraft draft, String at, Map<String, BodyBlock> blocks, Faults v) {
        if (draft == null) {
            v.fault(at, "is required");
            return Optional.empty();
        }
        boolean ok = v.required(at + ".title", draft.title(), StoryLimits.EVENT_TITLE, true);
        ok &= v.required(at + ".phrase", draft.phrase(), StoryLimits.PHRASE, false);
        ok &= standsIn(draft.blockId(), draft.phrase(), at, "phrase", blocks, v);
        DateSpan when = null;
        if (draft.start() == null) {
            ok = v.fault(at + ".start", "is required");
        } else if (draft.precision() == null) {
            ok = v.fault(at + ".precision", "is required: day, month, year or span");
        } else {
            when = span(
                    draft.start(),
                    draft.end(),
                    draft.precision(),
                    Boolean.TRUE.equals(draft.approximate()),
                    at + ".start",
                    at + ".end",
                    at + ".precision",
                    v);
            ok &= when != null;
        }
        return ok
                ? Optional.of(new TimelineEvent(
                        EventId.newId(), new BlockId(draft.blockId()), draft.title(), when, draft.phrase()))
                : Optional.empty();
    }

    /** The words stand, verbatim, in a block of the story that has text. */
    private static boolean standsIn(
            String blockId, String words, String at, String field, Map<String, BodyBlock> blocks, Faults v) {
        if (blockId == null) {
            return v.fault(at + ".blockId", "is required");
        }
        BodyBlock block = blocks.get(blockId);
        if (block == null) {
            return v.fault(at + ".blockId", "names no block of this story");
        }
        if (words == null || words.isBlank()) {
            return false;
        }
        return v.check(
                block.hasText() && block.text().contains(words),
                at + "." + field,
                "does not stand verbatim in block " + blockId);
    }

    private static DateSpan span(
            LocalDate start,
            LocalDate end,
            String precisionCode,
            boolean approximate,
            String startField,
            String endField,
            String precisionField,
            Faults v) {
        Optional<DatePrecision> precision = DatePrecision.fromCode(precisionCode.toLowerCase(Locale.ROOT));
        if (precision.isEmpty()) {
            v.fault(precisionField, "must be day, month, year or span");
            return null;
        }
        LocalDate last = end != null ? end : DateSpan.naturalEnd(start, precision.get());
        if (last == null) {
            v.fault(endField, "is required when precision is span");
            return null;
        }
        String fault = DateSpan.faultOf(start, last, precision.get());
        if (fault != null) {
            v.fault(start.isAfter(last) || end == null ? startField : endField, fault);
            return null;
        }
        return new DateSpan(start, last, precision.get(), approximate);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Collects faults by name, checking texts with the rules every stored text keeps. */
    private static final class Faults {
        private final List<Violation> found = new ArrayList<>();

        boolean fault(String name, String message) {
            found.add(new Violation(name, message));
            return false;
        }

        boolean check(boolean ok, String name, String message) {
            return ok || fault(name, message);
        }

        boolean count(String name, int count, int max) {
            return check(count <= max, name, "may hold at most " + max + " items, had " + count);
        }

        /** Present, visible text (see {@code Text}), within the limit; on one line when {@code singleLine}. */
        boolean required(String name, String value, int max, boolean singleLine) {
            Violations text = new Violations();
            if (singleLine) {
                text.requireLine(name, value, max);
            } else {
                text.requireText(name, value, max);
            }
            found.addAll(text.found());
            return text.isEmpty();
        }

        /** Absent or blank (then left out), or else as {@link #required}. */
        boolean optional(String name, String value, int max, boolean singleLine) {
            return value == null || value.isBlank() || required(name, value, max, singleLine);
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new StoryRulesBrokenException(found);
            }
        }
    }
}
