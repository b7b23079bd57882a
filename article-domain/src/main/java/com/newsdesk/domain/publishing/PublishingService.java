package com.newsdesk.domain.publishing;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleNotFoundException;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.DuplicateSlugException;
import com.newsdesk.domain.article.NewStory;
import com.newsdesk.domain.article.Retraction;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violations;
import com.newsdesk.domain.transaction.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A story from first draft to publication, and beyond: reporters and editors create and rewrite drafts, editors
 * publish them (now or at a set time) and retract published stories. Each use case is one transaction that loads the
 * article locked, lets the aggregate take the step, and writes what it changed through the one writer.
 */
public final class PublishingService {

    /** How many times a new story tries the next free slug when another story took its slug at the same moment. */
    private static final int SLUG_ATTEMPTS = 5;

    private final ArticleRepository articles;
    private final SpeakerDirectory speakers;
    private final Transactions transactions;
    private final Clock clock;

    public PublishingService(
            ArticleRepository articles, SpeakerDirectory speakers, Transactions transactions, Clock clock) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.speakers = Objects.requireNonNull(speakers, "speakers");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a draft from a whole story. Its slug comes from the headline, made unique with a number when taken.
     *
     * @throws StoryRulesBrokenException listing every fault; nothing is stored
     */
    public NewStory create(StoryDraft draft, String author) {
        for (int attempt = 1; ; attempt++) {
            try {
                // The transaction starts here: the speakers found are the ones the story is written with.
                return transactions.inTransaction(() -> {
                    Story story = StoryRules.check(draft, resolver(draft));
                    NewStory created = Article.draft(
                            ArticleId.newId(),
                            freeSlug(Slug.fromHeadline(story.headline())),
                            story,
                            author,
                            now(),
                            draft.importNote());
                    articles.write(created.article(), created.change());
                    return created;
                });
            } catch (DuplicateSlugException raced) {
                if (attempt == SLUG_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Replaces a draft (or a scheduled story) with a whole new version of it.
     *
     * @throws StoryRulesBrokenException listing every fault; nothing is stored
     */
    public ArticleChange replace(String reference, StoryDraft draft, int expectedRevision, String editor) {
        return change(reference, article -> {
            Story story = StoryRules.check(draft, resolver(draft));
            return article.replace(story, expectedRevision, editor, now());
        });
    }

    /**
     * Publishes a draft now, or schedules it for {@code publishAt} when that lies in the future.
     *
     * @throws InvalidInputException when {@code publishAt} is not in the future
     */
    public ArticleChange publish(String reference, Instant publishAt, int expectedRevision, String editor) {
        return change(reference, article -> {
            Instant now = now();
            if (publishAt == null) {
                return article.publish(expectedRevision, editor, now);
            }
            if (!publishAt.isAfter(now)) {
                throw InvalidInputException.of(
                        "publishAt", "must lie in the future (leave it out to publish now); the time is now " + now);
            }
            return article.schedule(publishAt, expectedRevision, editor, now);
        });
    }

    /** Retracts a published story, with a public note saying why. */
    public ArticleChange retract(String reference, String note, int expectedRevision, String editor) {
        new Violations().requireText("note", note, Retraction.MAX_NOTE).throwIfAny();
        return change(reference, article -> article.retract(note, expectedRevision, editor, now()));
    }

    /** Deletes a draft; {@code expectedRevision} may be null when the caller did not say what it read. */
    public ArticleChange delete(String reference, Integer expectedRevision, String editor) {
        return change(reference, article -> article.delete(expectedRevision, editor, now()));
    }

    /**
     * Publishes the scheduled stories whose time has come, at most {@code limit} of them; several nodes may call this
     * at once, and each story is published by exactly one of them.
     *
     * @return the changes made
     */
    public List<ArticleChange> publishDue(int limit) {
        return transactions.inTransaction(() -> {
            Instant now = now();
            List<ArticleChange> published = new ArrayList<>();
            for (Article article : articles.lockDueForPublication(now, limit)) {
                ArticleChange change = article.publishAsScheduled(now);
                articles.write(article, change);
                published.add(change);
            }
            return published;
        });
    }

    /**
     * Stores a story that arrives already published, such as the seeded story, with the ids it comes with; does
     * nothing when an article with its id exists.
     *
     * @return whether it was stored
     */
    public boolean importPublished(ArticleId id, Slug slug, Story story, Instant publishedAt, String editor) {
        return transactions.inTransaction(() -> {
            if (articles.idOf(ArticleReference.of(id)).isPresent()) {
                return false;
            }
            NewStory imported = Article.firstPublished(id, slug, story, publishedAt, editor);
            articles.write(imported.article(), imported.change());
            return true;
        });
    }

    private interface Step {
        ArticleChange apply(Article article);
    }

    private ArticleChange change(String reference, Step step) {
        ArticleReference parsed = ArticleReference.parse(reference);
        return transactions.inTransaction(() -> {
            Article article = articles.lockForChange(parsed).orElseThrow(() -> new ArticleNotFoundException(reference));
            ArticleChange change = step.apply(article);
            articles.write(article, change);
            return change;
        });
    }

    /** The headline's slug, or the first of {@code slug-2}, {@code slug-3}, ... that no story has. */
    private Slug freeSlug(Slug wanted) {
        Slug candidate = wanted;
        for (int n = 2; articles.slugTaken(candidate); n++) {
            String suffix = "-" + n;
            String base = wanted.value();
            if (base.length() + suffix.length() > Slug.MAX_LENGTH) {
                base = base.substring(0, Slug.MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
            }
            candidate = new Slug(base + suffix);
        }
        return candidate;
    }

    /**
     * Matches each quote's speaker to a known speaker by name or alias, in one lookup for the whole story; a name no
     * one answers to becomes a new speaker (one per name within the story).
     */
    private StoryRules.Speakers resolver(StoryDraft draft) {
        Set<String> names = new LinkedHashSet<>();
        for (StoryDraft.QuoteDraft quote : draft.quotes()) {
            if (quote != null
                    && quote.speakerName() != null
                    && !quote.speakerName().isBlank()) {
                names.add(quote.speakerName().strip());
                quote.speakerAliases().stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .forEach(names::add);
            }
        }
        Map<String, Speaker> known = new HashMap<>();
        if (!names.isEmpty()) {
            for (Speaker speaker : speakers.answeringTo(names)) {
                known.putIfAbsent(Speaker.fold(speaker.name()), speaker);
                speaker.aliases().forEach(alias -> known.putIfAbsent(Speaker.fold(alias), speaker));
            }
        }
        return (name, aliases, kind) -> {
            Optional<Speaker> found = Optional.ofNullable(known.get(Speaker.fold(name)));
            for (String alias : aliases) {
                if (found.isEmpty() && alias != null) {
                    found = Optional.ofNullable(known.get(Speaker.fold(alias)));
                }
            }
            return found.orElseGet(() -> {
                Speaker created = new Speaker(SpeakerId.newId(), name, kind, distinct(name, aliases));
                known.put(Speaker.fold(name), created);
                created.aliases().forEach(alias -> known.putIfAbsent(Speaker.fold(alias), created));
                return created;
            });
        };
    }

    private static List<String> distinct(String name, List<String> aliases) {
        Map<String, String> byFold = new LinkedHashMap<>();
        for (String alias : aliases) {
            if (alias != null && !Speaker.fold(alias).equals(Speaker.fold(name))) {
                byFold.putIfAbsent(Speaker.fold(alias), alias.strip());
            }
        }
        return List.copyOf(byFold.values());
    }

    private Instant now() {
        return clock.instant();
    }
}
