package com.newsdesk.api.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of a {@code text/event-stream} over real HTTP: the answer's lines are read as they arrive, on a thread of
 * their own, and parsed as the HTML standard says (fields, comments, blank lines ending an event). The answer's status
 * and headers are checked against /v3/api-docs like every other answer (its body, a stream, is parsed here instead).
 */
public final class EventStream implements AutoCloseable {

    /** One event: its id, name and data (lines joined with a line feed), and when it arrived (System.nanoTime()). */
    public record Event(String id, String name, String data, long receivedAt) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        public long sequence() {
            return Long.parseLong(id);
        }

        public JsonNode json() {
            return JSON.readTree(data);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> fields = new ArrayList<>();
    private final AtomicInteger comments = new AtomicInteger();
    private volatile boolean ended;

    private final Reply refusal;

    private EventStream(HttpResponse<InputStream> response, Reply refusal) {
        this.response = response;
        this.refusal = refusal;
        if (refusal != null) {
            ended = true;
            return;
        }
        Thread reader = new Thread(this::read, "event-stream-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream at {@code path}; the caller asserts the status (and closes it). */
    public static EventStream open(int port, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream")
                .GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<InputStream> response =
                    CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                // A refusal is a whole answer: read it, and check it like any other.
                Reply refusal = new Reply(
                        response.statusCode(),
                        response.headers(),
                        response.body().readAllBytes());
                if (ApiContract.enabled()) {
                    ApiContract.of("http://localhost:" + port).check("GET", response.uri(), refusal);
                }
                return new EventStream(response, refusal);
            }
            if (ApiContract.enabled()) {
                // The status, its media type and its documented headers. The body never ends: the test parses it as it
                // comes, so the contract is given a token for it (a non-JSON body is only checked for being there).
                ApiContract.of("http://localhost:" + port)
                        .check(
                                "GET",
                                response.uri(),
                                new Reply(
                                        response.statusCode(),
                                        response.headers(),
                                        "(a stream)".getBytes(StandardCharsets.UTF_8)));
            }
            return new EventStream(response, null);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    /** The whole answer, when it was not a stream (a 400, a 429). */
    public Reply refusal() {
        return refusal;
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next event within {@code wait}, or null. */
    public Event next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Comment lines (heartbeats) read so far. */
    public int comments() {
        return comments.get();
    }

    /** The field lines read so far that are not part of an event ({@code retry: 3000}). */
    public synchronized List<String> otherFields() {
        return List.copyOf(fields);
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString(), System.nanoTime()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" ->
                            data = data == null
                                    ? new StringBuilder(value)
                                    : data.append('\n').append(value);
                        default -> {
                            synchronized (this) {
                                fields.add(line);
                            }
                        }
                    }
                }
            }
        } catch (IOException closed) {
            // The test closed the stream, or the server did.
        } finally {
            ended = true;
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
