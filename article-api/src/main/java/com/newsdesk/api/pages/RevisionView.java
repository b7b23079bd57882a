package com.newsdesk.api.pages;

import com.newsdesk.domain.article.Change;
import com.newsdesk.domain.correction.Revision;
import java.util.List;

/** One revision of a story as the history shows it: when, what kind of step, and a word diff of each change. */
public record RevisionView(int number, java.time.Instant at, String kind, String summary, List<ChangeView> changes) {

    public record ChangeView(String what, List<WordDiff.Part> diff) {}

    static RevisionView of(Revision revision) {
        return new RevisionView(
                revision.number(),
                revision.createdAt(),
                revision.kind(),
                revision.summary(),
                revision.changes().stream()
                        .map(c -> new ChangeView(what(c), WordDiff.between(c.before(), c.after())))
                        .toList());
    }

    /** {@code body[b6].text} as a person says it. */
    static String what(Change change) {
        String path = change.path();
        if (path.equals("headline")) {
            return "Headline";
        }
        if (path.startsWith("body[")) {
            return "Paragraph " + path.substring(5, path.indexOf(']'));
        }
        if (path.startsWith("quotes[")) {
            return "Quotation";
        }
        if (path.startsWith("timeline[")) {
            return path.endsWith(".title") ? "Timeline entry" : "Timeline date";
        }
        return path;
    }
}
