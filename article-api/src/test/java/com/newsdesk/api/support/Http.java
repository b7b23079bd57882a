package com.newsdesk.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small client for the service under test: real HTTP over a socket, nothing mocked. Every answer is checked against
 * the service's own OpenAPI document ({@link ApiContract}) before the test sees it, unless the client was made with
 * {@link #withoutContract}.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String base;
    private final boolean checked;

    public Http(int port) {
        this("http://localhost:" + port, true);
    }

    private Http(String base, boolean checked) {
        this.base = base;
        this.checked = checked && ApiContract.enabled();
    }

    /**
     * The same client, but its answers are not checked against the OpenAPI document. Only for requests whose answer is
     * deliberately not what the document describes, and say why: {@code because} is there to be read in the test.
     */
    public Http withoutContract(String because) {
        if (because == null || because.isBlank()) {
            throw new IllegalArgumentException("say why this answer is not what /v3/api-docs describes");
        }
        return new Http(base, false);
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
    }

    public Reply postJson(String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), all);
    }

    /** A request with a JSON body and any method (PUT, PATCH, POST, DELETE). */
    public Reply json(String method, String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(method, path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), all);
    }

    public Reply send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Expect") && headers[i + 1].equalsIgnoreCase("100-continue")) {
                // The client's own way to send a large body: only after the server said it wants it.
                request.expectContinue(true);
            } else {
                request.header(headers[i], headers[i + 1]);
            }
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Reply reply = new Reply(response.statusCode(), response.headers(), response.body());
            if (checked) {
                ApiContract.of(base).check(method, response.uri(), reply);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
