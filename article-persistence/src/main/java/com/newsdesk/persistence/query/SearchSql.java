package com.newsdesk.persistence.query;

import com.newsdesk.domain.search.Snippet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the word searches share: the query every one of them parses ({@code websearch_to_tsquery} with the accent-free
 * {@code newsdesk} configuration of migration V15_1), the snippet options, and the time bound of a search statement.
 */
public final class SearchSql {

    /** The reader's words as a text-search query: web-search syntax, never a syntax error whatever the input. */
    public static final String QUERY = "websearch_to_tsquery('public.newsdesk', ?)";

    /**
     * How many of a search's matches are ranked by relevance: the newest this many (stories by publication, quotes by
     * when they were said, events by date, as {@code order=newest} lists them); older matches follow them, newest
     * first. Ranking reads each match's vector, so a search for words in every story, quote or event would otherwise
     * cost in proportion to the archive; 1,000 keeps the worst search on 10,000 stories (30,000 quotes, 40,000 events)
     * under 200 ms (docs/benchmarks.md, "Search").
     */
    public static final int RANKED = 1_000;

    /** How a match is marked in a snippet: {@link Snippet#START} and {@link Snippet#STOP}, as ts_headline options. */
    public static final String MARKS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP;

    /** A long text (an article's body): up to two passages of about 30 words around the matches. */
    public static final String PASSAGES =
            MARKS + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

    /** A short text (a quote, an event's title and phrase): all of it, every match marked. */
    public static final String WHOLE = MARKS + ", HighlightAll=true";

    /**
     * A search statement runs at most this long (the service-wide statement timeout is seconds): the worst query the
     * 200-character limit lets through is measured in tens of milliseconds on 10,000 stories (docs/benchmarks.md).
     */
    public static final String TIME_BOUND = "1s";

    /**
     * The speakers answering to a name (two parameters), through speaker_name_key_idx and speaker_alias_key_idx: as
     * name_key compares names, so "the U.N." is the speaker with the alias "UN".
     */
    public static final String SPEAKERS_NAMED = "select s.id from speaker s where public.name_key(s.name) ="
            + " public.name_key(?) union select sa.speaker_id from speaker_alias sa"
            + " where public.name_key(sa.alias) = public.name_key(?)";

    private SearchSql() {}

    /** Bounds the statements of the caller's (read-only) transaction that follow, and plans them for their words. */
    public static void bound(JdbcClient jdbc) {
        // Planned for the words given, every time: a generic plan (which the driver's prepared statements reach after
        // five runs) cannot know whether the words are in every story or in none, and picked the GIN index for words
        // in every story, ten times slower than reading the table. Without JIT compilation: a ranked quote search's
        // estimate (a ranking lookup per match, though only the newest RANKED run) crossed jit_above_cost, and
        // compiling took ~100 ms, more than the search itself.
        jdbc.sql("select set_config('statement_timeout', ?, true),"
                        + " set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true)")
                .param(TIME_BOUND)
                .query()
                .listOfRows();
    }
}
