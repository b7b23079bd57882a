package com.newsdesk.domain.article;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import com.newsdesk.domain.text.Text;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A well-formed correction that cannot be carried out against the article as it reads now. Nothing changes. */
public final class CorrectionRefusedException extends DomainException {

    private final Map<String, Object> properties;

    private CorrectionRefusedException(String code, String title, String detail, Map<String, Object> properties) {
        super(FailureKind.UNPROCESSABLE, code, title, detail);
        this.properties = Map.copyOf(properties);
    }

    /**
     * {@code find} does not occur in {@code text}. When it would with typographic quotes or dashes (an apostrophe typed
     * as ' where the text has ’), the problem says so, and offers the text's own spelling as {@code suggestion}.
     */
    static CorrectionRefusedException findTextNotFound(CorrectionTarget target, String find, String text) {
        Optional<String> variant = Text.typographicVariant(text, find);
        if (variant.isPresent()) {
            return new CorrectionRefusedException(
                    "find-text-not-found",
                    "Find text not found",
                    "The text to find does not occur in " + target.path() + ", but “" + echo(variant.get())
                            + "” does: did you mean " + differences(find, variant.get()) + "?",
                    Map.of("target", target.path(), "occurrences", 0, "suggestion", variant.get()));
        }
        return new CorrectionRefusedException(
                "find-text-not-found",
                "Find text not found",
                "The text to find does not occur in " + target.path() + ".",
                Map.of("target", target.path(), "occurrences", 0));
    }

    /** The typographic characters of {@code variant} where {@code find} has plain ones: "’", or "’ and –". */
    private static String differences(String find, String variant) {
        Set<String> typographic = new LinkedHashSet<>();
        int f = 0;
        for (int v = 0; v < variant.length() && f < find.length(); v++, f++) {
            char plain = find.charAt(f);
            char shown = variant.charAt(v);
            if (shown == '…' && plain == '.') {
                f += 2;
            }
            if (shown != plain) {
                typographic.add(String.valueOf(shown));
            }
        }
        return String.join(" and ", typographic);
    }

    static CorrectionRefusedException findTextAmbiguous(CorrectionTarget target, int occurrences) {
        return new CorrectionRefusedException(
                "find-text-ambiguous",
                "Find text is ambiguous",
                "The text to find occurs " + occurrences + " times in " + target.path()
                        + "; give more of the surrounding text so that it occurs exactly once.",
                Map.of("target", target.path(), "occurrences", occurrences));
    }

    static CorrectionRefusedException unknownTarget(String field, String value) {
        return new CorrectionRefusedException(
                "unknown-target",
                "Unknown correction target",
                "This article has no " + field + " '" + value + "'.",
                Map.of("field", field));
    }

    static CorrectionRefusedException noText(CorrectionTarget target) {
        return new CorrectionRefusedException(
                "target-has-no-text",
                "Target has no text",
                target.path() + " has no text to correct.",
                Map.of("target", target.path()));
    }

    static CorrectionRefusedException emptyResult(CorrectionTarget target) {
        return new CorrectionRefusedException(
                "text-would-be-empty",
                "Text would be empty",
                "The correction would leave " + target.path() + " without any text.",
                Map.of("target", target.path()));
    }

    static CorrectionRefusedException tooLong(CorrectionTarget target, int maxLength, int length) {
        return new CorrectionRefusedException(
                "text-too-long",
                "Text would be too long",
                "The correction would make " + target.path() + " " + length + " characters long; it may have at most "
                        + maxLength + ".",
                Map.of("target", target.path(), "maxLength", maxLength));
    }

    static CorrectionRefusedException noChange(CorrectionTarget target) {
        return new CorrectionRefusedException(
                "no-change",
                "Correction changes nothing",
                "The correction would leave " + target.path() + " exactly as it reads now.",
                Map.of("target", target.path()));
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
