package com.newsdesk.domain.article;

import java.util.List;

/**
 * One thing a change wrote into the story, as precisely as the aggregate knows it, so that the store writes exactly
 * that and re-reads nothing. The article's own fields (status, dates, revision, headline) are always written with the
 * change; edits name the parts below them.
 */
public sealed interface Edit {

    /** The whole story is new (a draft created or replaced, a story imported as published): write every part. */
    record WholeStory() implements Edit {}

    /** A block's text now reads {@code text}. */
    record BlockText(BlockId block, String text) implements Edit {}

    /** A quote's words now read {@code text} (they moved with a correction inside them). */
    record QuoteText(QuoteId quote, String text) implements Edit {}

    /** A timeline event now reads as {@code event} (title, dates or phrase changed). */
    record EventRewritten(TimelineEvent event) implements Edit {}

    /** Quotes the story did not date were dated at publication. */
    record QuotesDated(List<Quote> quotes) implements Edit {}

    /**
     * A speaker the story quotes is known by other aliases now. Speakers are shared by all stories: the store writes
     * the speaker once, and each story quoting them only its new revision.
     */
    record SpeakerRenamed(Speaker speaker) implements Edit {}
}
