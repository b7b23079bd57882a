package com.newsdesk.api.speaker;

import com.newsdesk.api.article.QuoteResponse;
import com.newsdesk.api.web.PagedResponse;
import com.newsdesk.domain.speaker.SpeakerCatalog.SpeakerQuotes;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "SpeakerQuotes", description = "A speaker, and a page of what they said, in the order they said it.")
public record SpeakerQuotesResponse(SpeakerSummaryResponse speaker, PagedResponse<QuoteResponse> quotes) {

    public static SpeakerQuotesResponse from(SpeakerQuotes found) {
        return new SpeakerQuotesResponse(
                SpeakerSummaryResponse.from(found.speaker()), PagedResponse.from(found.quotes(), QuoteResponse::from));
    }
}
