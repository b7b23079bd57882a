package com.newsdesk.api.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * A nullable property with allowed values (a quote's {@code saidPrecision}, null when the story does not say when the
 * words were said) lists null among them: in JSON Schema an enum is the whole list of values, so without it a null
 * the API really answers would break the document. The importer's drafts are the first answers to carry such nulls.
 */
@Component
class NullableEnumsCustomizer implements OpenApiCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openApi.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            for (Schema property : properties.values()) {
                List values = property.getEnum();
                boolean nullable = Boolean.TRUE.equals(property.getNullable())
                        || (property.getTypes() != null && property.getTypes().contains("null"));
                if (values != null && nullable && !values.contains(null)) {
                    List widened = new ArrayList(values);
                    widened.add(null);
                    property.setEnum(widened);
                }
            }
        }
    }
}
