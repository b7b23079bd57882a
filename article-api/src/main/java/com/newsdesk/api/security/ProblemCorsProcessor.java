package com.newsdesk.api.security;

import com.newsdesk.api.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Spring's CORS checks, with the refusal of a foreign origin answered as a problem instead of plain text. */
class ProblemCorsProcessor extends DefaultCorsProcessor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (super.processRequest(config, request, response)) {
            return true;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_PREFIX + "cors-origin-not-allowed");
        problem.put("title", "Origin not allowed");
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", "This origin may not call the API from a browser (see NEWSDESK_CORS_ALLOWED_ORIGINS).");
        problem.put("instance", request.getRequestURI());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
        return false;
    }

    /** Only the status here; {@link #processRequest} writes the problem, as it knows the request. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.FORBIDDEN);
    }
}
