package com.newsdesk.domain.article;

import java.util.Objects;

/** What a correction changes: one body block, the headline, or one timeline event. */
public sealed interface CorrectionTarget {

    /** How the target is named in change records and messages, such as {@code body[b6]}. */
    String path();

    record Block(BlockId id) implements CorrectionTarget {
        public Block {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String path() {
            return "body[" + id + "]";
        }
    }

    record Headline() implements CorrectionTarget {
        @Override
        public String path() {
            return "headline";
        }
    }

    record Event(EventId id) implements CorrectionTarget {
        public Event {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String path() {
            return "timeline[" + id + "]";
        }
    }
}
