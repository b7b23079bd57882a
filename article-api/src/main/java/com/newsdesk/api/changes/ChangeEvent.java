package com.newsdesk.api.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.api.web.PublicSite;
import com.newsdesk.domain.change.PublicChange;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code data} of one event of the change stream: a small JSON object, enough to act on the change (refresh a
 * cached copy, show a notice) without another request.
 *
 * @param sequence the event's id: the change's sequence number, which orders every change of every story
 * @param kind {@code published}, {@code corrected} or {@code retracted} (also the event's name)
 * @param notice the public notice the change carried: a correction's kind and note (a typo fix has a kind and no
 *     note), or the retraction's note; absent on a publication
 * @param link the story as JSON
 * @param page the story as a reader sees it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangeEvent(
        long sequence,
        String kind,
        UUID article,
        String slug,
        String headline,
        int revision,
        Instant at,
        Notice notice,
        String link,
        String page) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Notice(String kind, String note) {}

    static ChangeEvent of(PublicChange change, PublicSite site) {
        return new ChangeEvent(
                change.sequence(),
                change.kind().code(),
                change.article().value(),
                change.slug().value(),
                change.headline(),
                change.revision(),
                change.at(),
                change.noticeKind() == null ? null : new Notice(change.noticeKind(), change.note()),
                site.articleApi(change.slug().value()),
                site.articlePage(change.slug().value()));
    }
}
