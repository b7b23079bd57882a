package com.newsdesk.api.web;

import com.newsdesk.api.problem.Problems;
import com.newsdesk.domain.failure.InvalidInputException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses, first of all and with a 400 problem, requests whose shape is broken before anything reads them:
 *
 * <ul>
 *   <li>a query string Tomcat cannot decode ({@code ?=x}, {@code %zz}, {@code %2}, bytes that are not UTF-8 such as
 *       {@code %FF}, an overlong {@code %C0%AF}, a lone surrogate {@code %ED%A0%80}) or with more parameters than Tomcat
 *       keeps (1,000). Tomcat reports these lazily, from the first {@code getParameter}; left to that, whoever asked
 *       first (a filter, a controller, the actuator) failed with a 500 and a stack trace in the log;
 *   <li>a {@code Content-Type} that is not a media type, or a multipart one without its boundary;
 *   <li>a body on a GET, HEAD or DELETE, which take none. Such a body is never read: the answer says
 *       {@code Connection: close}, and {@code UnreadBodyValve} closes the connection instead of draining it, so a client
 *       that trickles a large body holds no worker thread.
 * </ul>
 *
 * Runs before every other filter, the read cache included, so nothing behind it meets a malformed request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Set<String> BODILESS = Set.of("GET", "HEAD", "DELETE");

    private final HandlerExceptionResolver problems;

    MalformedRequestFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InvalidInputException malformed = malformed(request);
        if (malformed != null) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            problems.resolveException(request, response, null, malformed);
            return;
        }
        chain.doFilter(request, response);
    }

    private static InvalidInputException malformed(HttpServletRequest request) {
        if (BODILESS.contains(request.getMethod())
                && (request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null)) {
            return InvalidInputException.of("body", "a " + request.getMethod() + " request takes no body");
        }
        MediaType type = null;
        if (request.getContentType() != null) {
            try {
                type = MediaType.parseMediaType(request.getContentType());
            } catch (InvalidMediaTypeException notAMediaType) {
                return InvalidInputException.of("Content-Type", "is not a media type");
            }
            if (type.getType().equals("multipart") && type.getParameter("boundary") == null) {
                return InvalidInputException.of("Content-Type", "a multipart body needs a boundary");
            }
        }
        if (type != null
                && (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
                        || type.getType().equals("multipart"))) {
            // Parsing the parameters would read a form body: that is left to whoever wants one.
            return null;
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            // Tomcat's InvalidParameterException (an IllegalStateException); its message may quote the bad bytes.
            return InvalidInputException.of("query", Problems.MALFORMED_QUERY);
        }
        return null;
    }
}
