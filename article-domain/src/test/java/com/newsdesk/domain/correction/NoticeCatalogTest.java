package com.newsdesk.domain.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.InMemoryStore;
import com.newsdesk.domain.failure.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeCatalogTest {

    private final List<Integer> asked = new ArrayList<>();
    private final NoticeCatalog catalog = new NoticeCatalog(
            limit -> {
                asked.add(limit);
                return List.of();
            },
            new InMemoryStore());

    @Test
    void aFeedAsksForAWindowOfOneToAHundredNotices() {
        assertThat(catalog.latest(1)).isEmpty();
        assertThat(catalog.latest(NoticeCatalog.MAX_LATEST)).isEmpty();
        assertThat(asked).containsExactly(1, NoticeCatalog.MAX_LATEST);
    }

    @Test
    void noWindowAtAllOrTheWholeHistoryIsRefusedBeforeTheStoreIsAsked() {
        assertThatThrownBy(() -> catalog.latest(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> catalog.latest(NoticeCatalog.MAX_LATEST + 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("limit");
        assertThat(asked).isEmpty();
    }
}
