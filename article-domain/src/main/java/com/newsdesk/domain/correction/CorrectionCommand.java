package com.newsdesk.domain.correction;

import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.EventRedating;
import com.newsdesk.domain.article.TextEdit;
import com.newsdesk.domain.failure.Violations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An editor's correction as it arrives: which article (id or slug, as written in the path), the revision the editor
 * read, the correction itself, who sends it, and optionally an idempotency key so a retry cannot apply it twice.
 */
public record CorrectionCommand(
        String article, int expectedRevision, Correction correction, String editor, String idempotencyKey) {

    /** Printable ASCII without spaces, 1 to 200 characters: UUIDs and ULIDs fit, and it is safe to log. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    public CorrectionCommand {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(editor, "editor");
        new Violations()
                .check(
                        idempotencyKey == null
                                || KEY_SHAPE.matcher(idempotencyKey).matches(),
                        "Idempotency-Key",
                        "must be 1 to 200 printable ASCII characters without spaces")
                .throwIfAny();
    }

    /**
     * What makes two requests "the same request" for an idempotency key: the article as named in the path and every
     * field of the correction, but not the {@code If-Match} revision, which a retry may legitimately repeat or not.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        field(canonical, article);
        CorrectionTarget target = correction.target();
        field(canonical, target.path());
        TextEdit edit = correction.edit();
        field(canonical, edit == null ? null : edit.find());
        field(canonical, edit == null ? null : edit.replace());
        EventRedating redating = correction.redating();
        field(canonical, redating == null ? null : String.valueOf(redating.start()));
        field(canonical, redating == null ? null : String.valueOf(redating.end()));
        field(
                canonical,
                redating == null || redating.precision() == null
                        ? null
                        : redating.precision().code());
        field(canonical, redating == null ? null : String.valueOf(redating.approximate()));
        field(canonical, redating == null ? null : redating.title());
        field(canonical, correction.kind().code());
        field(canonical, correction.note());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** Length-prefixed, so that no two different field lists can run together into the same text. */
    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-1:");
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
    }
}
