package com.newsdesk.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.newsdesk.domain.failure.FailureKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a path names an article, and why nothing else can reach a query. */
class ArticleReferenceTest {

    private static final String SEEDED_SLUG = "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";

    @Test
    void readsAnId() {
        ArticleReference reference = ArticleReference.parse("bfd56bd5-f8d8-465f-acf5-a334fb335a7f");

        assertThat(reference.id()).isEqualTo(DefectorStory.ID);
        assertThat(reference.slug()).isNull();
        assertThat(reference.idValue()).contains(DefectorStory.ID);
        assertThat(reference).hasToString("bfd56bd5-f8d8-465f-acf5-a334fb335a7f");
    }

    @Test
    void readsAnIdWrittenInCapitals() {
        assertThat(ArticleReference.parse("BFD56BD5-F8D8-465F-ACF5-A334FB335A7F")
                        .id())
                .isEqualTo(DefectorStory.ID);
    }

    @Test
    void readsASlug() {
        ArticleReference reference = ArticleReference.parse(SEEDED_SLUG);

        assertThat(reference.slug()).isEqualTo(DefectorStory.SLUG);
        assertThat(reference.id()).isNull();
        assertThat(reference.idValue()).isEmpty();
        assertThat(reference).hasToString(SEEDED_SLUG);
    }

    @Test
    void namesAnArticleByExactlyOneOfIdOrSlug() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ArticleReference(null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ArticleReference(DefectorStory.ID, DefectorStory.SLUG));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "..",
                "../../etc/passwd",
                "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e",
                "..\\..\\windows\\win.ini",
                "/etc/passwd",
                "a/b",
                "x' or '1'='1",
                "' OR 1=1 --",
                "1; drop table article; --",
                "slug'--",
                "slug\"",
                "50%",
                "a_b",
                "story\u0000",
                "\u0000",
                "story\n",
                "story%00",
                " story",
                "story ",
                "Story",
                "NORTH-KOREA",
                "-story",
                "story-",
                "story--two",
                "stor y",
                "오청성",
                "défector",
                "story.json",
                "12345", // no letter: could be mistaken for an id
                "2017-11-13",
                "{bfd56bd5-f8d8-465f-acf5-a334fb335a7f}",
            })
    void anythingElseIsNotFoundAndNeverReachesAQuery(String text) {
        ArticleNotFoundException e =
                catchThrowableOfType(ArticleNotFoundException.class, () -> ArticleReference.parse(text));

        assertThat(e).as("not found: %s", text).isNotNull();
        assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND);
        assertThat(e.code()).isEqualTo("article-not-found");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bfd56bd5-f8d8-465f-acf5-a334fb335a7", // one digit short of an id
                "bfd56bd5-f8d8-465f-acf5-a334fb335a7f0",
                "bfd56bd5f8d8465facf5a334fb335a7f",
                "bfd56bd5-f8d8-465f-acf5-a334fb335a7g",
            })
    void almostAnIdIsReadAsASlug(String text) {
        // Harmless: it is looked up as a slug, finds nothing, and is answered 404 like any unknown slug.
        ArticleReference reference = ArticleReference.parse(text);

        assertThat(reference.id()).isNull();
        assertThat(reference.slug().value()).isEqualTo(text);
    }

    @Test
    void aTooLongSlugIsNotFound() {
        String longest = "a".repeat(Slug.MAX_LENGTH);

        assertThat(ArticleReference.parse(longest).slug().value()).hasSize(200);
        assertThat(catchThrowableOfType(ArticleNotFoundException.class, () -> ArticleReference.parse(longest + "a")))
                .isNotNull();
    }

    @Test
    void theRefusalEchoesTheReferenceSafely() {
        ArticleNotFoundException e = new ArticleNotFoundException("bad\u0000name\nwith\u001Bcontrols");

        assertThat(e.detail()).isEqualTo("No article has the id or slug 'bad?name?with?controls'.");
        assertThat(new ArticleNotFoundException(null).detail()).isEqualTo("No article has the id or slug ''.");
    }

    @Test
    void theRefusalCutsALongReferenceAt120Characters() {
        ArticleNotFoundException e = new ArticleNotFoundException("x".repeat(121));

        assertThat(e.detail()).isEqualTo("No article has the id or slug '" + "x".repeat(120) + "…'.");
        assertThat(new ArticleNotFoundException("오".repeat(120)).detail()).doesNotContain("…");
    }

    @Test
    void theRefusalKeepsCharactersOutsideTheBasicPlaneAndMasksLoneSurrogates() {
        // U+1D800 (SIGNWRITING HAND-FIST INDEX) is a real character, and its low 16 bits look like a surrogate.
        String signWriting = new String(Character.toChars(0x1D800));

        assertThat(new ArticleNotFoundException("😀" + signWriting + "\uD800").detail())
                .isEqualTo("No article has the id or slug '😀" + signWriting + "?'.");
    }

    @Test
    void aRefusalCarriesNoStackTrace() {
        assertThat(new ArticleNotFoundException("x").getStackTrace()).isEmpty();
    }

    @Test
    void idsAreUuids() {
        UUID uuid = UUID.randomUUID();

        assertThat(ArticleReference.parse(uuid.toString()).id()).isEqualTo(new ArticleId(uuid));
    }
}
