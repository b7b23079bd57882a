package com.newsdesk.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.newsdesk.domain.InMemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCatalogTest {

    private final InMemoryStore store = new InMemoryStore();
    private final ArticleCatalog catalog = new ArticleCatalog(store, store);

    ArticleCatalogTest() {
        store.add(DefectorStory.article());
    }

    @Test
    void readsAnArticleByIdOrSlugInOneReadOnlyTransaction() {
        assertThat(catalog.article(DefectorStory.SLUG.value()).id()).isEqualTo(DefectorStory.ID);
        assertThat(catalog.article(DefectorStory.ID.toString()).slug()).isEqualTo(DefectorStory.SLUG);
        assertThat(store.transactions).isEqualTo(2);
    }

    @Test
    void anUnknownSlugOrIdIsNotFound() {
        assertThat(catchThrowable(() -> catalog.article("no-such-story"))).isInstanceOf(ArticleNotFoundException.class);
        assertThat(catchThrowable(() -> catalog.article("00000000-0000-0000-0000-000000000000")))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThat(store.lookups).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "x' or '1'='1", "1; drop table article; --", "story\u0000", ""})
    void aReferenceThatCannotNameAnArticleNeverReachesTheStore(String reference) {
        assertThat(catchThrowable(() -> catalog.article(reference))).isInstanceOf(ArticleNotFoundException.class);
        assertThat(store.lookups).isEmpty();
        assertThat(store.transactions).isZero();
    }
}
