package com.newsdesk.persistence.change;

import com.newsdesk.domain.change.ChangeSubscriber;
import com.newsdesk.domain.change.StoryChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Hands each change to every {@link ChangeSubscriber} bean of the application; one failing never stops the rest. */
@Component
class ChangeSubscribers {

    private static final Logger log = LoggerFactory.getLogger(ChangeSubscribers.class);

    private final ObjectProvider<ChangeSubscriber> subscribers;

    ChangeSubscribers(ObjectProvider<ChangeSubscriber> subscribers) {
        this.subscribers = subscribers;
    }

    void changed(StoryChange change) {
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
