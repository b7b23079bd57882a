package com.newsdesk.api.changes;

import com.newsdesk.domain.change.ChangeLog;
import com.newsdesk.domain.failure.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/changes}: the public changes (publications, corrections, retractions) as server-sent events, live.
 * The controller checks the request and hands it to {@link ChangeStreams}, which keeps it open.
 */
@RestController
@Tag(name = "Changes")
class ChangeStreamController {

    /** The stream's path; the read cache leaves it alone. */
    public static final String PATH = "/api/changes";

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private static final Pattern EVENT_ID = Pattern.compile("-?[0-9]{1,18}");

    private final ChangeLog changes;
    private final ChangeStreams streams;

    ChangeStreamController(ChangeLog changes, ChangeStreams streams) {
        this.changes = changes;
        this.streams = streams;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Live stream of public changes (server-sent events)",
            description = "A text/event-stream (https://html.spec.whatwg.org/multipage/server-sent-events.html) of"
                    + " every publication, correction and retraction, on whichever node it was made: one event per"
                    + " change, its id the change's sequence number (increasing), its name the kind (published,"
                    + " corrected, retracted), its data one line of JSON: sequence, kind, article (id), slug, headline,"
                    + " revision, at, notice (a correction's kind and note, or the retraction's note; absent on a"
                    + " publication; a typo fix has a kind and no note), link (the story as JSON) and page (as a reader"
                    + " sees it). Drafts, scheduling and deletions are never on it.\n\n"
                    + "Without an id the stream starts from now. A client that reconnects with the header"
                    + " Last-Event-ID (as EventSource does by itself), or with ?since=, first gets every public change"
                    + " after that id, then the live ones, with none missed and none twice; the header wins over"
                    + " since. The stream sends a comment (: keep-alive) when it has been silent for 15 seconds, so"
                    + " that proxies keep it open, suggests a reconnection delay (retry:), and ends after about 30"
                    + " minutes, or when the client leaves what it was sent unread: reconnect with Last-Event-ID.\n\n"
                    + "Bounded: at most 200 open streams per node and 4 per client address; one more is a 429 with"
                    + " Retry-After.")
    @Parameter(
            name = LAST_EVENT_ID,
            in = ParameterIn.HEADER,
            description = "The id of the last event the client got: the stream starts after it",
            schema = @Schema(type = "string", pattern = "^[0-9]{1,18}$", maxLength = 18, example = "41"))
    @ApiResponse(
            responseCode = "200",
            description = "The stream; it stays open",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = "Never stored by caches",
                            schema = @Schema(type = "string", allowableValues = "no-store")),
            content =
                    @Content(
                            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                            schema =
                                    @Schema(
                                            type = "string",
                                            description = "Server-sent events, starting with the retry: hint",
                                            pattern = "^retry: [0-9]+",
                                            maxLength = 1_000_000_000),
                            examples = @ExampleObject(name = "a correction, then a heartbeat", value = EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "Last-Event-ID or since is not the id of an event: not a whole number, negative, or ahead of"
                    + " the latest change",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "429",
            description = "This node, or this client address, has as many change streams open as it may; retry after"
                    + " Retry-After seconds",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    void changes(
            @Parameter(hidden = true) @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId,
            @Parameter(
                            description = "The id to start after, for clients that cannot send Last-Event-ID (curl);"
                                    + " Last-Event-ID wins when both are given",
                            schema =
                                    @Schema(type = "string", pattern = "^[0-9]{1,18}$", maxLength = 18, example = "41"))
                    @RequestParam(name = "since", required = false)
                    String since,
            @Parameter(hidden = true) HttpServletRequest request,
            @Parameter(hidden = true) HttpServletResponse response)
            throws IOException {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // The container dispatching a stream again (after a failed connection): the stream is over, nothing to do.
            return;
        }
        long cursor = cursor(lastEventId, since);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // nginx and others buffer answers by default; a stream must go through as it is written.
        response.setHeader("X-Accel-Buffering", "no");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        streams.open(request, cursor);
    }

    /** Where the stream starts: after the client's last event, or now. */
    private long cursor(String lastEventId, String since) {
        boolean header = lastEventId != null && !lastEventId.isEmpty();
        if (!header && since == null) {
            return changes.latest();
        }
        String name = header ? LAST_EVENT_ID : "since";
        String value = header ? lastEventId : since;
        if (!EVENT_ID.matcher(value).matches()) {
            throw InvalidInputException.of(
                    name, "must be the id of an event: a whole number written in ASCII digits, such as 41");
        }
        long id = Long.parseLong(value);
        if (id < 0) {
            throw InvalidInputException.of(name, "must not be negative: event ids start at 1");
        }
        if (id > changes.latest()) {
            throw InvalidInputException.of(
                    name, "is ahead of the latest change: it is not the id of an event this service sent");
        }
        return id;
    }

    static final String EXAMPLE = """
            retry: 3000

            id: 42
            event: corrected
            data: {"sequence":42,"kind":"corrected","article":"bfd56bd5-f8d8-465f-acf5-a334fb335a7f",\
            "slug":"n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot",\
            "headline":"N. Korean defector whose escape went viral understands why he was shot","revision":2,\
            "at":"2026-11-27T13:05:00Z","notice":{"kind":"correction","note":"An earlier version of this article\
             misstated when North Korea conducted its nuclear test."},\
            "link":"https://news.example.com/api/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot",\
            "page":"https://news.example.com/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot"}

            : keep-alive

            """;
}
