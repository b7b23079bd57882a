package com.newsdesk.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and the editors' HTTP Basic scheme, which Swagger UI's Authorize button uses. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI newsdeskOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Newsdesk API")
                        .version("1")
                        .description("News stories as structured data: articles, the quotes in them, the dated events"
                                + " they mention, and public corrections with every revision kept. Reads are"
                                + " anonymous; editors correct with HTTP Basic. Errors are RFC 9457 problems.")
                        .contact(new Contact().name("Newsdesk engineering").email("engineering@newsdesk.invalid"))
                        .license(new License().name("Proprietary")))
                // Relative, so Swagger UI and clients talk to wherever this document is served from.
                .servers(List.of(new Server()
                        .url("/")
                        .description("The production service itself (or a local or staging copy): every instance"
                                + " serves this document")
                        .extensions(Map.of("x-internal", false))))
                .tags(List.of(
                        new Tag()
                                .name("Articles")
                                .description(
                                        "Stories as structured data: masthead, body, quotes," + " timeline, notices"),
                        new Tag().name("Timeline").description("Dated events across all articles"),
                        new Tag().name("Quotes").description("Who said what, across all articles"),
                        new Tag()
                                .name("Corrections")
                                .description("Editors correct published text; readers see"
                                        + " notices; every revision is kept"),
                        new Tag()
                                .name("Formats")
                                .description("Stories in the newsroom's standard forms: IPTC ninjs, schema.org JSON-LD,"
                                        + " iCalendar, TimelineJS, and Atom feeds of stories and corrections"),
                        new Tag()
                                .name("Changes")
                                .description("The live stream of publications, corrections and retractions"
                                        + " (server-sent events)")))
                .components(new Components()
                        .addSchemas(
                                "NinjsItem",
                                standard(
                                        "An IPTC ninjs 3.1 news item, valid against IPTC's JSON Schema",
                                        "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"))
                        .addSchemas(
                                "JsonLdNewsArticle",
                                standard(
                                        "A schema.org NewsArticle in JSON-LD; every term is schema.org's",
                                        "https://schema.org/NewsArticle"))
                        .addSchemas(
                                "TimelineJsTimeline",
                                standard(
                                        "A Knight Lab TimelineJS3 timeline",
                                        "https://timeline.knightlab.com/docs/json-format.html"))
                        .addSecuritySchemes(
                                "editor",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("An editor account (NEWSDESK_EDITOR_USERNAME / _PASSWORD)")));
    }

    /** A document whose shape a standard defines: described by a link to it, and by the example on the operation. */
    private static Schema<Object> standard(String description, String url) {
        return new ObjectSchema()
                .description(description)
                .externalDocs(
                        new ExternalDocumentation().description("The standard").url(url));
    }
}
