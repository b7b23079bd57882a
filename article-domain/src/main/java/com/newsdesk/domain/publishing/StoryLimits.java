package com.newsdesk.domain.publishing;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.EventRedating;

/**
 * How much one story may hold. Generous for the longest features and live pages newsrooms publish, and small enough
 * that one request can never hold the service: a story at every limit is still a few megabytes.
 */
public final class StoryLimits {

    public static final int HEADLINE = Article.MAX_HEADLINE;
    public static final int STANDFIRST = 1_000;
    public static final int BYLINES = 20;
    public static final int NAME = 200;
    public static final int DATELINE = 200;
    public static final int PUBLISHER = 200;
    public static final int BLOCKS = 500;
    public static final int BLOCK_TEXT = 20_000;
    public static final int QUOTES = 1_000;
    public static final int ALIASES = 20;
    public static final int CONTEXT = 500;
    public static final int EVENTS = 500;
    public static final int EVENT_TITLE = EventRedating.MAX_TITLE;
    public static final int PHRASE = 1_000;

    private StoryLimits() {}
}
