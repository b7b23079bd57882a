package com.newsdesk.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "story", "n-korean-defector", "1950-53-war", "2017-dmz-escape", "a1"})
    void isLowerCaseAsciiWordsJoinedBySingleHyphens(String value) {
        assertThat(Slug.isValid(value)).isTrue();
        assertThat(new Slug(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "-",
                "a-",
                "-a",
                "a--b",
                "A",
                "a b",
                "a_b",
                "a.b",
                "a/b",
                "..",
                "ä",
                "12345",
                "2017-11-13",
                "bfd56bd5-f8d8-465f-acf5-a334fb335a7f",
                "a\u0000",
                "a\n"
            })
    void isNothingElse(String value) {
        assertThat(Slug.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Slug(value));
    }

    @Test
    void anIdShapedSlugWithLettersIsStillNotASlug() {
        // All hex letters and digits in the shape of a UUID: it must be read as an id, never as a slug.
        assertThat(Slug.isValid("abcdefab-abcd-abcd-abcd-abcdefabcdef")).isFalse();
    }

    @Test
    void holdsAtMost200Characters() {
        assertThat(Slug.isValid("a".repeat(200))).isTrue();
        assertThat(Slug.isValid("a".repeat(201))).isFalse();
    }

    @Test
    void followsTheHeadline() {
        assertThat(Slug.fromHeadline(DefectorStory.HEADLINE)).isEqualTo(DefectorStory.SLUG);
        assertThat(Slug.fromHeadline("Défector’s “escape”, 2017!").value()).isEqualTo("defector-s-escape-2017");
        assertThat(Slug.fromHeadline("오청성").value()).isEqualTo("story");
    }

    @Test
    void fromAHeadlineWithoutLettersStillHasOne() {
        // A slug needs a letter so that it is never read as an id; "9/11" alone would be "9-11".
        assertThat(Slug.fromHeadline("9/11").value()).isEqualTo("story-9-11");
        assertThat(Slug.fromHeadline("2017").value()).isEqualTo("story-2017");
        assertThat(Slug.fromHeadline("12345678-1234-1234-1234-123456789012").value())
                .isEqualTo("story-12345678-1234-1234-1234-123456789012");
        assertThat(Slug.fromHeadline("1".repeat(300)).value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
        // The only letter falls beyond the cut.
        assertThat(Slug.fromHeadline("1".repeat(250) + " a").value()).startsWith("story-111");
    }

    @Test
    void fromALongHeadlineIsCutWithinTheLimit() {
        Slug slug = Slug.fromHeadline("word ".repeat(100));

        assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
        assertThat(Slug.isValid(slug.value())).isTrue();
    }
}
