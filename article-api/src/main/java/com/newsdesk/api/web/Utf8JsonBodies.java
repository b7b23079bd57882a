package com.newsdesk.api.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A JSON body is well-formed UTF-8 (RFC 8259), or it is refused with 400 before it is parsed. Jackson decodes UTF-8
 * leniently: an overlong form such as {@code C0 AF} reads as {@code /}, and an encoded surrogate as a lone surrogate,
 * so a text could be stored that says something else than the bytes a filter or a log saw. Java's decoder refuses
 * both. Bodies are small (the body limit, 64 KiB), so each is read whole, checked, and handed on.
 */
@ControllerAdvice
class Utf8JsonBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        MediaType contentType = message.getHeaders().getContentType();
        Charset charset = contentType == null ? null : contentType.getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            return message;
        }
        byte[] body = message.getBody().readAllBytes();
        // Throws MalformedInputException, an IOException: Spring answers it as an unreadable body (400).
        StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body));
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }
}
