package com.newsdesk.domain.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The write side of the article store: the one path every change to a story takes. A use case loads the article with
 * a lock, lets the aggregate make the change, and hands the article and the {@link ArticleChange} to
 * {@link #write}, all in one transaction.
 */
public interface ArticleRepository {

    /**
     * The article, whole, locked against every other change until the caller's transaction ends, so that what the
     * change reads (revision, text, quotes) is what it changes. Must run inside the caller's transaction.
     */
    Optional<Article> lockForChange(ArticleReference reference);

    /**
     * Scheduled articles whose publication time has come, locked; articles another transaction holds are skipped, so
     * that several nodes publishing at once never publish one story twice.
     */
    List<Article> lockDueForPublication(Instant now, int limit);

    /** The id of the article named by {@code reference}, without loading it. */
    Optional<ArticleId> idOf(ArticleReference reference);

    /** Whether an article, in any state, has this slug. */
    boolean slugTaken(Slug slug);

    /**
     * Writes what {@code change} says changed in {@code article}: its parts as the edits name them, the article's own
     * fields, the document of the new revision and the revision itself (with who, when and what), the correction
     * when there is one, and a row in the change table announced to every node once the transaction commits. A
     * {@link ChangeKind#DELETED} change removes the article and keeps only the change row. Must run inside the
     * caller's transaction.
     *
     * @throws StaleRevisionException when another change to the same article committed first
     * @throws DuplicateSlugException when a new article's slug was taken meanwhile
     */
    void write(Article article, ArticleChange change);

    /** The speaker, locked against every other change of their aliases until the caller's transaction ends. */
    Optional<Speaker> lockSpeaker(SpeakerId speaker);

    /** The articles, in every state, that quote this speaker. */
    List<ArticleId> quoting(SpeakerId speaker);

    /**
     * Writes the speaker's aliases (speakers are shared by all stories). Each story quoting them then takes note of it
     * with its own change ({@link Article#speakerKnownAs}), written by {@link #write}. Must run inside the caller's
     * transaction.
     */
    void writeSpeaker(Speaker speaker);
}
