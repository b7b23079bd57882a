package com.newsdesk.api.web;

/** Constants the OpenAPI annotations share, so every endpoint documents its parameters the same way. */
public final class ApiDocs {

    private ApiDocs() {}

    public static final String DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
    public static final String DATE_FORMAT =
            " Written YYYY, YYYY-MM or YYYY-MM-DD; a partial date covers its whole year or month.";
    public static final String ARTICLE = "The article's id or its slug";
    public static final String ARTICLE_EXAMPLE =
            "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot";
    public static final String ARTICLE_PATTERN = "^([0-9a-fA-F-]{36}|[a-z0-9]+(-[a-z0-9]+)*)$";
    public static final String MAX_INT = "2147483647";
    /** The entity tag of a list or search: a digest of the answer, so it changes exactly when the answer does. */
    public static final String LIST_ETAG = "A digest of the answer: send it back in If-None-Match to get 304 while"
            + " nothing the list shows has changed";

    /** A list's entity tag, as Spring's ShallowEtagHeaderFilter makes it: "0" and the answer's MD5, quoted. */
    public static final String LIST_ETAG_PATTERN = "^\"0[0-9a-f]{32}\"$";

    public static final String ETAG_PATTERN = "^\"r[0-9]{1,10}\"$";
    /** If-Match: one or more entity tags, or * (which is refused with 428). */
    public static final String IF_MATCH_PATTERN = "^(\\*|(W/)?\"[^\"]{1,64}\"(\\s*,\\s*(W/)?\"[^\"]{1,64}\")*)$";
    /** An ETag as a header's schema example takes it, verbatim. */
    public static final String ETAG_LITERAL = "\"r1\"";

    public static final String HTTP_DATE_PATTERN =
            "^[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$";
}
