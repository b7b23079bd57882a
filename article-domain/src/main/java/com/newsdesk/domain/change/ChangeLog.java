package com.newsdesk.domain.change;

import java.util.List;

/** The change table, read back: every committed change in sequence order. */
public interface ChangeLog {

    /** Changes after {@code sequence}, oldest first, at most {@code limit}. */
    List<StoryChange> after(long sequence, int limit);

    /**
     * The public changes (publications, corrections, retractions of stories that have been published) with a sequence
     * number in {@code (after, upTo]}, oldest first, at most {@code limit}. Changes to drafts, scheduling and deletions
     * are never among them. Every change up to {@code upTo} must have committed (take it from {@link #latest()}): then
     * fewer than {@code limit} answers mean there is no other public change in the range.
     */
    List<PublicChange> publicChanges(long after, long upTo, int limit);

    /** The sequence number of the latest committed change, or 0 when there is none. */
    long latest();
}
