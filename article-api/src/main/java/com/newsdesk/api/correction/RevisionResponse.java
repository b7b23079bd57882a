package com.newsdesk.api.correction;

import com.newsdesk.api.web.ApiDocs;
import com.newsdesk.domain.correction.Revision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Schema(
        name = "Revision",
        description =
                "One entry of the article's history. A story written in Newsdesk starts with its draft (creation, edits, a"
                        + " schedule), then its publication, corrections and perhaps a retraction; readers see the history"
                        + " from the publication on. An imported or seeded story starts at its publication.")
public record RevisionResponse(
        @Schema(example = "1", minimum = "1", maximum = ApiDocs.MAX_INT)
        int revision,

        Instant createdAt,

        @Schema(description = "Who made it; null for the first publication", nullable = true)
        String editor,

        @Schema(
                description = "What made it: a step of the story's life, a correction's own kind, or (speaker) new"
                        + " aliases of a speaker it quotes",
                allowableValues = {
                    "creation",
                    "edit",
                    "schedule",
                    "publication",
                    "retraction",
                    "correction",
                    "clarification",
                    "update",
                    "typo",
                    "speaker"
                },
                example = "publication")
        String kind,

        @Schema(example = "First published") String summary,

        @Schema(description = "What this revision changed; empty for revision 1")
        List<ChangeResponse> changes) {

    public static RevisionResponse from(Revision revision) {
        return new RevisionResponse(
                revision.number(),
                revision.createdAt(),
                revision.editor(),
                revision.kind(),
                revision.summary(),
                revision.changes().stream().map(ChangeResponse::from).toList());
    }
}
