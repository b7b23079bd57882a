package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.text.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A news story and everything it says, through its whole life: drafted, edited, scheduled, published, corrected,
 * retracted. The aggregate guards its own rules, and every step it takes says what it changed ({@link ArticleChange}),
 * so that the store writes exactly that:
 *
 * <ul>
 *   <li>the story's own rules hold in every state ({@link Story}): unique block ids, quotes and dating phrases verbatim
 *       in their blocks;
 *   <li>a draft (or scheduled story) is rewritten as a whole; a published story changes only through corrections; only
 *       a published story is retracted; only a draft is deleted; a story is published once;
 *   <li>every step is made against the revision its author read, raises the revision by one and moves
 *       {@code updatedAt} forward;
 *   <li>a correction changes text that occurs exactly once, never cuts across a quotation or dating phrase (it updates
 *       them when the change lies wholly inside), and adds a public notice unless it is a typo fix;
 *   <li>a published story's quotes are all dated: a quote the story does not date is taken as said, approximately, on
 *       the day of publication.
 * </ul>
 */
public final class Article {

    /** The longest headline the store keeps, in characters (code points). */
    public static final int MAX_HEADLINE = 500;

    private final ArticleId id;
    private final Slug slug;
    private String headline;
    private String standfirst;
    private List<Byline> bylines;
    private String dateline;
    private String publisher;
    private Lifecycle lifecycle;
    private Instant updatedAt;
    private int revision;
    private final List<BodyBlock> body;
    private final List<Quote> quotes;
    private final List<TimelineEvent> timeline;
    private final List<CorrectionNotice> corrections;
    /** The importer's note, on a draft created from a page; not stored apart from the draft's document. */
    private ImportNote importNote;

    /**
     * Restores an article as it was stored.
     *
     * @throws IllegalArgumentException when the parts break one of the aggregate's rules
     */
    public Article(
            ArticleId id,
            Slug slug,
            Story story,
            Lifecycle lifecycle,
            Instant updatedAt,
            int revision,
            List<CorrectionNotice> corrections) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.revision = revision;
        this.body = new ArrayList<>();
        this.quotes = new ArrayList<>();
        this.timeline = new ArrayList<>();
        this.corrections = new ArrayList<>(corrections);
        take(Objects.requireNonNull(story, "story"));
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1, not " + revision);
        }
        if (lifecycle.publishedAt() != null && updatedAt.isBefore(lifecycle.publishedAt())) {
            throw new IllegalArgumentException(
                    "updated at " + updatedAt + " before publication at " + lifecycle.publishedAt());
        }
        if (lifecycle.status().isReadableByAnyone() && quotes.stream().anyMatch(q -> q.said() == null)) {
            throw new IllegalArgumentException("a published story dates all its quotes");
        }
    }

    /** A new draft, at revision 1, written by {@code author}. */
    public static NewStory draft(ArticleId id, Slug slug, Story story, String author, Instant at) {
        return draft(id, slug, story, author, at, null);
    }

    /** A new draft, at revision 1, written by {@code author}; {@code importNote} when the importer made it. */
    public static NewStory draft(
            ArticleId id, Slug slug, Story story, String author, Instant at, ImportNote importNote) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        Article article = new Article(id, slug, story, Lifecycle.draft(), when, 1, List.of());
        article.importNote = importNote;
        return new NewStory(
                article,
                new ArticleChange(
                        ChangeKind.CREATED,
                        id,
                        1,
                        author,
                        when,
                        "Draft created",
                        List.of(),
                        List.of(new Edit.WholeStory()),
                        null));
    }

    /**
     * A story that arrives already published (the seeded story, a bulk load of an archive): revision 1 is its
     * publication at {@code publishedAt}.
     */
    public static NewStory firstPublished(ArticleId id, Slug slug, Story story, Instant publishedAt, String editor) {
        Instant when = publishedAt.truncatedTo(ChronoUnit.MICROS);
        Story dated = new Story(
                story.headline(),
                story.standfirst(),
                story.bylines(),
                story.dateline(),
                story.publisher(),
                story.body(),
                datedAt(story.quotes(), when),
                story.timeline());
        Article article = new Article(id, slug, dated, Lifecycle.published(when), when, 1, List.of());
        return new NewStory(
                article,
                new ArticleChange(
                        ChangeKind.PUBLISHED,
                        id,
                        1,
                        editor,
                        when,
                        "First published",
                        List.of(),
                        List.of(new Edit.WholeStory()),
                        null));
    }

    /**
     * Rewrites a draft (or a scheduled story, which stays scheduled) as a whole.
     *
     * @throws LifecycleRefusedException when the story is already published or retracted
     */
    public ArticleChange replace(Story story, int expectedRevision, String editor, Instant at) {
        requireRevision(expectedRevision);
        if (!lifecycle.status().isEditable()) {
            throw LifecycleRefusedException.notEditable(lifecycle.status());
        }
        List<Change> changes = differences(story);
        take(story);
        return record(
                advance(at), ChangeKind.EDITED, editor, "Draft edited", changes, List.of(new Edit.WholeStory()), null);
    }

    /**
     * Publishes the story now.
     *
     * @throws LifecycleRefusedException when it is already published (or retracted)
     */
    public ArticleChange publish(int expectedRevision, String editor, Instant at) {
        requireRevision(expectedRevision);
        return publishNow(editor, at, "Published");
    }

    /**
     * Sets the story to be published at {@code publishAt}, which must lie after {@code at}.
     *
     * @throws LifecycleRefusedException when it is already published (or retracted)
     */
    public ArticleChange schedule(Instant publishAt, int expectedRevision, String editor, Instant at) {
        requireRevision(expectedRevision);
        if (!lifecycle.status().isEditable()) {
            throw LifecycleRefusedException.alreadyPublished(lifecycle.status());
        }
        if (!publishAt.isAfter(at)) {
            throw new IllegalArgumentException("a publication is scheduled for later than now");
        }
        String before = describe(lifecycle);
        Instant when = publishAt.truncatedTo(ChronoUnit.MICROS);
        lifecycle = Lifecycle.scheduled(when, editor);
        return record(
                advance(at),
                ChangeKind.SCHEDULED,
                editor,
                "Scheduled for publication at " + when,
                List.of(new Change("status", before, describe(lifecycle))),
                List.of(),
                null);
    }

    /** Publishes a scheduled story whose time has come, on behalf of the editor who scheduled it. */
    public ArticleChange publishAsScheduled(Instant at) {
        if (lifecycle.status() != ArticleStatus.SCHEDULED
                || lifecycle.publishAt().isAfter(at)) {
            throw new IllegalStateException("article " + id + " is not due for publication at " + at);
        }
        return publishNow(lifecycle.scheduledBy(), at, "Published as scheduled");
    }

    private ArticleChange publishNow(String editor, Instant at, String summary) {
        if (!lifecycle.status().isEditable()) {
            throw LifecycleRefusedException.alreadyPublished(lifecycle.status());
        }
        String before = describe(lifecycle);
        Instant when = advance(at);
        List<Quote> dated = datedAt(quotes, when);
        List<Edit> edits = new ArrayList<>();
        if (!dated.equals(quotes)) {
            edits.add(new Edit.QuotesDated(
                    dated.stream().filter(q -> !quotes.contains(q)).toList()));
            quotes.clear();
            quotes.addAll(dated);
        }
        lifecycle = Lifecycle.published(when);
        return record(
                when,
                ChangeKind.PUBLISHED,
                editor,
                summary,
                List.of(new Change("status", before, describe(lifecycle))),
                edits,
                null);
    }

    /**
     * Withdraws a published story, with a public note saying why. It stays readable at its address.
     *
     * @throws LifecycleRefusedException when the story is not published
     */
    public ArticleChange retract(String note, int expectedRevision, String editor, Instant at) {
        Objects.requireNonNull(note, "note");
        requireRevision(expectedRevision);
        if (lifecycle.status() != ArticleStatus.PUBLISHED) {
            throw LifecycleRefusedException.notPublished(lifecycle.status(), "retracted");
        }
        String before = describe(lifecycle);
        Instant when = advance(at);
        lifecycle = lifecycle.retracted(new Retraction(note, when, editor));
        return record(
                when,
                ChangeKind.RETRACTED,
                editor,
                note,
                List.of(new Change("status", before, describe(lifecycle))),
                List.of(),
                null);
    }

    /**
     * Deletes a draft. {@code expectedRevision} may be null when the caller did not say which revision it read.
     *
     * @throws LifecycleRefusedException when the story has been published
     */
    public ArticleChange delete(Integer expectedRevision, String editor, Instant at) {
        if (expectedRevision != null) {
            requireRevision(expectedRevision);
        }
        if (!lifecycle.status().isEditable()) {
            throw LifecycleRefusedException.notDeletable(lifecycle.status());
        }
        return new ArticleChange(
                ChangeKind.DELETED,
                id,
                revision,
                editor,
                at.truncatedTo(ChronoUnit.MICROS),
                "Draft deleted",
                List.of(),
                List.of(),
                null);
    }

    /**
     * Takes note that a speaker the story quotes is now known as {@code speaker} says (its aliases changed): the quotes
     * show the speaker's new aliases from a new revision on, in whatever state the story is. The story's own words do
     * not change, so no notice is added.
     *
     * @return the change, or empty when the story does not quote this speaker or already shows them so
     */
    public Optional<ArticleChange> speakerKnownAs(Speaker speaker, String editor, Instant at) {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(editor, "editor");
        List<Quote> theirs = quotes.stream()
                .filter(q -> q.speaker().id().equals(speaker.id()))
                .toList();
        if (theirs.isEmpty() || theirs.stream().allMatch(q -> q.speaker().equals(speaker))) {
            return Optional.empty();
        }
        Speaker before = theirs.get(0).speaker();
        quotes.replaceAll(q -> q.speaker().id().equals(speaker.id())
                ? new Quote(q.id(), q.blockId(), speaker, q.text(), q.partial(), q.said(), q.context())
                : q);
        return Optional.of(record(
                advance(at),
                ChangeKind.SPEAKER_EDITED,
                editor,
                "Aliases of " + speaker.name() + " changed",
                List.of(new Change(
                        "speaker " + speaker.id().value() + " aliases",
                        String.join(", ", before.aliases()),
                        String.join(", ", speaker.aliases()))),
                List.of(new Edit.SpeakerRenamed(speaker)),
                null));
    }

    /**
     * Applies an editor's correction, made against revision {@code expectedRevision}, at time {@code at}. Either the
     * whole correction applies, or the article is left exactly as it was and an exception says why.
     *
     * @return what changed, and the new revision
     * @throws StaleRevisionException when the article is no longer at {@code expectedRevision}
     * @throws LifecycleRefusedException when the story is not published (a draft is edited as a whole instead)
     * @throws CorrectionRefusedException when the target is unknown, the find text is absent or ambiguous, or nothing
     *     would change, or a headline or event title would grow longer than the store keeps
     * @throws QuotationConflictException when the change would cut across a quotation or an event's dating phrase
     */
    public ArticleChange correct(Correction correction, int expectedRevision, String editor, Instant at) {
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(at, "at");
        requireRevision(expectedRevision);
        if (lifecycle.status() != ArticleStatus.PUBLISHED) {
            throw LifecycleRefusedException.notPublished(lifecycle.status(), "corrected");
        }
        List<Change> changes;
        List<Edit> edits = new ArrayList<>();
        CorrectionTarget target = correction.target();
        if (target instanceof CorrectionTarget.Headline) {
            changes = correctHeadline(target, correction.edit());
        } else if (target instanceof CorrectionTarget.Block block) {
            changes = correctBlock(block, correction.edit(), edits);
        } else {
            changes = correctEvent((CorrectionTarget.Event) target, correction, edits);
        }
        Instant when = advance(at);
        AppliedCorrection applied =
                new AppliedCorrection(CorrectionId.newId(), id, revision + 1, correction, editor, when, changes);
        applied.notice().ifPresent(corrections::add);
        return record(when, ChangeKind.CORRECTED, editor, applied.summary(), changes, edits, applied);
    }

    private void requireRevision(int expectedRevision) {
        if (expectedRevision != revision) {
            throw new StaleRevisionException(expectedRevision, revision);
        }
    }

    /**
     * The instant a new revision is stamped with. PostgreSQL keeps microseconds; so does the article, so what it says
     * equals what is stored. Every revision moves updatedAt forward, even when the clock reads no later than the last
     * one (same tick, or set back).
     */
    private Instant advance(Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        return when.isAfter(updatedAt) ? when : updatedAt.plus(1, ChronoUnit.MICROS);
    }

    /** Stamps the new revision: it is made at {@code when} (see {@link #advance}) and raises the revision by one. */
    private ArticleChange record(
            Instant when,
            ChangeKind kind,
            String editor,
            String summary,
            List<Change> changes,
            List<Edit> edits,
            AppliedCorrection applied) {
        updatedAt = when;
        revision++;
        return new ArticleChange(kind, id, revision, editor, when, summary, changes, edits, applied);
    }

    private static List<Quote> datedAt(List<Quote> quotes, Instant publishedAt) {
        LocalDate day = LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
        return quotes.stream()
                .map(q -> q.said() != null ? q : q.withSaid(DateSpan.day(day).approximately()))
                .toList();
    }

    private static String describe(Lifecycle lifecycle) {
        return switch (lifecycle.status()) {
            case DRAFT -> "draft";
            case SCHEDULED -> "scheduled for " + lifecycle.publishAt();
            case PUBLISHED -> "published at " + lifecycle.publishedAt();
            case RETRACTED -> "retracted at " + lifecycle.retraction().retractedAt();
        };
    }

    /** What a rewrite changes, value by value, for the history: the masthead and each block's text. */
    private List<Change> differences(Story after) {
        Story before = story();
        List<Change> changes = new ArrayList<>();
        differ(changes, "headline", before.headline(), after.headline());
        differ(changes, "standfirst", before.standfirst(), after.standfirst());
        differ(changes, "bylines", names(before.bylines()), names(after.bylines()));
        differ(changes, "dateline", before.dateline(), after.dateline());
        differ(changes, "publisher", before.publisher(), after.publisher());
        for (BodyBlock block : after.body()) {
            String old = before.block(block.id()).map(BodyBlock::text).orElse(null);
            differ(changes, "body[" + block.id() + "].text", old, block.text());
        }
        for (BodyBlock block : before.body()) {
            if (after.block(block.id()).isEmpty()) {
                differ(changes, "body[" + block.id() + "].text", block.text(), null);
            }
        }
        differ(
                changes,
                "quotes",
                before.quotes().size() + " quotes",
                after.quotes().size() + " quotes");
        differ(
                changes,
                "timeline",
                before.timeline().size() + " events",
                after.timeline().size() + " events");
        return changes;
    }

    private static void differ(List<Change> changes, String path, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(path, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static String names(List<Byline> bylines) {
        return String.join(", ", bylines.stream().map(Byline::name).toList());
    }

    private void take(Story story) {
        headline = story.headline();
        standfirst = story.standfirst();
        bylines = story.bylines();
        dateline = story.dateline();
        publisher = story.publisher();
        body.clear();
        body.addAll(story.body());
        quotes.clear();
        quotes.addAll(story.quotes());
        timeline.clear();
        timeline.addAll(story.timeline());
    }

    /** The importer's note when this draft was just made from a page, else null. */
    public ImportNote importNote() {
        return importNote;
    }

    /** What the story says now. */
    public Story story() {
        return new Story(headline, standfirst, bylines, dateline, publisher, body, quotes, timeline);
    }

    private List<Change> correctHeadline(CorrectionTarget target, TextEdit edit) {
        String after = spliced(headline, locateOnce(headline, edit.find(), target), edit);
        requireChangedAndNotBlank(target, headline, after);
        requireAtMost(target, after, MAX_HEADLINE);
        List<Change> changes = List.of(new Change(target.path(), headline, after));
        headline = after;
        return changes;
    }

    private List<Change> correctBlock(CorrectionTarget.Block target, TextEdit edit, List<Edit> edits) {
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
        List<Quote> brokenQuotes = new ArrayList<>();
        List<TimelineEvent> brokenEvents = new ArrayList<>();
        List<Quote> repeatedQuotes = new ArrayList<>();
        List<TimelineEvent> repeatedEvents = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            if (!quote.blockId().equals(target.id())) {
                continue;
            }
            Optional<String> moved = follow(quote.text(), before, after, changed, edit);
            if (moved.isEmpty()) {
                brokenQuotes.add(quote);
            } else if (repeats(quote.text(), moved.get(), before, after)) {
                repeatedQuotes.add(quote);
            } else if (!moved.get().equals(quote.text())) {
                newQuotes.set(i, quote.withText(moved.get()));
                edits.add(new Edit.QuoteText(quote.id(), moved.get()));
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
                brokenEvents.add(event);
            } else if (repeats(event.phrase(), moved.get(), before, after)) {
                repeatedEvents.add(event);
            } else if (!moved.get().equals(event.phrase())) {
                newTimeline.set(i, event.withPhrase(moved.get()));
                edits.add(new Edit.EventRewritten(newTimeline.get(i)));
                changes.add(new Change("timeline[" + event.id() + "].phrase", event.phrase(), moved.get()));
            }
        }
        if (!brokenQuotes.isEmpty() || !brokenEvents.isEmpty()) {
            throw new QuotationConflictException(
                    QuotationConflictException.Reason.CUTS_ACROSS, target, brokenQuotes, brokenEvents);
        }
        if (!repeatedQuotes.isEmpty() || !repeatedEvents.isEmpty()) {
            throw new QuotationConflictException(
                    QuotationConflictException.Reason.REPEATS, target, repeatedQuotes, repeatedEvents);
        }
        body.set(index, block.withText(after));
        edits.add(0, new Edit.BlockText(target.id(), after));
        quotes.clear();
        quotes.addAll(newQuotes);
        timeline.clear();
        timeline.addAll(newTimeline);
        return changes;
    }

    private List<Change> correctEvent(CorrectionTarget.Event target, Correction correction, List<Edit> edits) {
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
        edits.add(new Edit.EventRewritten(timeline.get(index)));
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
                return Text.isVisible(rewritten) ? Optional.of(rewritten) : Optional.empty();
            }
            if (quoted.overlaps(changed)) {
                return Optional.empty();
            }
        }
        return after.contains(words) ? Optional.of(words) : Optional.empty();
    }

    /**
     * True when quoted words, {@code words} before the change and {@code moved} after it, would occur more often than
     * once, and more often than they did: they could no longer be told apart from their copy, so neither could ever be
     * corrected again.
     */
    private static boolean repeats(String words, String moved, String before, String after) {
        int now = occurrences(after, moved);
        return now > 1 && now > occurrences(before, words);
    }

    /** Occurrences of {@code words} in {@code text}, overlapping ones included. */
    private static int occurrences(String text, String words) {
        int count = 0;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            count++;
        }
        return count;
    }

    private static int locateOnce(String text, String find, CorrectionTarget target) {
        int first = text.indexOf(find);
        if (first < 0) {
            throw CorrectionRefusedException.findTextNotFound(target, find, text);
        }
        int occurrences = occurrences(text, find);
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
        if (!Text.isVisible(after)) {
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

    /** The standfirst (dek) under the headline, or null. */
    public String standfirst() {
        return standfirst;
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

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public ArticleStatus status() {
        return lifecycle.status();
    }

    /** When it was published; null before. */
    public Instant publishedAt() {
        return lifecycle.publishedAt();
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
