package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.ArticleHead;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleNotFoundException;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.Audience;
import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.article.StoredDocuments;
import com.newsdesk.domain.transaction.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reading an article's past: its revisions, the article as it read at any of them, and each correction. The past of a
 * story the audience may not read now (a draft, to the public) does not exist for it either; and the public's history
 * of a story starts at its publication: how the newsroom drafted it is the newsroom's.
 */
public final class RevisionCatalog {

    private final StoredDocuments documents;
    private final RevisionHistory history;
    private final Transactions transactions;

    public RevisionCatalog(StoredDocuments documents, RevisionHistory history, Transactions transactions) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.history = Objects.requireNonNull(history, "history");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public List<Revision> revisions(String article, Audience audience) {
        return transactions.readOnly(() -> visible(history.revisions(readable(article, audience)), audience));
    }

    /** @throws RevisionNotFoundException when the article never had that revision (that the audience may see) */
    public ArticleDocument articleAt(String article, int revision, Audience audience) {
        return transactions.readOnly(() -> {
            List<Revision> seen = visible(history.revisions(readable(article, audience)), audience);
            if (seen.stream().noneMatch(r -> r.number() == revision)) {
                throw RevisionNotFoundException.revision(article, revision);
            }
            return documents
                    .atRevision(ArticleReference.parse(article), revision)
                    .orElseThrow(() -> RevisionNotFoundException.revision(article, revision));
        });
    }

    /** The revisions the audience may see: all, for the newsroom; from the publication on, for the public. */
    private static List<Revision> visible(List<Revision> revisions, Audience audience) {
        if (audience == Audience.NEWSROOM) {
            return revisions;
        }
        int published = revisions.stream()
                .filter(r -> Revision.PUBLICATION.equals(r.kind()))
                .mapToInt(Revision::number)
                .min()
                .orElse(Integer.MAX_VALUE);
        return revisions.stream().filter(r -> r.number() >= published).toList();
    }

    /** @throws RevisionNotFoundException when the article has no such correction */
    public AppliedCorrection correction(String article, String correction, Audience audience) {
        CorrectionId id;
        try {
            id = new CorrectionId(UUID.fromString(correction));
        } catch (IllegalArgumentException notAnId) {
            throw RevisionNotFoundException.correction(article, correction);
        }
        return transactions.readOnly(() -> history.correction(readable(article, audience), id)
                .orElseThrow(() -> RevisionNotFoundException.correction(article, correction)));
    }

    private ArticleId readable(String article, Audience audience) {
        return documents
                .head(ArticleReference.parse(article))
                .filter(head -> audience.mayRead(head.status()))
                .map(ArticleHead::id)
                .orElseThrow(() -> new ArticleNotFoundException(article));
    }
}
