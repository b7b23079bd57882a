package com.newsdesk.domain.publishing;

import com.newsdesk.domain.article.Speaker;
import java.util.Collection;
import java.util.List;

/** The people and institutions stories quote, shared by all stories. */
public interface SpeakerDirectory {

    /**
     * The speakers whose name or one of whose aliases is one of {@code names}, compared as {@link Speaker#fold} folds
     * them (case and Unicode form ignored).
     */
    List<Speaker> answeringTo(Collection<String> names);
}
