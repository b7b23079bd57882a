package com.newsdesk.api.article;

import com.newsdesk.domain.article.Byline;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Byline")
public record BylineResponse(@Schema(example = "Stella Kim") String name) {
    public static BylineResponse from(Byline byline) {
        return new BylineResponse(byline.name());
    }
}
