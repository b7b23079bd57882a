package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import java.util.Map;

/** A step the story's current status does not allow: publishing twice, correcting a draft, deleting what is public. */
public final class LifecycleRefusedException extends DomainException {

    private final ArticleStatus status;

    private LifecycleRefusedException(String code, String title, String detail, ArticleStatus status) {
        super(FailureKind.CONFLICT, code, title, detail);
        this.status = status;
    }

    static LifecycleRefusedException alreadyPublished(ArticleStatus status) {
        return new LifecycleRefusedException(
                "already-published",
                "Story already published",
                "The story is " + status.code() + "; it can be published only once.",
                status);
    }

    static LifecycleRefusedException notEditable(ArticleStatus status) {
        return new LifecycleRefusedException(
                "story-not-editable",
                "Story is no longer a draft",
                "The story is " + status.code() + ": a published story changes only through corrections"
                        + " (POST /api/articles/{article}/corrections).",
                status);
    }

    static LifecycleRefusedException notPublished(ArticleStatus status, String what) {
        return new LifecycleRefusedException(
                "story-not-published",
                "Story is not published",
                "The story is " + status.code() + "; only a published story can be " + what
                        + (status.isEditable() ? ". Edit a draft by replacing it (PUT /api/articles/{article})." : "."),
                status);
    }

    static LifecycleRefusedException notDeletable(ArticleStatus status) {
        return new LifecycleRefusedException(
                "story-not-deletable",
                "Story cannot be deleted",
                "The story is " + status.code() + "; only drafts can be deleted. Retract a published story instead.",
                status);
    }

    public ArticleStatus status() {
        return status;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("articleStatus", status.code());
    }
}
