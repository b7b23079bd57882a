package com.newsdesk.domain.article;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Someone quoted, known by one name and any number of aliases: the defector is "Oh Chong Song", also written
 * "Oh Chong-song" and, in Hangul, 오청성. Speakers are shared by all articles.
 */
public record Speaker(SpeakerId id, String name, SpeakerKind kind, List<String> aliases) {

    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a speaker has a name");
        }
        // Kept in one order (by UTF-16 code units), whatever order they were given or stored in.
        aliases = aliases.stream().sorted().toList();
    }

    /** Whether {@code nameOrAlias} is this speaker's name or one of the aliases, ignoring case and Unicode form. */
    public boolean answersTo(String nameOrAlias) {
        String wanted = fold(nameOrAlias);
        return fold(name).equals(wanted) || aliases.stream().map(Speaker::fold).anyMatch(wanted::equals);
    }

    /** The form names are compared in: NFC, lower case in the root locale, trimmed. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
