package com.newsdesk.testing;

/** The seeded story's id and slug (written at start by the application's SeedStory, from seed/defector-story.json). */
public final class StoryCopies {

    public static final String SEEDED_ID = "bfd56bd5-f8d8-465f-acf5-a334fb335a7f";

    public static final String SEEDED_SLUG = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";

    private StoryCopies() {}

    /** A slug no other test uses. */
    public static String uniqueSlug(String prefix) {
        return Fixtures.uniqueSlug(prefix).value();
    }
}
