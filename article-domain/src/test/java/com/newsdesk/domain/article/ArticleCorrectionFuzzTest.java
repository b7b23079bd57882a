package com.newsdesk.domain.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.newsdesk.domain.FormInput;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.text.Text;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link Article#correct} on the seeded story, fuzzed: arbitrary targets, find and replace texts, kinds, notes, new
 * dates, revisions and clock readings, several corrections in a row. Each correction either applies, and then every
 * rule of the article still holds, or is refused with one of the domain's own exceptions and changes nothing. Any other
 * exception (IllegalArgumentException, NullPointerException, StringIndexOutOfBoundsException, ...) is a bug.
 *
 * <p>An input is one correction a line, as form fields: {@code block=b6&find=A%20month&replace=About%2010%20weeks}.
 * The target is {@code block=<id>}, {@code event=<0-5>} (an event of the story by position; anything else names an
 * unknown event) or, with neither, the headline. {@code find}/{@code replace}, or {@code pos}/{@code len} to find the
 * target's own text at that place; {@code kind} (default correction) and {@code note} (a default note when absent);
 * {@code start}, {@code end}, {@code precision}, {@code approximate}, {@code title} for new dates; {@code revision}
 * (default the current one); {@code time}, seconds after the last update (default 60, may be 0 or negative).
 */
class ArticleCorrectionFuzzTest {

    private static final int MAX_CORRECTIONS = 16;
    private static final String DEFAULT_NOTE = "An earlier version of this article misstated a detail.";

    @FuzzTest
    @DictionaryEntries({
        "block=b",
        "event=",
        "find=",
        "replace=",
        "pos=",
        "len=",
        "kind=typo",
        "kind=update",
        "note=",
        "start=",
        "end=",
        "precision=",
        "approximate=true",
        "title=",
        "revision=",
        "time=0",
        "&",
        "\\x0A", // a line feed, in the dictionary's own escape
        "%E2%80%9C",
        "%E2%80%9D",
        "%E2%80%99",
        "%E2%80%A6",
        "%ED%95%9C",
        "%F0%9F%98%80",
        "%00",
        "%C2%A0", // no-break space
        "%E2%80%8B", // zero-width space
        "%E2%80%AE", // right-to-left override
        "%EF%BF%BF", // a noncharacter
        "%E2%80%A8", // line separator
        "Today,",
        "A month before",
        "strikingly",
        "similar",
        "on Monday",
        "1950-53",
        "2017-11-13"
    })
    void correct(byte[] input) {
        Article article = DefectorStory.article();
        List<FormInput> lines = FormInput.lines(input);
        for (FormInput line : lines.subList(0, Math.min(lines.size(), MAX_CORRECTIONS))) {
            attempt(article, line);
        }
    }

    private static void attempt(Article article, FormInput line) {
        Optional<CorrectionTarget> target = target(article, line);
        if (target.isEmpty()) {
            return;
        }
        Correction correction;
        try {
            Optional<Correction> built = correction(article, target.get(), line);
            if (built.isEmpty()) {
                return;
            }
            correction = built.get();
        } catch (InvalidInputException invalid) {
            assertThat(invalid.violations()).isNotEmpty();
            return;
        }
        int expectedRevision = integer(line.get("revision")).map(Long::intValue).orElse(article.revision());
        long seconds = integer(line.get("time")).orElse(60L);
        Instant at = article.updatedAt().plusSeconds(seconds);

        ArticleState before = ArticleState.of(article);
        AppliedCorrection applied;
        try {
            applied = article.correct(correction, expectedRevision, "fuzz-editor", at)
                    .correction();
        } catch (DomainException refused) {
            assertThat(ArticleState.of(article))
                    .as("the article after a refused correction (%s)", refused.code())
                    .isEqualTo(before);
            if (expectedRevision != before.revision()) {
                assertThat(refused).isInstanceOf(StaleRevisionException.class);
            }
            return;
        }
        assertApplied(before, article, correction, applied, expectedRevision);
    }

    private static void assertApplied(
            ArticleState before, Article article, Correction correction, AppliedCorrection applied, int expected) {
        ArticleState after = ArticleState.of(article);

        assertThat(expected).as("applied against the current revision").isEqualTo(before.revision());
        assertThat(after.revision()).isEqualTo(before.revision() + 1).isEqualTo(applied.revision());
        assertThat(after.updatedAt()).isAfter(before.updatedAt()).isEqualTo(applied.correctedAt());
        assertThat(after.corrections())
                .hasSize(before.corrections().size() + (correction.kind().isPublic() ? 1 : 0));
        assertThat(applied.changes())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.after()).isNotEqualTo(c.before()));

        // What never changes: the masthead, the ids and the order of every part.
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.slug()).isEqualTo(before.slug());
        assertThat(after.publishedAt()).isEqualTo(before.publishedAt());
        assertThat(after.body()).extracting(BodyBlock::id).isEqualTo(ids(before.body(), BodyBlock::id));
        assertThat(after.quotes()).extracting(Quote::id).isEqualTo(ids(before.quotes(), Quote::id));
        assertThat(after.timeline()).extracting(TimelineEvent::id).isEqualTo(ids(before.timeline(), TimelineEvent::id));

        // Every quote and dating phrase still stands, verbatim, exactly once in its block (as in the seeded story), so
        // a correction can still find it by its own words: no sequence of corrections leaves a quote or an event
        // uncorrectable. The constructor agrees.
        for (Quote q : after.quotes()) {
            assertThat(occurrences(article.block(q.blockId()).orElseThrow().text(), q.text()))
                    .as("occurrences of quote %s in block %s", q.id(), q.blockId())
                    .isEqualTo(1);
            assertThat(Text.visibleFault(q.text())).isNull();
            assertCorrectableByItsOwnWords(after, q.blockId(), q.text());
        }
        for (TimelineEvent e : after.timeline()) {
            assertThat(occurrences(article.block(e.blockId()).orElseThrow().text(), e.phrase()))
                    .as("occurrences of the phrase of event %s in block %s", e.id(), e.blockId())
                    .isEqualTo(1);
            assertThat(length(e.title())).isLessThanOrEqualTo(EventRedating.MAX_TITLE);
            assertThat(Text.singleLineFault(e.title())).isNull();
            assertThat(Text.visibleFault(e.phrase())).isNull();
        }
        assertThat(ArticleState.of(after.rebuilt())).isEqualTo(after);
        // What readers see is visible: the headline on one line, every paragraph, every notice.
        assertThat(length(after.headline())).isLessThanOrEqualTo(Article.MAX_HEADLINE);
        assertThat(Text.singleLineFault(after.headline())).isNull();
        after.body().stream()
                .filter(BodyBlock::hasText)
                .forEach(b -> assertThat(Text.visibleFault(b.text())).isNull());
        after.corrections().forEach(n -> assertThat(Text.visibleFault(n.note())).isNull());

        // A text edit replaced the one occurrence of find, and nothing else in the article.
        CorrectionTarget target = correction.target();
        TextEdit edit = correction.edit();
        if (target instanceof CorrectionTarget.Block block) {
            String was = text(before.body(), block.id());
            assertThat(occurrences(was, edit.find())).isEqualTo(1);
            assertThat(text(after.body(), block.id())).isEqualTo(spliced(was, edit));
            for (int i = 0; i < before.body().size(); i++) {
                if (!before.body().get(i).id().equals(block.id())) {
                    assertThat(after.body().get(i)).isEqualTo(before.body().get(i));
                }
            }
            assertThat(after.headline()).isEqualTo(before.headline());
        } else {
            assertThat(after.body()).isEqualTo(before.body());
            assertThat(after.quotes()).isEqualTo(before.quotes());
            if (target instanceof CorrectionTarget.Headline) {
                assertThat(occurrences(before.headline(), edit.find())).isEqualTo(1);
                assertThat(after.headline()).isEqualTo(spliced(before.headline(), edit));
            } else {
                assertThat(after.headline()).isEqualTo(before.headline());
            }
        }
        if (!(target instanceof CorrectionTarget.Event)) {
            assertThat(after.timeline())
                    .extracting(TimelineEvent::when)
                    .isEqualTo(
                            before.timeline().stream().map(TimelineEvent::when).toList());
        }
    }

    /** A typo fix of the quote's words by those words alone is not refused for want of finding them once. */
    private static void assertCorrectableByItsOwnWords(ArticleState state, BlockId block, String words) {
        Article copy = state.rebuilt();
        try {
            copy.correct(
                    Correction.edit(
                            new CorrectionTarget.Block(block), words, words + " [sic]", CorrectionKind.TYPO, null),
                    copy.revision(),
                    "probe",
                    copy.updatedAt().plusSeconds(1));
        } catch (CorrectionRefusedException refused) {
            assertThat(refused.code())
                    .as("correcting “%s” in %s", words, block)
                    .isNotIn("find-text-not-found", "find-text-ambiguous");
        } catch (QuotationConflictException crossesAnother) {
            // Quoted words that overlap another quotation's cannot all be rewritten whole; they can still be found.
        }
    }

    private static Optional<CorrectionTarget> target(Article article, FormInput line) {
        String event = line.get("event");
        if (event != null) {
            List<TimelineEvent> timeline = article.timeline();
            Optional<Long> position = integer(event);
            EventId id = position.isPresent()
                    ? timeline.get((int) Math.floorMod(position.get(), (long) timeline.size()))
                            .id()
                    : new EventId(UUID.nameUUIDFromBytes(event.getBytes(StandardCharsets.UTF_8)));
            return Optional.of(new CorrectionTarget.Event(id));
        }
        String block = line.get("block");
        if (block != null) {
            // The web layer checks the shape of a block id before the domain sees it, as here.
            return BlockId.isValid(block)
                    ? Optional.of(new CorrectionTarget.Block(new BlockId(block)))
                    : Optional.empty();
        }
        return Optional.of(new CorrectionTarget.Headline());
    }

    /** Built the way the web layer builds it from a request; empty when that layer would already refuse it. */
    private static Optional<Correction> correction(Article article, CorrectionTarget target, FormInput line) {
        CorrectionKind kind =
                line.has("kind") ? CorrectionKind.fromCode(line.get("kind")).orElse(null) : CorrectionKind.CORRECTION;
        String note = line.has("note") ? line.get("note") : DEFAULT_NOTE;
        LocalDate start;
        LocalDate end;
        try {
            start = line.has("start") ? LocalDate.parse(line.get("start")) : null;
            end = line.has("end") ? LocalDate.parse(line.get("end")) : null;
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
        DatePrecision precision = null;
        if (line.has("precision")) {
            Optional<DatePrecision> known = DatePrecision.fromCode(line.get("precision"));
            if (known.isEmpty()) {
                return Optional.empty();
            }
            precision = known.get();
        }
        Boolean approximate = null;
        if (line.has("approximate")) {
            String flag = line.get("approximate");
            if (!flag.equals("true") && !flag.equals("false")) {
                return Optional.empty();
            }
            approximate = Boolean.valueOf(flag);
        }
        String title = line.get("title");
        boolean redates = start != null || end != null || precision != null || approximate != null || title != null;

        String find = line.has("find") ? line.get("find") : textAt(article, target, line);
        String replace = line.get("replace");
        TextEdit edit = find != null || replace != null || !redates ? new TextEdit(find, replace) : null;
        EventRedating redating = redates ? new EventRedating(start, end, precision, approximate, title) : null;
        return Optional.of(new Correction(target, edit, redating, kind, note));
    }

    /** {@code len} characters of the target's current text from {@code pos}, clamped; may split a surrogate pair. */
    private static String textAt(Article article, CorrectionTarget target, FormInput line) {
        if (!line.has("pos") && !line.has("len")) {
            return null;
        }
        String text;
        if (target instanceof CorrectionTarget.Block block) {
            text = article.block(block.id()).map(BodyBlock::text).orElse(null);
        } else if (target instanceof CorrectionTarget.Event event) {
            text = article.event(event.id()).map(TimelineEvent::title).orElse(null);
        } else {
            text = article.headline();
        }
        if (text == null) {
            return "x";
        }
        int from = (int) Math.min(Math.max(integer(line.get("pos")).orElse(0L), 0), text.length());
        int to = (int) Math.min(from + Math.max(integer(line.get("len")).orElse(1L), 0), text.length());
        return text.substring(from, to);
    }

    private static Optional<Long> integer(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Math.max(-1_000_000_000L, Math.min(1_000_000_000L, Long.parseLong(text))));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String text(List<BodyBlock> body, BlockId id) {
        return body.stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow()
                .text();
    }

    private static <T, I> List<I> ids(List<T> items, Function<T, I> id) {
        List<I> ids = new ArrayList<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    /** Occurrences of {@code find} in {@code text}, overlapping ones included. */
    private static int occurrences(String text, String find) {
        int count = 0;
        for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
            count++;
        }
        return count;
    }

    private static String spliced(String text, TextEdit edit) {
        int at = text.indexOf(edit.find());
        return text.substring(0, at)
                + edit.replace()
                + text.substring(at + edit.find().length());
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
