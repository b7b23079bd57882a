package com.newsdesk.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
                                        + " notices; every revision is kept")))
                .components(new Components()
                        .addSecuritySchemes(
                                "editor",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("An editor account (NEWSDESK_EDITOR_USERNAME / _PASSWORD)")));
    }
}
