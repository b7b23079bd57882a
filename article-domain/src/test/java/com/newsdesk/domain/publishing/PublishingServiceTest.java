package com.newsdesk.domain.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.newsdesk.domain.InMemoryStore;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.article.DefectorStory;
import com.newsdesk.domain.article.NewStory;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.failure.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The publishing use cases over the in-memory store: one transaction each, and nothing written when refused. */
class PublishingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final PublishingService publishing =
            new PublishingService(store, store, store, Clock.fixed(NOW, ZoneOffset.UTC));

    private static StoryDraft story(String headline, String speaker) {
        return new StoryDraft(
                headline,
                null,
                List.of("Dana Whitfield"),
                null,
                "Newsdesk Daily",
                List.of(new StoryDraft.Block(null, "paragraph", "“We are ready,” said " + speaker + ".", null, null)),
                List.of(new StoryDraft.QuoteDraft(
                        "b1", speaker, List.of(), null, "We are ready,", null, null, null, null, null, null)),
                List.of());
    }

    @Test
    void aNewDraftTakesItsSlugFromTheHeadlineAndTheNextFreeOneWhenTaken() {
        NewStory first = publishing.create(story("Harbor Street opens", "Dana Okafor"), "reporter");
        NewStory second = publishing.create(story("Harbor Street opens!", "Dana Okafor"), "reporter");

        assertThat(first.article().slug()).isEqualTo(new Slug("harbor-street-opens"));
        assertThat(second.article().slug()).isEqualTo(new Slug("harbor-street-opens-2"));
        assertThat(store.written())
                .extracting(ArticleChange::kind)
                .containsExactly(ChangeKind.CREATED, ChangeKind.CREATED);
    }

    @Test
    void aSpeakerIsMatchedByNameOrAliasWhateverTheCase() {
        publishing.importPublished(
                DefectorStory.ID, DefectorStory.SLUG, DefectorStory.story(), DefectorStory.PUBLISHED_AT, "newsdesk");

        NewStory byName = publishing.create(story("One", "oh chong song"), "reporter");
        NewStory byAlias = publishing.create(story("Two", "오청성"), "reporter");
        NewStory someoneElse = publishing.create(story("Three", "Someone Else"), "reporter");

        var oh = DefectorStory.story().quotes().get(0).speaker().id();
        assertThat(byName.article().quotes().get(0).speaker().id()).isEqualTo(oh);
        assertThat(byAlias.article().quotes().get(0).speaker().id()).isEqualTo(oh);
        assertThat(someoneElse.article().quotes().get(0).speaker().id()).isNotEqualTo(oh);
    }

    @Test
    void aBrokenDraftIsRefusedAndNothingIsWritten() {
        StoryDraft broken = story("", "Dana");

        assertThat(catchThrowable(() -> publishing.create(broken, "reporter")))
                .isInstanceOf(StoryRulesBrokenException.class);
        assertThat(store.written()).isEmpty();
    }

    @Test
    void publishingAtAPastInstantIsRefusedAndAFutureOneSchedules() {
        ArticleId id =
                publishing.create(story("Later", "Dana"), "reporter").article().id();

        assertThat(catchThrowable(() -> publishing.publish(id.toString(), NOW.minusSeconds(1), 1, "editor")))
                .isInstanceOf(InvalidInputException.class);
        ArticleChange scheduled = publishing.publish(id.toString(), NOW.plusSeconds(60), 1, "editor");

        assertThat(scheduled.kind()).isEqualTo(ChangeKind.SCHEDULED);
        assertThat(publishing.publishDue(10)).isEmpty();
        PublishingService later =
                new PublishingService(store, store, store, Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC));
        assertThat(later.publishDue(10)).extracting(ArticleChange::articleId).containsExactly(id);
        assertThat(store.stored(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void aStoryArrivingPublishedIsWrittenOnce() {
        assertThat(publishing.importPublished(
                        DefectorStory.ID,
                        DefectorStory.SLUG,
                        DefectorStory.story(),
                        DefectorStory.PUBLISHED_AT,
                        "newsdesk"))
                .isTrue();
        assertThat(publishing.importPublished(
                        DefectorStory.ID,
                        DefectorStory.SLUG,
                        DefectorStory.story(),
                        DefectorStory.PUBLISHED_AT,
                        "newsdesk"))
                .isFalse();
        assertThat(store.written())
                .singleElement()
                .satisfies(c -> assertThat(c.revisionKind()).isEqualTo("publication"));
    }

    @Test
    void aRetractionNeedsANote() {
        ArticleId id = publishing
                .create(story("To retract", "Dana"), "reporter")
                .article()
                .id();
        publishing.publish(id.toString(), null, 1, "editor");

        assertThat(catchThrowable(() -> publishing.retract(id.toString(), " ", 2, "editor")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(publishing.retract(id.toString(), "Wrong.", 2, "editor").kind())
                .isEqualTo(ChangeKind.RETRACTED);
    }
}
