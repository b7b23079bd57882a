package com.newsdesk.domain.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void collectsEveryFaultIntoOneRefusal() {
        Violations v = new Violations()
                .check(false, "page", "must be 0 or more")
                .requireText("note", null, 10)
                .requireText("find", "  ", 10)
                .optionalText("q", "0123456789x", 10)
                .optionalText("speaker", "a\u0000", 10)
                .check(true, "size", "never reported");

        assertThat(v.isEmpty()).isFalse();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, v::throwIfAny);
        assertThat(e.violations())
                .containsExactly(
                        new Violation("page", "must be 0 or more"),
                        new Violation("note", "is required"),
                        new Violation("find", "must not be blank"),
                        new Violation("q", "must be at most 10 characters, was 11"),
                        new Violation("speaker", "must not contain NUL characters"));
        assertThat(e.detail())
                .isEqualTo("page: must be 0 or more; note: is required; find: must not be blank; "
                        + "q: must be at most 10 characters, was 11; speaker: must not contain NUL characters");
        assertThat(e.kind()).isEqualTo(FailureKind.INVALID_INPUT);
        assertThat(e.getStackTrace()).as("refusals are expected outcomes").isEmpty();
    }

    @Test
    void noFaultsNoRefusal() {
        Violations v = new Violations().optionalText("q", null, 1).optionalText("q", "", 1);

        assertThat(v.isEmpty()).isTrue();
        assertThatCode(v::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void anInvalidRequestNamesAtLeastOneViolation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidInputException(List.of()));
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, "message"));
        assertThatNullPointerException().isThrownBy(() -> new Violation("name", null));
    }

    @Test
    void textFaultsAreTheTextRules() {
        // The rules themselves are TextTest's; Violations names them for a field.
        assertThat(Violations.textFault("plain")).isNull();
        assertThat(Violations.textFault("a\u0000b")).isEqualTo("must not contain NUL characters");
        assertThat(new Violations().requireText("note", "\u200B", 10).isEmpty()).isFalse();
        assertThat(new Violations().requireLine("title", "one\ntwo", 10).isEmpty())
                .isFalse();
        assertThat(new Violations().requireText("note", "one\ntwo", 10).isEmpty())
                .isTrue();
    }

    @Test
    void lengthsAreCountedInCharacters() {
        assertThat(new Violations().optionalText("q", "😀".repeat(10), 10).isEmpty())
                .isTrue();
        assertThat(new Violations().optionalText("q", "😀".repeat(11), 10).isEmpty())
                .isFalse();
    }
}
