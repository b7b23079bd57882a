package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.CorrectionNotice;
import com.newsdesk.domain.article.Slug;
import java.util.Objects;

/** A public correction notice found across articles, with the article it corrects. */
public record NoticeEntry(CorrectionNotice notice, ArticleId articleId, Slug articleSlug, String articleHeadline) {
    public NoticeEntry {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleSlug, "articleSlug");
        Objects.requireNonNull(articleHeadline, "articleHeadline");
    }
}
