package com.newsdesk.domain.publishing;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import com.newsdesk.domain.failure.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A story that breaks the newsroom's rules, with every fault named by its place in the story. Nothing was stored. */
public final class StoryRulesBrokenException extends DomainException {

    private final List<Violation> violations;

    public StoryRulesBrokenException(List<Violation> violations) {
        super(
                FailureKind.UNPROCESSABLE,
                "story-rules-broken",
                "Story breaks the rules",
                violations.size()
                        + (violations.size() == 1 ? " fault: " : " faults: ")
                        + violations.stream()
                                .limit(10)
                                .map(v -> v.name() + " " + v.message())
                                .collect(Collectors.joining("; "))
                        + (violations.size() > 10 ? "; ..." : ""));
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
