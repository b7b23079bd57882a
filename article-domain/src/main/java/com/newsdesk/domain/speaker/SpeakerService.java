package com.newsdesk.domain.speaker;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violations;
import com.newsdesk.domain.transaction.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Editors keep the names readers use for a speaker ("the UN", "U.N."): aliases are data. Changing them is one use
 * case in one transaction: the speaker's aliases are written, and every story quoting the speaker takes note with a
 * revision of its own (its document shows the aliases), so that caches and ETags of those stories move on too.
 */
public final class SpeakerService {

    public static final int MAX_ALIASES = 50;
    public static final int MAX_ALIAS = 200;

    private final ArticleRepository articles;
    private final Transactions transactions;
    private final Clock clock;

    public SpeakerService(ArticleRepository articles, Transactions transactions, Clock clock) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Replaces the speaker's aliases with {@code aliases} (each a visible single line; duplicates, by case and Unicode
     * form, and the speaker's own name are dropped).
     *
     * @return the speaker as now known
     * @throws InvalidInputException when an alias is blank, too long or not storable, or there are too many
     * @throws SpeakerNotFoundException when no speaker has this id
     */
    public Speaker replaceAliases(SpeakerId id, List<String> aliases, String editor) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(editor, "editor");
        if (aliases == null) {
            throw InvalidInputException.of("aliases", "is required (an empty list removes them all)");
        }
        Violations violations = new Violations()
                .check(aliases.size() <= MAX_ALIASES, "aliases", "has at most " + MAX_ALIASES + " entries");
        for (int i = 0; i < aliases.size(); i++) {
            violations.requireLine("aliases[" + i + "]", aliases.get(i), MAX_ALIAS);
        }
        violations.throwIfAny();
        // The transaction starts here: the speaker is locked first, then each story quoting them, one by one.
        return transactions.inTransaction(() -> {
            Speaker current = articles.lockSpeaker(id).orElseThrow(() -> new SpeakerNotFoundException(id));
            Set<String> seen = new HashSet<>();
            seen.add(Speaker.fold(current.name()));
            List<String> kept = new ArrayList<>();
            for (String alias : aliases) {
                if (seen.add(Speaker.fold(alias))) {
                    kept.add(alias.strip());
                }
            }
            Speaker updated = new Speaker(id, current.name(), current.kind(), kept);
            if (updated.equals(current)) {
                return current;
            }
            // Every story quoting the speaker is locked and read as it stands (with the old aliases) before the
            // speaker's rows change, so each one sees what it showed and what it will show.
            List<Article> quoting = new ArrayList<>();
            for (ArticleId article : articles.quoting(id)) {
                quoting.add(articles.lockForChange(ArticleReference.of(article))
                        .orElseThrow(() -> new IllegalStateException("article " + article + " is gone")));
            }
            articles.writeSpeaker(updated);
            for (Article article : quoting) {
                article.speakerKnownAs(updated, editor, clock.instant())
                        .ifPresent(change -> articles.write(article, change));
            }
            return updated;
        });
    }
}
