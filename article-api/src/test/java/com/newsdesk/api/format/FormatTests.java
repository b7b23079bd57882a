package com.newsdesk.api.format;

import com.newsdesk.api.support.Accounts;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;

/** What the format tests share: correcting a story over HTTP, as an editor would. */
final class FormatTests {

    private FormatTests() {}

    /** Corrects the first event's title (find/replace) with a public notice; returns the answer, 201 expected. */
    static Reply correct(Http http, String article, String find, String replace, String kind, String note) {
        String etag = http.get(article).expect(200).header("ETag");
        String eventId = http.get(article + "/timeline")
                .expect(200)
                .json()
                .valueStream()
                .filter(e -> e.path("title").asString().contains(find))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
        String body = "{\"eventId\": \"" + eventId + "\", \"find\": \"" + find + "\", \"replace\": \"" + replace
                + "\", \"kind\": \"" + kind + "\", \"note\": \"" + note + "\"}";
        return http.postJson(article + "/corrections", body, "If-Match", etag, "Authorization", Accounts.editor())
                .expect(201);
    }
}
