package com.newsdesk.domain.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened to a story in one committed change. Every change is recorded (who, when, what); the public ones
 * (publication, correction, retraction) are also announced to readers' feeds and the change stream.
 */
public enum ChangeKind {
    CREATED("creation"),
    EDITED("edit"),
    SCHEDULED("schedule"),
    PUBLISHED("publication"),
    CORRECTED("correction"),
    RETRACTED("retraction"),
    DELETED("deletion"),
    /** A speaker the story quotes is now known by other aliases: the story's words are as they were. */
    SPEAKER_EDITED("speaker");

    private final String revisionKind;

    ChangeKind(String revisionKind) {
        this.revisionKind = revisionKind;
    }

    /** The name on the wire and in the change table: {@code published}, {@code corrected}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a revision made by this change shows in the history (a correction shows its own kind instead). */
    public String revisionKind() {
        return revisionKind;
    }

    public static Optional<ChangeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** Whether readers hear of it: it changes what the public sees of a public story. */
    public boolean isPublic() {
        return this == PUBLISHED || this == CORRECTED || this == RETRACTED;
    }

    /**
     * Whether it can change which stories or quotes a word search, a name search or a date query finds (lists whose
     * membership depends on what the stories say, not only on which are published).
     */
    public boolean changesSearches() {
        return isPublic() || this == SPEAKER_EDITED;
    }

    /** Whether it changes which stories the public lists, timeline and quote search hold (not just their text). */
    public boolean changesMembership() {
        return this == PUBLISHED || this == RETRACTED || this == DELETED;
    }
}
