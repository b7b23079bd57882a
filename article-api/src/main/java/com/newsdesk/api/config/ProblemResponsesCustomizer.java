package com.newsdesk.api.config;

import com.newsdesk.api.web.ApiDocs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents, on every operation, the answers any request can get whatever the endpoint, all as problems: 400 (a
 * malformed request, refused by Tomcat or the firewall before it reaches a controller, or a bad or unknown parameter),
 * 401 (malformed or wrong credentials are refused even on a read that needs none), 429 (a throttled login), 500 (a bug,
 * logged with an incident id) and 503 (the database cannot be reached, or did not answer in time); 406 on reads (an
 * Accept the answer cannot meet); 408 and 413 where a body is read; 412 where the answer carries an ETag (an
 * If-Match or If-Unmodified-Since that does not hold, with the current ETag). And the CORS header every answer carries
 * for an allowed origin. A 304 has no body. HTTP tests check every answer against this document (support/Http).
 */
@Component
class ProblemResponsesCustomizer implements OpenApiCustomizer {

    private static final String PROBLEM = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                    ApiResponses responses = operation.getResponses();
                    addIfAbsent(
                            responses,
                            "400",
                            "Malformed request: a bad parameter, or a path or header refused before it"
                                    + " reaches the API");
                    addIfAbsent(
                            responses,
                            "401",
                            "Credentials that are malformed or wrong (even on a read, which needs none), or none where"
                                    + " they are needed");
                    addIfAbsent(
                            responses,
                            "403",
                            "A browser request from an origin that may not call the API (CORS), or an account"
                                    + " without the role this needs");
                    addIfAbsent(
                            responses,
                            "429",
                            "Too many failed logins for this account or from this address; retry after Retry-After"
                                    + " seconds");
                    addIfAbsent(
                            responses, "500", "A fault on our side; the problem carries an incident id that is logged");
                    addIfAbsent(
                            responses,
                            "503",
                            "The database cannot be reached or did not answer in time; retry after Retry-After"
                                    + " seconds");
                    if (method == PathItem.HttpMethod.GET) {
                        addIfAbsent(responses, "406", "The Accept header names no type this answer comes in (JSON)");
                    }
                    if (operation.getRequestBody() != null) {
                        addIfAbsent(responses, "408", "The request body did not arrive in time");
                        addIfAbsent(responses, "413", "The request body is larger than 64 KiB");
                    }
                    ApiResponse ok = responses.get("200");
                    if (ok != null && responses.containsKey("304")) {
                        // A conditional read answers with the ETag it can be revalidated against: the one its 200
                        // documents (a feed's is a digest of its bytes), else the article's revision.
                        if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
                            ok.addHeaderObject("ETag", etag());
                        }
                        responses
                                .get("304")
                                .addHeaderObject("ETag", ok.getHeaders().get("ETag"));
                    }
                    if (ok != null && ok.getHeaders() != null && ok.getHeaders().containsKey("ETag")) {
                        addIfAbsent(
                                responses,
                                "412",
                                "If-Match or If-Unmodified-Since does not hold for the article as it is now; the"
                                        + " answer's ETag is the current one");
                    }
                    if (responses.containsKey("412")) {
                        // Every 412 says what is current, so that the client can read again and retry.
                        responses
                                .get("412")
                                .addHeaderObject(
                                        "ETag",
                                        ok != null
                                                        && ok.getHeaders() != null
                                                        && ok.getHeaders().containsKey("ETag")
                                                ? ok.getHeaders().get("ETag")
                                                : etag());
                    }
                    responses.forEach((status, response) -> describe(status, response));
                    requireDescription(operation);
                }));
    }

    private static Header etag() {
        return new Header()
                .description("The revision, as a strong entity tag")
                .schema(new StringSchema().pattern(ApiDocs.ETAG_PATTERN).maxLength(20));
    }

    private static void addIfAbsent(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status,
                    new ApiResponse()
                            .description(description)
                            .content(new Content()
                                    .addMediaType(
                                            PROBLEM,
                                            new MediaType()
                                                    .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    private static void describe(String status, ApiResponse response) {
        if (status.equals("304")) {
            response.setContent(null);
        }
        if (status.equals("503") || status.equals("429")) {
            response.addHeaderObject(
                    "Retry-After",
                    new Header()
                            .description("Seconds to wait before retrying")
                            .schema(new StringSchema().pattern("^[0-9]{1,6}$").maxLength(6)));
        }
        response.addHeaderObject(
                "Access-Control-Allow-Origin",
                new Header()
                        .description(
                                "Present on browser requests from an allowed origin (NEWSDESK_CORS_ALLOWED_ORIGINS)")
                        .schema(new StringSchema().format("uri").maxLength(200)));
        if (response.getHeaders() != null) {
            for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
                if (header.getValue().getSchema() == null && header.getValue().get$ref() == null) {
                    header.getValue().setSchema(new StringSchema().maxLength(200));
                }
            }
        }
    }

    private static void requireDescription(Operation operation) {
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(operation.getSummary());
        }
    }
}
