package com.newsdesk.domain.paging;

import java.util.List;
import java.util.function.Function;

/** One slice of a longer, ordered result, and how long the whole result is. */
public record Page<T>(List<T> content, PageRequest request, long totalElements) {

    public Page {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (totalElements + request.size() - 1) / request.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), request, totalElements);
    }
}
