package com.newsdesk.domain.speaker;

import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;

/** No speaker with this id is known (to the public: quoted in a published story). */
public final class SpeakerNotFoundException extends DomainException {

    public SpeakerNotFoundException(SpeakerId id) {
        super(FailureKind.NOT_FOUND, "speaker-not-found", "Speaker not found", "No speaker has the id " + id.value());
    }
}
