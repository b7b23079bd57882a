package com.newsdesk.domain.publishing;

/** One-off steps the application takes at start, each once per database, whichever node gets there first. */
public interface StartupSteps {

    /**
     * Claims the step for the caller's transaction: true when no one took it before (the step is then recorded as
     * taken when the transaction commits); false when it was taken. A concurrent claim waits for the first to end.
     */
    boolean claim(String step);
}
