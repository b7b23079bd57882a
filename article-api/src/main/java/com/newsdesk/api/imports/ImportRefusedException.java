package com.newsdesk.api.imports;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;

/** A page the importer will not read: a 400 when the body itself is unreadable, a 422 when it holds no article. */
public final class ImportRefusedException extends DomainException {

    private ImportRefusedException(FailureKind kind, String code, String title, String detail) {
        super(kind, code, title, detail);
    }

    /** The body is not a page at all: empty, binary, in an encoding it does not declare, or broken beyond reading. */
    public static ImportRefusedException invalid(String detail) {
        return new ImportRefusedException(FailureKind.INVALID_INPUT, "import-unreadable", "Page unreadable", detail);
    }

    /** The page reads, but there is no article in it. */
    public static ImportRefusedException noArticle(String detail) {
        return new ImportRefusedException(
                FailureKind.UNPROCESSABLE, "import-no-article", "No article in the page", detail);
    }
}
