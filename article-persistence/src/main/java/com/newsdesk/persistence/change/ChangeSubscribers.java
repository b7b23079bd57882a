package com.newsdesk.persistence.change;

import com.newsdesk.domain.change.ChangeSubscriber;
import com.newsdesk.domain.change.StoryChange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands each change to every {@link ChangeSubscriber} bean of the application, once; one failing never stops the rest.
 * A change this node committed arrives twice: at once after its commit, and again as the database's notification. The
 * echo is dropped (by the change's sequence number), so a subscriber never repeats work, such as evicting lists that were
 * read again, correctly, in between.
 */
@Component
class ChangeSubscribers {

    private static final Logger log = LoggerFactory.getLogger(ChangeSubscribers.class);

    private final ObjectProvider<ChangeSubscriber> subscribers;

    /** Sequence numbers delivered lately; far more than the changes that can be in flight between commit and echo. */
    private final Set<Long> delivered = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > RECENT;
        }
    });

    private static final int RECENT = 4_096;

    ChangeSubscribers(ObjectProvider<ChangeSubscriber> subscribers) {
        this.subscribers = subscribers;
    }

    void changed(StoryChange change) {
        synchronized (delivered) {
            if (!delivered.add(change.sequence())) {
                return;
            }
        }
        subscribers.orderedStream().forEach(subscriber -> {
            try {
                subscriber.changed(change);
            } catch (RuntimeException failure) {
                log.warn(
                        "{} failed on change {}: {}",
                        subscriber.getClass().getSimpleName(),
                        change,
                        failure.toString());
            }
        });
    }

    void listening(boolean live) {
        subscribers.orderedStream().forEach(subscriber -> {
            try {
                subscriber.listening(live);
            } catch (RuntimeException failure) {
                log.warn(
                        "{} failed on listening={}: {}",
                        subscriber.getClass().getSimpleName(),
                        live,
                        failure.toString());
            }
        });
    }
}
