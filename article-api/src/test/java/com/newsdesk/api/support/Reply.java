package com.newsdesk.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the service answered. */
public record Reply(int status, HttpHeaders headers, byte[] body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Asserts an RFC 9457 problem with this status and returns its body. */
    public JsonNode problem(int expectedStatus) {
        assertThat(status).as("status of %s", text()).isEqualTo(expectedStatus);
        assertThat(header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.has("instance")).isTrue();
        assertThat(text()).doesNotContain("Exception", "\tat ", "org.springframework", "Tomcat");
        return problem;
    }

    public Reply expect(int expectedStatus) {
        assertThat(status).as("status of %s", text()).isEqualTo(expectedStatus);
        return this;
    }
}
