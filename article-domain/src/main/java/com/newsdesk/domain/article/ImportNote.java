package com.newsdesk.domain.article;

import java.time.LocalDate;
import java.util.List;

/**
 * Where an imported draft came from and what the importer was unsure of: kept with the draft's first revision so the
 * editor who checks it sees the importer's warnings. A story written by hand has none.
 */
public record ImportNote(String sourceUrl, LocalDate publishedOn, List<String> warnings) {

    public ImportNote {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
