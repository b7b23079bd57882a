package com.newsdesk.api.config;

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
 * Documents, on every operation, the answers any request can get whatever the endpoint: 400 (a malformed request,
 * refused by Tomcat or the firewall before it reaches a controller, or a bad parameter), 500 (a bug, logged with an
 * incident id) and 503 (the database cannot be reached), all as problems; and the CORS header every answer carries for
 * an allowed origin. A 304 has no body.
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
                            responses, "500", "A fault on our side; the problem carries an incident id that is logged");
                    addIfAbsent(
                            responses,
                            "503",
                            "The database cannot be reached right now; retry after Retry-After seconds");
                    if (method == PathItem.HttpMethod.POST) {
                        addIfAbsent(
                                responses,
                                "429",
                                "Too many failed logins for this account or from this address; retry"
                                        + " after Retry-After seconds");
                    }
                    responses.forEach((status, response) -> describe(status, response));
                    requireDescription(operation);
                }));
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
