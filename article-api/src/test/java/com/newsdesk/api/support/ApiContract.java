package com.newsdesk.api.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * What the service answers is what its own {@code /v3/api-docs} says. Every answer an API test receives through
 * {@link Http} is checked against the document the service under test serves (fetched once per server): the operation
 * (path template and method) must document the status (or its {@code 4XX} range, or {@code default}), the status must
 * document the answer's media type, a JSON body must validate against the documented schema (JSON Schema 2020-12 with
 * the OpenAPI 3.1 dialect, formats asserted, by networknt's json-schema-validator), and each documented header the
 * answer carries must match its schema. A mismatch fails the test with an {@link AssertionError} saying which.
 *
 * <p>Answers to requests no operation describes (an unknown path, a method the path does not have, the actuator,
 * Swagger UI) are not checked: there is nothing to check them against. {@code -Dnewsdesk.test.contract=off} turns the
 * check off for a whole run (to run new tests against old code).
 */
final class ApiContract {

    /** The name under which the fetched document is known to the validator, so that its {@code $ref}s resolve. */
    private static final String DOCUMENT = "https://newsdesk.invalid/v3/api-docs";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, ApiContract> BY_SERVER = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    static boolean enabled() {
        return !"off".equals(System.getProperty("newsdesk.test.contract"));
    }

    private final JsonNode document;
    private final List<PathTemplate> paths;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ApiContract(String text) {
        this.document = JSON.readTree(text);
        List<PathTemplate> templates = new ArrayList<>();
        document.path("paths").propertyNames().forEach(path -> templates.add(new PathTemplate(path)));
        // A literal segment wins over a variable one: /api/articles/x/quotes before /api/articles/{article}/{y}.
        templates.sort(Comparator.comparingLong(PathTemplate::variables));
        this.paths = List.copyOf(templates);
        this.registry = SchemaRegistry.withDialect(
                Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, text))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
    }

    /** The contract of the service at {@code base} ({@code http://localhost:port}), read once. */
    static ApiContract of(String base) {
        return BY_SERVER.computeIfAbsent(base, ApiContract::fetch);
    }

    private static ApiContract fetch(String base) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                .timeout(Duration.ofSeconds(60))
                .build();
        try {
            HttpResponse<String> document =
                    CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (document.statusCode() != 200) {
                throw new AssertionError("/v3/api-docs answered " + document.statusCode() + ": " + document.body());
            }
            return new ApiContract(document.body());
        } catch (IOException e) {
            throw new UncheckedIOException("fetching " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Checks one answer against the operation that {@code method} and {@code uri} name.
     *
     * @throws AssertionError when the document does not describe the answer
     */
    void check(String method, URI uri, Reply reply) {
        String path = uri.getRawPath();
        Optional<PathTemplate> template =
                paths.stream().filter(t -> t.matches(path)).findFirst();
        if (template.isEmpty()) {
            return;
        }
        String verb = method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.path("paths").path(template.get().path()).path(verb);
        if (operation.isMissingNode()) {
            return;
        }
        String where = method + " " + template.get().path();
        String status = String.valueOf(reply.status());
        JsonNode responses = operation.path("responses");
        String documented = responses.has(status)
                ? status
                : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX" : "default";
        JsonNode response = responses.path(documented);
        if (response.isMissingNode()) {
            throw new AssertionError(where + " answered " + reply.status() + ", which /v3/api-docs does not"
                    + " document for it (it documents " + names(responses) + "). The answer: " + excerpt(reply));
        }
        String pointer = "/paths/" + escape(template.get().path()) + "/" + verb + "/responses/" + escape(documented);
        List<String> faults = new ArrayList<>();
        checkHeaders(response, pointer, reply, faults);
        checkBody(method, response, pointer, reply, faults);
        if (!faults.isEmpty()) {
            throw new AssertionError(where + " answered " + reply.status() + " unlike /v3/api-docs says:\n  - "
                    + String.join("\n  - ", faults) + "\nThe answer: " + excerpt(reply));
        }
    }

    private void checkHeaders(JsonNode response, String pointer, Reply reply, List<String> faults) {
        response.path("headers").propertyNames().forEach(name -> {
            JsonNode header = response.path("headers").path(name);
            Optional<String> value = reply.headers().firstValue(name);
            if (value.isEmpty() || !header.has("schema") || name.equalsIgnoreCase("Content-Type")) {
                return;
            }
            Schema schema = schema(pointer + "/headers/" + escape(name) + "/schema");
            for (Error error : schema.validate(StringNode.valueOf(value.get()))) {
                faults.add("header " + name + ": " + value.get() + ": " + error.getMessage());
            }
        });
    }

    private void checkBody(String method, JsonNode response, String pointer, Reply reply, List<String> faults) {
        boolean hasBody = reply.body().length > 0;
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                faults.add("a body, where none is documented");
            }
            return;
        }
        if (!hasBody) {
            if (!method.equals("HEAD")) {
                faults.add("no body, where one is documented (" + names(content) + ")");
            }
            return;
        }
        String contentType = reply.header("Content-Type");
        String mediaType =
                contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Optional<String> key = content.propertyNames().stream()
                .filter(documented -> includes(documented, mediaType))
                .findFirst();
        if (key.isEmpty()) {
            faults.add("Content-Type " + contentType + ", where " + names(content) + " is documented");
            return;
        }
        if (!(mediaType.equals("application/json") || mediaType.endsWith("+json"))
                || !content.path(key.get()).has("schema")) {
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(reply.body());
        } catch (JacksonException notJson) {
            faults.add("a body that is not JSON: " + notJson.getOriginalMessage());
            return;
        }
        Schema schema = schema(pointer + "/content/" + escape(key.get()) + "/schema");
        for (Error error : schema.validate(body)) {
            faults.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> {
            Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + p));
            schema.initializeValidators();
            return schema;
        });
    }

    private static boolean includes(String documented, String actual) {
        if (documented.equals("*/*") || documented.equalsIgnoreCase(actual)) {
            return true;
        }
        return documented.endsWith("/*") && actual.startsWith(documented.substring(0, documented.length() - 1));
    }

    /** A path as a JSON Pointer token, which an IRI fragment also has to carry: braces and spaces escaped. */
    private static String escape(String token) {
        return token.replace("~", "~0")
                .replace("/", "~1")
                .replace("{", "%7B")
                .replace("}", "%7D")
                .replace(" ", "%20");
    }

    private static String names(JsonNode object) {
        return object.propertyNames().stream().collect(Collectors.joining(", "));
    }

    private static String excerpt(Reply reply) {
        String text = reply.text();
        return reply.header("Content-Type") + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }

    /** A documented path, such as {@code /api/articles/{article}/revisions/{revision}}. */
    private record PathTemplate(String path) {

        long variables() {
            return path.chars().filter(c -> c == '{').count();
        }

        boolean matches(String rawPath) {
            String[] want = path.split("/", -1);
            String[] have = rawPath.split("/", -1);
            if (want.length != have.length) {
                return false;
            }
            for (int i = 0; i < want.length; i++) {
                boolean variable = want[i].startsWith("{") && want[i].endsWith("}");
                if (variable ? have[i].isEmpty() : !want[i].equals(have[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
