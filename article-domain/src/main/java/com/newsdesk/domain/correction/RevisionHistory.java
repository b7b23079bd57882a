package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.CorrectionId;
import java.util.List;
import java.util.Optional;

/** Every revision an article has had, and every correction; kept for ever. */
public interface RevisionHistory {

    /** The article's revisions, revision 1 first. */
    List<Revision> revisions(ArticleId article);

    /** One correction of the article, as it was applied. */
    Optional<AppliedCorrection> correction(ArticleId article, CorrectionId correction);
}
