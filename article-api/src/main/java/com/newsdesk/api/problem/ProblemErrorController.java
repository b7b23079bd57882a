package com.newsdesk.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's fallback {@code /error} page, which still renders Boot's old error format
 * (spring-projects/spring-boot#48392). Errors that never reach a controller end up here: a request the servlet
 * container or Spring Security's firewall refused (encoded slashes, path traversal, NUL bytes), or a filter's
 * {@code sendError}. They are answered as problems too.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = status.is5xxServerError()
                ? "Something went wrong on our side."
                : status == HttpStatus.BAD_REQUEST
                        ? "The request was refused before it reached the API: its path or headers are malformed."
                        : status.getReasonPhrase() + ".";
        ProblemDetail problem = Problems.ofStatus(status, detail, uri == null ? null : uri.toString());
        SecurityHeaders.addTo(response);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setCacheControl("no-store");
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        // Reached directly, not forwarded by the container: there is no error to show.
        return HttpStatus.NOT_FOUND;
    }
}
