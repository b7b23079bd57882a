package com.newsdesk.api.problem;

import com.newsdesk.api.security.MalformedCredentialsException;
import com.newsdesk.api.security.TooManyLoginAttemptsException;
import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.FailureKind;
import com.newsdesk.domain.failure.Violation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.SocketTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem: the domain's refusals, Spring MVC's own (404, 405, 406, 415, bad
 * parameters), security's (401, 403, raised in filters and handed here), a lost database (503, raised by the
 * persistence adapters as the domain's StoreUnavailableException), and anything
 * unexpected (500, logged with an id, answered without a stack trace). Always {@code application/problem+json},
 * whatever the caller said it accepts.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final List<FailureHeaders> failureHeaders;

    ProblemAdvice(List<FailureHeaders> failureHeaders) {
        this.failureHeaders = failureHeaders;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException failure, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (failure.kind() == FailureKind.UNAVAILABLE) {
            log.warn("Store unavailable while serving {} {}", request.getMethod(), request.getRequestURI());
            headers.set(HttpHeaders.RETRY_AFTER, "5");
        }
        failureHeaders.forEach(contribution -> contribution.addTo(failure, headers));
        return answer(Problems.of(failure, request.getRequestURI()), headers);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<Object> preconditionRequired(PreconditionRequiredException failure, HttpServletRequest request) {
        return answer(
                Problems.named(
                        HttpStatus.PRECONDITION_REQUIRED,
                        "precondition-required",
                        "If-Match required",
                        failure.getMessage(),
                        request.getRequestURI()),
                new HttpHeaders());
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<Object> preconditionFailed(PreconditionFailedException failure, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        // What the client needs to read the article again and retry.
        headers.setETag(failure.currentETag());
        return answer(
                failure.refusal() != null
                        ? Problems.of(failure.refusal(), request.getRequestURI())
                        : Problems.named(
                                HttpStatus.PRECONDITION_FAILED,
                                "precondition-failed",
                                "Precondition failed",
                                failure.getMessage(),
                                request.getRequestURI()),
                headers);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException failure, HttpServletRequest request) {
        return answer(tooLarge(failure, request.getRequestURI()), new HttpHeaders());
    }

    private static ProblemDetail tooLarge(PayloadTooLargeException failure, String instance) {
        return Problems.named(
                HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large", failure.getMessage(), instance);
    }

    /** A query string Tomcat could not decode, met by a request that got past MalformedRequestFilter (a form post). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableQuery(InvalidParameterException failure, HttpServletRequest request) {
        return answer(
                Problems.invalid(List.of(new Violation("query", Problems.MALFORMED_QUERY)), request.getRequestURI()),
                new HttpHeaders());
    }

    @ExceptionHandler(TooManyLoginAttemptsException.class)
    ResponseEntity<Object> throttled(TooManyLoginAttemptsException failure, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(failure.retryAfter().toSeconds()));
        return answer(
                Problems.named(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-login-attempts",
                        "Too many login attempts",
                        failure.getMessage(),
                        request.getRequestURI()),
                headers);
    }

    @ExceptionHandler(TooManyStreamsException.class)
    ResponseEntity<Object> tooManyStreams(TooManyStreamsException failure, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(failure.retryAfter().toSeconds()));
        return answer(
                Problems.named(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-streams",
                        "Too many change streams",
                        failure.getMessage(),
                        request.getRequestURI()),
                headers);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException failure, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Newsdesk\", charset=\"UTF-8\"");
        return answer(
                Problems.named(
                        HttpStatus.UNAUTHORIZED,
                        "unauthorized",
                        "Unauthorized",
                        failure instanceof MalformedCredentialsException malformed
                                ? "The Authorization header is malformed: " + malformed.getMessage()
                                        + ". Send HTTP Basic credentials (Basic, a space, base64 of user:password),"
                                        + " or none for a public read."
                                : "This request needs the credentials of a newsroom account (HTTP Basic).",
                        request.getRequestURI()),
                headers);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException failure, HttpServletRequest request) {
        return answer(
                Problems.named(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "Forbidden",
                        "This account's roles do not allow this request (reporters draft; editors also publish,"
                                + " correct, retract and delete; admins manage accounts).",
                        request.getRequestURI()),
                new HttpHeaders());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        log.error(
                "Unexpected failure {} serving {} {}", incident, request.getMethod(), request.getRequestURI(), failure);
        ProblemDetail problem = Problems.named(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal server error",
                "Something went wrong on our side; it has been logged as incident " + incident + ".",
                request.getRequestURI());
        problem.setProperty("incident", incident);
        return answer(problem, new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type == null
                ? "a valid value"
                : type == int.class || type == Integer.class ? "an integer" : "a " + type.getSimpleName();
        return answer(
                Problems.invalid(List.of(new Violation(String.valueOf(name), "must be " + expected)), path(request)),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return answer(tooLarge(tooLarge, path(request)), headers);
            }
            if (t instanceof BodyTooSlowException || t instanceof SocketTimeoutException) {
                HttpHeaders closing = new HttpHeaders();
                closing.addAll(headers);
                closing.setConnection("close");
                return answer(
                        Problems.named(
                                HttpStatus.REQUEST_TIMEOUT,
                                "request-timeout",
                                "Request body too slow",
                                t instanceof BodyTooSlowException
                                        ? t.getMessage()
                                        : "The request body stopped arriving.",
                                path(request)),
                        closing);
            }
        }
        List<Violation> violations = new ArrayList<>();
        if (causedBy(ex, CharacterCodingException.class)) {
            violations.add(new Violation("body", "is not well-formed UTF-8"));
        } else if (cause instanceof UnrecognizedPropertyException unknown) {
            violations.add(new Violation(fieldPath(unknown), "is not a field of this request"));
        } else if (cause instanceof DatabindException wrong && !wrong.getPath().isEmpty()) {
            violations.add(new Violation(fieldPath(wrong), expected(wrong)));
        } else if (cause instanceof StreamReadException malformed && duplicateKey(malformed) != null) {
            violations.add(new Violation(duplicateKey(malformed), "is given more than once"));
        } else if (cause instanceof StreamReadException malformed) {
            violations.add(new Violation(
                    "body", "is not well-formed JSON (" + firstLine(malformed.getOriginalMessage()) + ")"));
        } else {
            violations.add(new Violation("body", "a JSON object is required"));
        }
        return answer(Problems.invalid(violations, path(request)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(
                Problems.ofStatus(
                        status, "There is nothing at " + ex.getHttpMethod() + " " + path(request) + ".", path(request)),
                headers);
    }

    /** Spring MVC's own exceptions (405, 406, 415, a missing parameter, ...): their problem, with our instance. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail
                ? detail
                : Problems.ofStatus(statusCode, ex.getMessage(), path(request));
        if (problem.getInstance() == null) {
            Problems.setInstance(problem, path(request));
        }
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create(Problems.typeOf(problem.getStatus())));
        }
        return answer(problem, headers);
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        all.addAll(headers);
        // Preset, so the problem is written as JSON even to a caller that only accepts text/html.
        all.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        all.setCacheControl("no-store");
        return ResponseEntity.status(problem.getStatus()).headers(all).body(problem);
    }

    private static String fieldPath(DatabindException failure) {
        StringBuilder path = new StringBuilder();
        failure.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "body" : path.toString();
    }

    /** What a field should have been, from the type Jackson was reading it as. */
    private static String expected(DatabindException wrong) {
        Class<?> type = wrong instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return "must be a date written YYYY-MM-DD that exists";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        return "has the wrong type or format";
    }

    /**
     * The key a body gives twice (StreamReadFeature.STRICT_DUPLICATE_DETECTION), as a field path, or null when the
     * failure is something else. The parser that found it still knows where it was.
     */
    private static String duplicateKey(StreamReadException failure) {
        String message = failure.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate Object property")) {
            return null;
        }
        JsonParser parser = failure.processor();
        if (parser != null) {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return pointer.substring(1).replace('/', '.');
            }
        }
        int quote = message.indexOf('"');
        return quote < 0 ? "body" : message.substring(quote + 1, message.lastIndexOf('"'));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : null;
    }
}
