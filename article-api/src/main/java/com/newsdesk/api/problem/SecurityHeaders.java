package com.newsdesk.api.problem;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers Spring Security writes on every answer that passes through it (see SecurityConfiguration), for the
 * answers that do not: the ones Tomcat makes itself ({@link ProblemErrorReportValve}: an encoded slash, an oversized
 * header, TRACE) and the error pages the container forwards to ({@link ProblemErrorController}: a path the Security
 * firewall refused, such as {@code //} or {@code ;x=1}). Problems are never stored: {@code Cache-Control: no-store}.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static void addTo(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }
}
