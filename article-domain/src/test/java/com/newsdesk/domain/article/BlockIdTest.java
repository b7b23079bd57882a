package com.newsdesk.domain.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"b1", "b13", "b6", "0", "intro", "video-1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void isShortLowerCaseAndReadable(String value) {
        assertThat(BlockId.isValid(value)).isTrue();
        assertThat(new BlockId(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "B1",
                "-b1",
                "b 1",
                "b_1",
                "b1/",
                "../b1",
                "..",
                "b1' or '1'='1",
                "b1;--",
                "b1\u0000",
                "b1\n",
                "ｂ１",
                "b١",
                "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
            })
    void refusesAnythingElse(String value) {
        assertThat(BlockId.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new BlockId(value));
    }

    @org.junit.jupiter.api.Test
    void isRequired() {
        assertThatNullPointerException().isThrownBy(() -> new BlockId(null));
    }
}
