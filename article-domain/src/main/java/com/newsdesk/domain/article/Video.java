package com.newsdesk.domain.article;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/** An embedded video: the day it was published and how long it runs ("Nov. 24, 201701:26" is 2017-11-24, 1:26). */
public record Video(LocalDate publishedOn, Duration duration) {
    public Video {
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a video runs for some time");
        }
    }
}
