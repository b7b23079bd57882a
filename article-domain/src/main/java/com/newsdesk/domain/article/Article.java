package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A published news story and everything it says: masthead, body blocks, the quotations and dated events it contains,
 * and its public correction notices. The aggregate guards its own rules:
 *
 * <ul>
 *   <li>block ids are unique within the article;
 *   <li>every quote's text and every event's dating phrase stands verbatim in its block;
 *   <li>a correction is made against the current revision, changes text that occurs exactly once, never cuts across
 *       a quotation or dating phrase (it updates them when the change lies wholly inside), raises the revision by
 *       one, and adds a public notice unless it is a typo fix.
 * </ul>
 */
public final class Article {

    /** The longest headline the store keeps, in characters (code points). */
    public static final int MAX_HEADLINE = 500;

    private final ArticleId id;
    private final Slug slug;
    private String headline;
    private final List<Byline> bylines;
    private final String dateline;
    private final String publisher;
    private final Instant publishedAt;
    private Instant updatedAt;
    private int revision;
    private final List<BodyBlock> body;
    private final List<Quote> quotes;
    private final List<TimelineEvent> timeline;
    private final List<CorrectionNotice> corrections;

    /**
     * Restores or creates an article.
     *
     * @throws IllegalArgumentException when the parts break one of the aggregate's rules
     */
    public Article(
            ArticleId id,
            Slug slug,
            String headline,
            List<Byline> bylines,
            String dateline,
            String publisher,
            Instant publishedAt,
            Instant updatedAt,
            int revision,
            List<BodyBlock> body,
            List<Quote> quotes,
            List<TimelineEvent> timeline,
            List<CorrectionNotice> corrections) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.headline = requireText(headline, "headline");
        this.bylines = List.copyOf(bylines);
        this.dateline = dateline;
        this.publisher = requireText(publisher, "publisher");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.revision = revision;
        this.body = new ArrayList<>(body);
        this.quotes = new ArrayList<>(quotes);
        this.timeline = new ArrayList<>(timeline);
        this.corrections = new ArrayList<>(corrections);
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1, not " + revision);
        }
        if (updatedAt.isBefore(publishedAt)) {
            throw new IllegalArgumentException("updated at " + updatedAt + " before publication at " + publishedAt);
        }
        requireUniqueBlockIds();
        quotes.forEach(q -> requireStandsIn(q.blockId(), q.text(), "quote " + q.id()));
        timeline.forEach(e -> requireStandsIn(e.blockId(), e.phrase(), "the phrase of event " + e.id()));
    }

    /**
     * Applies an editor's correction, made against revision {@code expectedRevision}, at time {@code at}. Either the
     * whole correction applies, or the article is left exactly as it was and an exception says why.
     *
     * @return what changed, and the new revision
     * @throws StaleRevisionException when the article is no longer at {@code expectedRevision}
     * @throws CorrectionRefusedException when the target is unknown, the find text is absent or ambiguous, or nothing
     *     would change, or a headline or event title would grow longer than the store keeps
     * @throws QuotationConflictException when the change would cut across a quotation or an event's dating phrase
     */
    public AppliedCorrection correct(Correction correction, int expectedRevision, String editor, Instant at) {
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(at, "at");
        if (expectedRevision != revision) {
            throw new StaleRevisionException(expectedRevision, revision);
        }
        List<Change> changes;
        CorrectionTarget target = correction.target();
        if (target instanceof CorrectionTarget.Headline) {
            changes = correctHeadline(target, correction.edit());
        } else if (target instanceof CorrectionTarget.Block block) {
            changes = correctBlock(block, correction.edit());
        } else {
            changes = correctEvent((CorrectionTarget.Event) target, correction);
        }
        revision++;
        // PostgreSQL keeps microseconds; so does the article, so what it says equals what is stored. Every revision
        // moves updatedAt forward, even when the clock reads no later than the last one (same tick, or set back).
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        updatedAt = when.isAfter(updatedAt) ? when : updatedAt.plus(1, ChronoUnit.MICROS);
        AppliedCorrection applied =
                new AppliedCorrection(CorrectionId.newId(), id, revision, correction, editor, updatedAt, changes);
        applied.notice().ifPresent(corrections::add);
        return applied;
    }

    private List<Change> correctHeadline(CorrectionTarget target, TextEdit edit) {
        String after = spliced(headline, locateOnce(headline, edit.find(), target), edit);
        requireChangedAndNotBlank(target, headline, after);
        requireAtMost(target, after, MAX_HEADLINE);
        List<Change> changes = List.of(new Change(target.path(), headline, after));
        headline = after;
        return changes;
    }

    private List<Change> correctBlock(CorrectionTarget.Block target, TextEdit edit) {
        int index = indexOf(body, b -> b.id().equals(target.id()))
                .orElseThrow(() -> CorrectionRefusedException.unknownTarget(
                        "blockId", target.id().value()));
        BodyBlock block = body.get(index);
        if (!block.hasText()) {
            throw CorrectionRefusedException.noText(target);
        }
        String before = block.text();
        int start = locateOnce(before, edit.find(), target);
        String after = spliced(before, start, edit);
        requireChangedAndNotBlank(target, before, after);
        Span changed = new Span(start, start + edit.find().length());

        List<Change> changes = new ArrayList<>();
        changes.add(new Change(target.path() + ".text", before, after));
        List<Quote> newQuotes = new ArrayList<>(quotes);
        List<TimelineEvent> newTimeline = new ArrayList<>(timeline);
        List<QuoteId> brokenQuotes = new ArrayList<>();
        List<EventId> brokenEvents = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            if (!quote.blockId().equals(target.id())) {
                continue;
            }
            Optional<String> moved = follow(quote.text(), before, after, changed, edit);
            if (moved.isEmpty()) {
                brokenQuotes.add(quote.id());
            } else if (!moved.get().equals(quote.text())) {
                newQuotes.set(i, quote.withText(moved.get()));
                changes.add(new Change("quotes[" + quote.id() + "].text", quote.text(), moved.get()));
            }
        }
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEvent event = timeline.get(i);
            if (!event.blockId().equals(target.id())) {
                continue;
            }
            Optional<String> moved = follow(event.phrase(), before, after, changed, edit);
            if (moved.isEmpty()) {
                brokenEvents.add(event.id());
            } else if (!moved.get().equals(event.phrase())) {
                newTimeline.set(i, event.withPhrase(moved.get()));
                changes.add(new Change("timeline[" + event.id() + "].phrase", event.phrase(), moved.get()));
            }
        }
        if (!brokenQuotes.isEmpty() || !brokenEvents.isEmpty()) {
            throw new QuotationConflictException(target, brokenQuotes, brokenEvents);
        }
        body.set(index, block.withText(after));
        quotes.clear();
        quotes.addAll(newQuotes);
        timeline.clear();
        timeline.addAll(newTimeline);
        return changes;
    }

    private List<Change> correctEvent(CorrectionTarget.Event target, Correction correction) {
        int index = indexOf(timeline, e -> e.id().equals(target.id()))
                .orElseThrow(() -> CorrectionRefusedException.unknownTarget(
                        "eventId", target.id().toString()));
        TimelineEvent event = timeline.get(index);
        String title = event.title();
        DateSpan when = event.when();
        if (correction.edit() != null) {
            title = spliced(title, locateOnce(title, correction.edit().find(), target), correction.edit());
            requireChangedAndNotBlank(target, event.title(), title);
            requireAtMost(target, title, EventRedating.MAX_TITLE);
        } else {
            EventRedating r = correction.redating();
            LocalDate start = r.start() != null ? r.start() : when.start();
            DatePrecision precision = r.precision() != null ? r.precision() : when.precision();
            boolean datingChanged = r.start() != null || r.precision() != null;
            LocalDate end = r.end() != null ? r.end() : datingChanged ? null : when.end();
            boolean approximate = r.approximate() != null ? r.approximate() : when.approximate();
            when = DateSpan.fromInput(start, end, precision, approximate, "");
            title = r.title() != null ? r.title() : title;
        }
        List<Change> changes = new ArrayList<>();
        if (!title.equals(event.title())) {
            changes.add(new Change(target.path() + ".title", event.title(), title));
        }
        if (!when.equals(event.when())) {
            changes.add(new Change(target.path() + ".date", describe(event.when()), describe(when)));
        }
        if (changes.isEmpty()) {
            throw CorrectionRefusedException.noChange(target);
        }
        timeline.set(index, event.withTitleAndDate(title, when));
        return changes;
    }

    /**
     * Where quoted words stand after a change to the text around them: unchanged when the change lies outside them,
     * rewritten when it lies wholly inside them, and gone (empty) when it cuts across their edge.
     */
    private static Optional<String> follow(String words, String before, String after, Span changed, TextEdit edit) {
        for (int at = before.indexOf(words); at >= 0; at = before.indexOf(words, at + 1)) {
            Span quoted = new Span(at, at + words.length());
            if (quoted.contains(changed)) {
                String rewritten =
                        words.substring(0, changed.start - at) + edit.replace() + words.substring(changed.end - at);
                return rewritten.isBlank() ? Optional.empty() : Optional.of(rewritten);
            }
            if (quoted.overlaps(changed)) {
                return Optional.empty();
            }
        }
        return after.contains(words) ? Optional.of(words) : Optional.empty();
    }

    private static int locateOnce(String text, String find, CorrectionTarget target) {
        int first = text.indexOf(find);
        if (first < 0) {
            throw CorrectionRefusedException.findTextNotFound(target, find);
        }
        int occurrences = 0;
        for (int at = first; at >= 0; at = text.indexOf(find, at + 1)) {
            occurrences++;
        }
        if (occurrences > 1) {
            throw CorrectionRefusedException.findTextAmbiguous(target, occurrences);
        }
        return first;
    }

    private static String spliced(String text, int start, TextEdit edit) {
        return text.substring(0, start)
                + edit.replace()
                + text.substring(start + edit.find().length());
    }

    private static void requireChangedAndNotBlank(CorrectionTarget target, String before, String after) {
        if (after.equals(before)) {
            throw CorrectionRefusedException.noChange(target);
        }
        if (after.isBlank()) {
            throw CorrectionRefusedException.emptyResult(target);
        }
    }

    /** A headline or title that grew past what the store keeps is refused here, not by the database. */
    private static void requireAtMost(CorrectionTarget target, String after, int maxLength) {
        int length = after.codePointCount(0, after.length());
        if (length > maxLength) {
            throw CorrectionRefusedException.tooLong(target, maxLength, length);
        }
    }

    private static String describe(DateSpan span) {
        String days = span.start().equals(span.end()) ? span.start().toString() : span.start() + ".." + span.end();
        return days + " (" + span.precision().code() + (span.approximate() ? ", approximate" : "") + ")";
    }

    private static <T> Optional<Integer> indexOf(List<T> items, Predicate<T> wanted) {
        for (int i = 0; i < items.size(); i++) {
            if (wanted.test(items.get(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void requireUniqueBlockIds() {
        Set<BlockId> seen = new HashSet<>();
        for (BodyBlock block : body) {
            if (!seen.add(block.id())) {
                throw new IllegalArgumentException("block id " + block.id() + " is used twice in article " + id);
            }
        }
    }

    private void requireStandsIn(BlockId blockId, String words, String what) {
        BodyBlock block = block(blockId)
                .orElseThrow(() -> new IllegalArgumentException(what + " refers to a missing block " + blockId));
        if (!block.hasText() || !block.text().contains(words)) {
            throw new IllegalArgumentException(what + " does not stand verbatim in block " + blockId);
        }
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** A half-open range of character positions. */
    private record Span(int start, int end) {
        boolean contains(Span other) {
            return start <= other.start && other.end <= end;
        }

        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    public Optional<BodyBlock> block(BlockId blockId) {
        return body.stream().filter(b -> b.id().equals(blockId)).findFirst();
    }

    public Optional<TimelineEvent> event(EventId eventId) {
        return timeline.stream().filter(e -> e.id().equals(eventId)).findFirst();
    }

    /** The quotes in reading order: by block, then by where their words stand in it. */
    public List<Quote> quotesInReadingOrder() {
        return inReadingOrder(quotes, Quote::blockId, Quote::text);
    }

    /** The events in date order: by start, then end, then reading order. */
    public List<TimelineEvent> timelineInDateOrder() {
        List<TimelineEvent> sorted =
                new ArrayList<>(inReadingOrder(timeline, TimelineEvent::blockId, TimelineEvent::phrase));
        sorted.sort((a, b) -> {
            int byStart = a.when().start().compareTo(b.when().start());
            return byStart != 0 ? byStart : a.when().end().compareTo(b.when().end());
        });
        return sorted;
    }

    private <T> List<T> inReadingOrder(List<T> items, Function<T, BlockId> blockOf, Function<T, String> wordsOf) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> {
            int byBlock = Integer.compare(position(blockOf.apply(a)), position(blockOf.apply(b)));
            if (byBlock != 0) {
                return byBlock;
            }
            String text = block(blockOf.apply(a)).map(BodyBlock::text).orElse("");
            return Integer.compare(text.indexOf(wordsOf.apply(a)), text.indexOf(wordsOf.apply(b)));
        });
        return sorted;
    }

    private int position(BlockId blockId) {
        return indexOf(body, b -> b.id().equals(blockId)).orElse(Integer.MAX_VALUE);
    }

    public ArticleId id() {
        return id;
    }

    public Slug slug() {
        return slug;
    }

    public String headline() {
        return headline;
    }

    public List<Byline> bylines() {
        return bylines;
    }

    public String dateline() {
        return dateline;
    }

    public String publisher() {
        return publisher;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int revision() {
        return revision;
    }

    public List<BodyBlock> body() {
        return List.copyOf(body);
    }

    public List<Quote> quotes() {
        return List.copyOf(quotes);
    }

    public List<TimelineEvent> timeline() {
        return List.copyOf(timeline);
    }

    /** Public correction notices, oldest first. */
    public List<CorrectionNotice> corrections() {
        return List.copyOf(corrections);
    }
}
