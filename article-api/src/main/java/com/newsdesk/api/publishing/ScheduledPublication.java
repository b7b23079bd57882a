package com.newsdesk.api.publishing;

import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.failure.StoreUnavailableException;
import com.newsdesk.domain.publishing.PublishingService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled stories when their time comes, checking every {@code newsdesk.publishing.poll} (one second). Every
 * node runs it; the database lock ({@code FOR UPDATE SKIP LOCKED}) makes sure each story is published by exactly one of
 * them, and a story whose time passed while no node ran is published by the first to start.
 */
@Component
class ScheduledPublication {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);
    private static final int BATCH = 20;

    private final PublishingService publishing;

    ScheduledPublication(PublishingService publishing) {
        this.publishing = publishing;
    }

    @Scheduled(
            fixedDelayString = "${newsdesk.publishing.poll:1s}",
            initialDelayString = "${newsdesk.publishing.poll:1s}")
    void publishDue() {
        try {
            List<ArticleChange> published;
            do {
                published = publishing.publishDue(BATCH);
                published.forEach(change -> log.info(
                        "Published scheduled story {} (revision {}, scheduled by {})",
                        change.articleId(),
                        change.revision(),
                        change.editor()));
            } while (published.size() == BATCH);
        } catch (StoreUnavailableException down) {
            // The database is away; the next round tries again. One line, not a stack trace, per round.
            log.warn("Scheduled publication skipped: {}", down.getMessage());
        }
    }
}
