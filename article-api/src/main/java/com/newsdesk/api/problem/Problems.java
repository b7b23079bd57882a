package com.newsdesk.api.problem;

import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import com.newsdesk.domain.failure.Violation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 answers. A problem the domain names gets the type {@code urn:newsdesk:problem:<code>}; one that is
 * only an HTTP status (404 for an unknown path, 405, ...) gets {@code about:blank} and the status's reason as title.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:newsdesk:problem:";

    /** What is wrong with a query string Tomcat cannot decode. */
    public static final String MALFORMED_QUERY =
            "is malformed: every parameter is name=value, percent-escapes are complete and decode to UTF-8, and there"
                    + " are at most 1,000 parameters";

    private Problems() {}

    public static HttpStatus statusOf(FailureKind kind) {
        switch (kind) {
            case INVALID_INPUT:
                return HttpStatus.BAD_REQUEST;
            case NOT_FOUND:
                return HttpStatus.NOT_FOUND;
            case UNPROCESSABLE:
                return HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT:
                return HttpStatus.CONFLICT;
            case STALE_REVISION:
                return HttpStatus.PRECONDITION_FAILED;
            case UNAVAILABLE:
                return HttpStatus.SERVICE_UNAVAILABLE;
            default:
                throw new IllegalArgumentException("no status for " + kind);
        }
    }

    public static ProblemDetail of(DomainException failure, String instance) {
        ProblemDetail problem =
                named(statusOf(failure.kind()), failure.code(), failure.title(), failure.detail(), instance);
        withErrors(problem, failure.violations());
        failure.properties().forEach(problem::setProperty);
        return problem;
    }

    /** A problem with its own name, such as {@code precondition-required}. */
    public static ProblemDetail named(
            HttpStatusCode status, String code, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        setInstance(problem, instance);
        return problem;
    }

    /** A problem that is nothing more than its HTTP status, typed {@code urn:newsdesk:problem:method-not-allowed} etc. */
    public static ProblemDetail ofStatus(HttpStatusCode status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setType(URI.create(typeOf(status.value())));
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        setInstance(problem, instance);
        return problem;
    }

    /** The type of a problem that is only its status: the reason phrase as a URN, such as {@code ...:not-found}. */
    public static String typeOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String name = known == null
                ? "http-" + status
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return TYPE_PREFIX + name;
    }

    public static ProblemDetail invalid(List<Violation> violations, String instance) {
        ProblemDetail problem = named(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                violations.stream()
                        .map(v -> v.name() + ": " + v.message())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(""),
                instance);
        return withErrors(problem, violations);
    }

    static ProblemDetail withErrors(ProblemDetail problem, List<Violation> violations) {
        if (!violations.isEmpty()) {
            problem.setProperty(
                    "errors",
                    violations.stream()
                            .map(v -> Map.of("name", v.name(), "message", v.message()))
                            .toList());
        }
        return problem;
    }

    static void setInstance(ProblemDetail problem, String instance) {
        if (instance != null && !instance.isEmpty()) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException notAUri) {
                // The path held characters a URI cannot carry; the problem is still answered, without instance.
            }
        }
    }
}
