package com.newsdesk.domain.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.InMemoryStore;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.article.DefectorStory;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.publishing.PublishingService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editors' aliases over the in-memory store: one change per quoting story, nothing when nothing changes. */
class SpeakerServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final SpeakerId UN = new SpeakerId(UUID.fromString("ed381f3e-ff37-47d6-abdd-4a7c4a821e66"));

    private final InMemoryStore store = new InMemoryStore();
    private final SpeakerService speakers = new SpeakerService(store, store, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void seeded() {
        new PublishingService(store, store, store, Clock.fixed(NOW, ZoneOffset.UTC))
                .importPublished(
                        DefectorStory.ID,
                        DefectorStory.SLUG,
                        DefectorStory.story(),
                        DefectorStory.PUBLISHED_AT,
                        "newsdesk");
    }

    @Test
    void newAliasesMakeARevisionOfEveryStoryQuotingTheSpeaker() {
        int before = store.written().size();

        speakers.replaceAliases(UN, List.of("UN", "U.N.", "the world body", "un", "United Nations"), "editor");

        List<ArticleChange> changes =
                store.written().subList(before, store.written().size());
        assertThat(changes).extracting(ArticleChange::kind).containsExactly(ChangeKind.SPEAKER_EDITED);
        assertThat(changes.get(0).revision()).isEqualTo(2);
        Article stored = store.stored(DefectorStory.ID);
        assertThat(stored.quotes().stream()
                        .map(Quote::speaker)
                        .filter(s -> s.id().equals(UN))
                        .findFirst()
                        .orElseThrow()
                        .aliases())
                .containsExactly("U.N.", "UN", "the world body");
    }

    @Test
    void theSameAliasesAgainChangeNothing() {
        int before = store.written().size();
        speakers.replaceAliases(UN, List.of("U.N.", "UN"), "editor");
        assertThat(store.written()).hasSize(before);
    }

    @Test
    void aBlankAliasIsRefusedAndNothingIsWritten() {
        int before = store.written().size();
        assertThatThrownBy(() -> speakers.replaceAliases(UN, List.of("UN", " "), "editor"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.written()).hasSize(before);
    }

    @Test
    void anUnknownSpeakerIsNotFound() {
        assertThatThrownBy(() -> speakers.replaceAliases(new SpeakerId(UUID.randomUUID()), List.of("X"), "editor"))
                .isInstanceOf(SpeakerNotFoundException.class);
    }
}
