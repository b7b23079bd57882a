package com.newsdesk.api.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies mean one thing or are refused (400, naming the field): Spring MVC reads every JSON body with the
 * mapper Boot builds, and this makes that mapper strict.
 *
 * <ul>
 *   <li>A key given twice is refused ({@code "kind":"correction","kind":"typo"} would otherwise silently be a typo).
 *   <li>No scalar coercion: a boolean is {@code true} or {@code false}, not {@code 1} or {@code "true"}; a string is a
 *       JSON string, not {@code 6}; a number is not {@code "6"}; an empty string is not {@code null}.
 *   <li>A date is a string {@code YYYY-MM-DD}, a real day of the calendar: not an array, a day count, an instant or a
 *       date with a time.
 * </ul>
 *
 * Unknown fields are refused too ({@code spring.jackson.deserialization.fail-on-unknown-properties} in
 * application.yml).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                // Textual values: a JSON string only (an empty one is just that, an empty string).
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("newsdesk-strict-dates")
                        .addDeserializer(LocalDate.class, new StrictLocalDateDeserializer()));
    }

    /** A {@link LocalDate} is a JSON string written {@code YYYY-MM-DD}, naming a day that exists. Nothing else. */
    static final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        StrictLocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException impossible) {
                    // 2017-02-30: a date that does not exist, refused below.
                }
            }
            return (LocalDate) context.handleWeirdStringValue(
                    LocalDate.class, text, "must be a date written YYYY-MM-DD that exists");
        }
    }
}
