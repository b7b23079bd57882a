package com.newsdesk.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.newsdesk.domain.InMemoryStore;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.paging.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCatalogTest {

    private final InMemoryStore store = new InMemoryStore();
    private final ArticleCatalog catalog = new ArticleCatalog(store, (search, page) -> null, store);

    ArticleCatalogTest() {
        store.add(DefectorStory.article());
    }

    @Test
    void readsAnArticleByIdOrSlugInOneReadOnlyTransaction() {
        assertThat(catalog.current(DefectorStory.SLUG.value(), Audience.PUBLIC).id())
                .isEqualTo(DefectorStory.ID);
        assertThat(catalog.current(DefectorStory.ID.toString(), Audience.PUBLIC).slug())
                .isEqualTo(DefectorStory.SLUG);
        assertThat(store.transactions).isEqualTo(2);
    }

    @Test
    void anUnknownSlugOrIdIsNotFound() {
        assertThat(catchThrowable(() -> catalog.current("no-such-story", Audience.NEWSROOM)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThat(catchThrowable(() -> catalog.current("00000000-0000-0000-0000-000000000000", Audience.NEWSROOM)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThat(store.lookups).hasSize(2);
    }

    @Test
    void aDraftExistsForTheNewsroomOnly() {
        Article draft = Article.draft(
                        ArticleId.newId(),
                        new Slug("a-draft"),
                        DefectorStory.story(),
                        "reporter",
                        Instant.parse("2019-04-16T09:00:00Z"))
                .article();
        store.add(draft);

        assertThat(catalog.current("a-draft", Audience.NEWSROOM).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(catchThrowable(() -> catalog.current("a-draft", Audience.PUBLIC)))
                .isInstanceOf(ArticleNotFoundException.class);
    }

    @Test
    void onlyTheNewsroomListsStoriesThatAreNotPublished() {
        ArticleSearch drafts = new ArticleSearch(ArticleStatus.DRAFT, DateRange.fromParameters(null, null, null), null);

        assertThat(catchThrowable(() -> catalog.search(drafts, new PageRequest(0, 20), Audience.PUBLIC)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.transactions).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "x' or '1'='1", "1; drop table article; --", "story\u0000", ""})
    void aReferenceThatCannotNameAnArticleNeverReachesTheStore(String reference) {
        assertThat(catchThrowable(() -> catalog.current(reference, Audience.NEWSROOM)))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThat(store.lookups).isEmpty();
        assertThat(store.transactions).isZero();
    }
}
