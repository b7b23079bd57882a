package com.newsdesk.domain.change;

/**
 * Hears of every change any node commits, shortly after the commit. Called on the listening thread: return quickly.
 */
public interface ChangeSubscriber {

    void changed(StoryChange change);

    /**
     * The announcements stopped (the listening connection was lost) or started again. While they are off, nothing
     * that changes meanwhile is heard of; on their return, changes made in the gap may have been missed.
     */
    default void listening(boolean live) {}
}
