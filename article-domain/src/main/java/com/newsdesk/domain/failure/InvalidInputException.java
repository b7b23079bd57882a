package com.newsdesk.domain.failure;

import java.util.List;
import java.util.stream.Collectors;

/** One or more inputs are malformed; every one of them is named. */
public class InvalidInputException extends DomainException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(
                FailureKind.INVALID_INPUT,
                "invalid-request",
                "Invalid request",
                violations.stream().map(v -> v.name() + ": " + v.message()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String name, String message) {
        return new InvalidInputException(List.of(new Violation(name, message)));
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
