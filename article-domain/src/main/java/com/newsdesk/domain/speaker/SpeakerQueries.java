package com.newsdesk.domain.speaker;

import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import java.util.Optional;

/** The speakers of published stories, read with plain queries. */
public interface SpeakerQueries {

    /**
     * Speakers whose name or an alias contains the search's words (compared without case, accents, dots or a leading "the";
     * null lists everyone), those answering to it exactly first, then the most quoted; paged in the store. Only
     * speakers quoted in a published story are listed.
     */
    Page<SpeakerEntry> search(SpeakerSearch search, PageRequest page);

    /** One speaker quoted in a published story, with their count of quotes. */
    Optional<SpeakerEntry> find(SpeakerId id);
}
