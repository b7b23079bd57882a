package com.newsdesk.api.web;

import com.newsdesk.domain.paging.Page;
import com.newsdesk.domain.paging.PageRequest;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** A page of results: {@code { "content": [...], "page": { "size", "number", "totalElements", "totalPages" } }}. */
public record PagedResponse<T>(
        @ArraySchema(maxItems = PageRequest.MAX_SIZE, arraySchema = @Schema(description = "This page's items"))
        List<T> content,

        PageMetadata page) {

    @Schema(name = "PageMetadata")
    public record PageMetadata(
            @Schema(description = "Requested page size", example = "20", minimum = "1", maximum = "100")
            int size,

            @Schema(description = "Page number, 0-based", example = "0", minimum = "0", maximum = ApiDocs.MAX_INT)
            int number,

            @Schema(
                    description = "Matching items on all pages",
                    example = "3",
                    minimum = "0",
                    maximum = "9223372036854775807")
            long totalElements,

            @Schema(description = "Number of pages", example = "1", minimum = "0", maximum = ApiDocs.MAX_INT)
            int totalPages) {}

    public static <D, T> PagedResponse<T> from(Page<D> page, Function<? super D, ? extends T> mapper) {
        return new PagedResponse<>(
                page.content().stream().<T>map(mapper).toList(),
                new PageMetadata(
                        page.request().size(), page.request().number(), page.totalElements(), page.totalPages()));
    }
}
