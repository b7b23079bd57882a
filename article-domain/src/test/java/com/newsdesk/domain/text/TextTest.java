package com.newsdesk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "N. Korean defector",
                "오청성",
                "“curly” ‘quotes’ … — –",
                "😀👍🏽",
                "👨‍👩‍👧", // joined by U+200D
                "e\u0301", // a combining accent on a letter
                "a\u00A0b", // a no-break space between words
                "\u200B1", // a zero-width space before a digit
                "$",
                "שלום\u200F!", // a right-to-left mark is a mark, not an override
                "ـ", // Arabic tatweel (a modifier letter)
                "\uE000x" // private use beside a letter
            })
    void visibleSingleLines(String text) {
        assertThat(Text.fault(text)).isNull();
        assertThat(Text.visibleFault(text)).isNull();
        assertThat(Text.singleLineFault(text)).isNull();
        assertThat(Text.isVisibleSingleLine(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\u00A0", // no-break space
                "\u2007\u202F\u3000", // figure, narrow no-break and ideographic spaces
                "\u200B", // zero-width space
                "\u200B\u00A0\u200B",
                "\uFEFF", // zero-width no-break space (BOM)
                "\u200C\u200D\u2060", // joiners, word joiner
                "\u00AD", // soft hyphen
                "\u0301", // a combining accent on nothing
                "\uFE0F", // a variation selector
                "\u3164\u115F\uFFA0", // Hangul fillers
                "\u2800", // the blank Braille pattern
                "\t\n\r",
                "\u2028\u2029"
            })
    void storableButNotVisible(String text) {
        assertThat(Text.fault(text)).isNull();
        assertThat(Text.visibleFault(text)).isEqualTo("must not be blank");
        assertThat(Text.isVisible(text)).isFalse();
    }

    @Test
    void aParagraphMaySpanLinesButAHeadlineMayNot() {
        for (String lines : new String[] {"one\ntwo", "one\r\ntwo", "one\ttwo", "one\u2028two", "one\u2029two"}) {
            assertThat(Text.visibleFault(lines)).isNull();
            assertThat(Text.breaksLines(lines)).isTrue();
            assertThat(Text.singleLineFault(lines)).startsWith("must be a single line");
        }
        assertThat(Text.singleLineFault("one\ntwo")).endsWith("(found U+000A)");
    }

    @Test
    void namesWhatCannotBeStored() {
        assertThat(Text.fault("a\u0000b")).isEqualTo("must not contain NUL characters");
        assertThat(Text.fault("a\u0007b")).isEqualTo("must not contain control characters (found U+0007)");
        assertThat(Text.fault("\u0085")).isEqualTo("must not contain control characters (found U+0085)");
        assertThat(Text.fault("a\u000Bb")).isEqualTo("must not contain control characters (found U+000B)");
        assertThat(Text.fault("\uD83D")).isEqualTo("must not contain unpaired surrogates");
        assertThat(Text.fault("\uDE00\uD83D")).isEqualTo("must not contain unpaired surrogates");
        assertThat(Text.fault("abc\u202Edef"))
                .isEqualTo("must not contain bidirectional embeddings, overrides or isolates (found U+202E)");
        for (String bidi :
                new String[] {"\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069"}) {
            assertThat(Text.fault("x" + bidi)).startsWith("must not contain bidirectional");
        }
        assertThat(Text.fault("x\uFFFF")).isEqualTo("must not contain noncharacters (found U+FFFF)");
        assertThat(Text.fault("x\uFFFE")).isEqualTo("must not contain noncharacters (found U+FFFE)");
        assertThat(Text.fault("x\uFDD0")).isEqualTo("must not contain noncharacters (found U+FDD0)");
        assertThat(Text.fault("x" + Character.toString(0x1FFFF)))
                .isEqualTo("must not contain noncharacters (found U+1FFFF)");
        // A faulty text is never visible, whatever else it holds.
        assertThat(Text.visibleFault("Headline\u202E")).startsWith("must not contain bidirectional");
    }

    @Test
    void findsTheTypographicSpellingOfWhatWasTypedPlain() {
        String text = "Kim Jong Un’s regime – said “strikingly similar” … and so on";

        assertThat(Text.typographicVariant(text, "Un's regime")).contains("Un’s regime");
        assertThat(Text.typographicVariant(text, "regime - said")).contains("regime – said");
        assertThat(Text.typographicVariant(text, "\"strikingly similar\"")).contains("“strikingly similar”");
        assertThat(Text.typographicVariant(text, "similar” ... and")).contains("similar” … and");
        // Nothing plain to loosen, no occurrence, or two: no suggestion.
        assertThat(Text.typographicVariant(text, "Un’s")).isEmpty();
        assertThat(Text.typographicVariant(text, "Kim's")).isEmpty();
        assertThat(Text.typographicVariant("it's ‘it’s’", "it's")).isEmpty();
        // Anything else in find is taken literally, never as a pattern.
        assertThat(Text.typographicVariant("a.b’s", "a.b's")).contains("a.b’s");
        assertThat(Text.typographicVariant("axb’s", "a.b's")).isEmpty();
    }
}
