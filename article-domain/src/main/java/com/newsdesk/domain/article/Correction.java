package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.Violations;
import com.newsdesk.domain.text.Text;
import java.util.Objects;

/**
 * An editor's request to change published text: a {@link TextEdit} on a block, the headline or an event title, or an
 * {@link EventRedating} of an event. Every kind but a typo carries a public {@code note} of at most
 * {@value #MAX_NOTE} characters.
 */
public record Correction(
        CorrectionTarget target, TextEdit edit, EventRedating redating, CorrectionKind kind, String note) {

    public static final int MAX_NOTE = 2_000;

    public Correction {
        Objects.requireNonNull(target, "target");
        Violations v = new Violations();
        v.check(kind != null, "kind", "is required: one of correction, clarification, update, typo");
        if (kind != null && kind.isPublic() || note != null && !note.isEmpty()) {
            // Readers see the note, so it must say something visible.
            v.requireText("note", note, MAX_NOTE);
        }
        v.check(
                (edit == null) != (redating == null),
                "find",
                edit == null
                        ? "is required (with replace), unless an event correction gives new dates"
                        : "cannot be combined with new start, end, precision, approximate or title");
        v.check(
                redating == null || target instanceof CorrectionTarget.Event,
                "eventId",
                "new start, end, precision, approximate or title apply to a timeline event only");
        v.check(
                edit == null
                        || target instanceof CorrectionTarget.Block
                        || edit.replace() == null
                        || !Text.breaksLines(edit.replace()),
                "replace",
                "must be a single line, without tabs or line breaks: " + target.path() + " is read on one line");
        v.throwIfAny();
    }

    public static Correction edit(
            CorrectionTarget target, String find, String replace, CorrectionKind kind, String note) {
        return new Correction(target, new TextEdit(find, replace), null, kind, note);
    }
}
