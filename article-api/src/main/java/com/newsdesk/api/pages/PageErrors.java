package com.newsdesk.api.pages;

import com.newsdesk.domain.failure.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The pages' own error pages: a person gets HTML saying what went wrong, with the status the API would answer
 * (404 for a story that is not there, 400 for a bad parameter, 503 when the store is down). Problem JSON stays on /api.
 */
@ControllerAdvice(assignableTypes = {ReaderPages.class, DeskPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(DomainException.class)
    String refused(DomainException failure, Model model, HttpServletResponse response) {
        int status = switch (failure.kind()) {
            case NOT_FOUND -> 404;
            case INVALID_INPUT -> 400;
            case UNPROCESSABLE -> 422;
            case CONFLICT, STALE_REVISION -> 409;
            case UNAVAILABLE -> 503;
        };
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("status", status);
        model.addAttribute("title", status == 404 ? "Not found" : failure.title());
        model.addAttribute("detail", status == 404 ? "There is no story at this address." : failure.detail());
        return "pages/error";
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    String badRequest(Exception failure, Model model, HttpServletResponse response) {
        response.setStatus(400);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("status", 400);
        model.addAttribute("title", "Bad request");
        model.addAttribute("detail", "A parameter of this page is missing or malformed.");
        return "pages/error";
    }
}
