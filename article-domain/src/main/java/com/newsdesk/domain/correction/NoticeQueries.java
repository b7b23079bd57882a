package com.newsdesk.domain.correction;

import java.util.List;

/** Public correction notices across all articles, for readers who follow corrections (the corrections feed). */
public interface NoticeQueries {

    /**
     * The {@code limit} most recent public notices (typo fixes have none) of every article, newest first (by the time
     * of the correction, then by id, so the order is total). Answered from an index, without reading older notices.
     */
    List<NoticeEntry> latest(int limit);
}
