package com.newsdesk.domain.change;

import java.util.List;

/** The change table, read back: every committed change in sequence order. */
public interface ChangeLog {

    /** Changes after {@code sequence}, oldest first, at most {@code limit}. */
    List<StoryChange> after(long sequence, int limit);

    /** The sequence number of the latest committed change, or 0 when there is none. */
    long latest();
}
