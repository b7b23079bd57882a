package com.newsdesk.api.publishing;

/** The example bodies Swagger UI offers; a test posts them, so they stay valid. */
public final class PublishingExamples {

    /** A complete story: masthead, three paragraphs, a quote, two dated events. */
    public static final String STORY = """
            {
              "headline": "City council approves a protected bike lane on Harbor Street",
              "standfirst": "The 7-2 vote ends a two-year fight over parking on the waterfront.",
              "bylines": [{ "name": "Dana Whitfield" }],
              "dateline": "PORTLAND, Maine",
              "publisher": "Newsdesk Daily",
              "body": [
                { "type": "paragraph", "text": "The city council voted 7-2 on Monday night to build a protected bike lane along Harbor Street, ending a fight over waterfront parking that began in 2022." },
                { "type": "paragraph", "text": "“This is the safest street we will ever have built,” said Maria Okafor, who chairs the council’s transportation committee." },
                { "type": "paragraph", "text": "Construction is expected to start in March 2025 and to take about six months." }
              ],
              "quotes": [
                { "blockId": "b2", "speaker": { "name": "Maria Okafor" }, "text": "This is the safest street we will ever have built,", "saidOn": "2024-11-18" }
              ],
              "timeline": [
                { "blockId": "b1", "title": "The fight over waterfront parking begins", "start": "2022-01-01", "precision": "year", "approximate": false, "phrase": "in 2022" },
                { "blockId": "b3", "title": "Construction of the Harbor Street bike lane starts", "start": "2025-03-01", "precision": "month", "approximate": true, "phrase": "in March 2025" }
              ]
            }""";

    /** Publish now. */
    public static final String NOW = "{}";

    /** Publish later. */
    public static final String LATER = """
            { "publishAt": "2030-01-01T06:00:00Z" }""";

    public static final String RETRACTION = """
            { "note": "This story relied on a document that has since been shown to be forged." }""";

    private PublishingExamples() {}
}
