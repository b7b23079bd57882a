package com.newsdesk.api.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * In OpenAPI 3.1 a nullable field is {@code type: [string, "null"]}, but an {@code enum} beside it still refuses null
 * unless null is one of its values. springdoc writes the type and the annotation's values only, so a nullable enum
 * (a draft quote's undated {@code saidPrecision}) would contradict the answers it documents. This adds null to every
 * enum whose schema allows null, everywhere in the document's components.
 */
@Component
class NullableEnumsCustomizer implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        openApi.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void visit(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        Set<String> types = schema.getTypes();
        List enumeration = schema.getEnum();
        if (types != null && types.contains("null") && enumeration != null && !enumeration.contains(null)) {
            List values = new ArrayList<>(enumeration);
            values.add(null);
            ((Schema) schema).setEnum(values);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(p -> visit(p, seen));
        }
        visit(schema.getItems(), seen);
        for (List<Schema> parts :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            parts.forEach(p -> visit(p, seen));
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nonNull(List<Schema> parts) {
        return parts == null ? List.of() : parts;
    }
}
