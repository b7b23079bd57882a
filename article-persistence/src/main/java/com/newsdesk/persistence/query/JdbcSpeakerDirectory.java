package com.newsdesk.persistence.query;

import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.publishing.SpeakerDirectory;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds speakers by name or alias through the two case-insensitive indexes ({@code lower(name)}, {@code lower(alias)}),
 * comparing the names as {@link Speaker#fold} folds them.
 */
@Repository
class JdbcSpeakerDirectory implements SpeakerDirectory {

    private final JdbcClient jdbc;

    JdbcSpeakerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Speaker> answeringTo(Collection<String> names) {
        String[] folded = names.stream().map(Speaker::fold).distinct().toArray(String[]::new);
        return SpeakerRows.where(
                        jdbc,
                        "lower(s.name) = any(?) or s.id in (select speaker_id from speaker_alias"
                                + " where lower(alias) = any(?))",
                        folded,
                        folded)
                .stream()
                .filter(speaker -> Arrays.stream(folded).anyMatch(speaker::answersTo))
                .toList();
    }
}
