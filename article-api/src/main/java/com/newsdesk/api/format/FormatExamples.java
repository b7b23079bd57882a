package com.newsdesk.api.format;

/** Example answers for the OpenAPI document: the seeded defector story as first published, abridged. */
final class FormatExamples {

    private FormatExamples() {}

    static final String NINJS = """
            {
              "uri": "urn:uuid:bfd56bd5-f8d8-465f-acf5-a334fb335a7f",
              "standard": {"name": "ninjs", "version": "3.1",
                           "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"},
              "type": "text", "representationType": "full", "profile": "newsdesk-article", "version": "1",
              "firstCreated": "2019-04-15T12:00:00Z", "versionCreated": "2019-04-15T12:00:00Z",
              "pubStatus": "usable", "language": "en",
              "headlines": [{"role": "main", "contentType": "text/plain",
                             "value": "N. Korean defector whose escape went viral understands why he was shot"}],
              "by": "Stella Kim and Alexander Smith",
              "located": "SEOUL, South Korea",
              "slugline": "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot",
              "copyrightHolder": "NBC News",
              "bodies": [
                {"role": "main", "contentType": "text/html", "value": "<p>It was a dash for freedom …</p>\\n"},
                {"role": "main", "contentType": "text/plain", "value": "It was a dash for freedom …",
                 "charCount": 2348, "wordCount": 408}
              ],
              "people": [{"name": "Oh Chong Song", "rel": "quoted",
                          "uri": "urn:uuid:579c88c8-7981-453c-b0a0-6b64bff0de7c"}],
              "organisations": [{"name": "NBC News", "rel": "publisher"},
                                {"name": "United Nations", "rel": "quoted",
                                 "uri": "urn:uuid:ed381f3e-ff37-47d6-abdd-4a7c4a821e66"}],
              "events": [{"id": "f194c463-bd66-40e6-9e40-d5147cfb779b",
                          "name": "A United Nations report likens North Korea’s human rights abuses to Nazi atrocities",
                          "rel": "timeline", "uri": "urn:uuid:f194c463-bd66-40e6-9e40-d5147cfb779b"}],
              "associations": [
                {"name": "A United Nations report likens North Korea’s human rights abuses to Nazi atrocities",
                 "rel": "timeline", "uri": "urn:uuid:f194c463-bd66-40e6-9e40-d5147cfb779b", "type": "event",
                 "headlines": [{"role": "main", "contentType": "text/plain",
                                "value": "A United Nations report likens North Korea’s human rights abuses to Nazi atrocities"}],
                 "descriptions": [{"role": "date", "contentType": "text/plain", "value": "2014"},
                                  {"role": "date-phrase", "contentType": "text/plain", "value": "in 2014"}],
                 "eventDetails": {"dates": {"expectedStartDate": "2014", "expectedEndDate": "2014"}}},
                {"name": "Correction, revision 2", "rel": "correction",
                 "uri": "urn:uuid:97f07d28-42e4-4659-a9ca-e81d6ab6aca1", "type": "text", "version": "2",
                 "versionCreated": "2019-04-16T09:30:00Z",
                 "bodies": [{"role": "correction", "contentType": "text/plain",
                             "value": "An earlier version of this article misstated when North Korea conducted its nuclear test."}]}
              ],
              "altIds": [{"role": "newsdesk-id", "value": "bfd56bd5-f8d8-465f-acf5-a334fb335a7f"},
                         {"role": "slug", "value": "n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot"}],
              "renditions": [{"name": "web", "contentType": "text/html",
                              "href": "https://news.example.com/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot"}]
            }""";

    static final String JSON_LD = """
            {
              "@context": "https://schema.org",
              "@type": "NewsArticle",
              "@id": "https://news.example.com/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot",
              "url": "https://news.example.com/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot",
              "mainEntityOfPage": "https://news.example.com/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot",
              "identifier": "bfd56bd5-f8d8-465f-acf5-a334fb335a7f",
              "headline": "N. Korean defector whose escape went viral understands why he was shot",
              "dateline": "SEOUL, South Korea",
              "datePublished": "2019-04-15T12:00:00Z",
              "dateModified": "2019-04-16T09:30:00Z",
              "inLanguage": "en",
              "version": 2,
              "author": [{"@type": "Person", "name": "Stella Kim"}, {"@type": "Person", "name": "Alexander Smith"}],
              "publisher": {"@type": "Organization", "name": "NBC News"},
              "articleBody": "It was a dash for freedom …",
              "wordCount": 408,
              "isAccessibleForFree": true,
              "mentions": [{"@type": "Person", "name": "Oh Chong Song"},
                           {"@type": "Organization", "name": "United Nations"}],
              "video": [{"@type": "VideoObject", "uploadDate": "2017-11-24", "duration": "PT1M26S"}],
              "correction": [{"@type": "CorrectionComment",
                              "text": "An earlier version of this article misstated when North Korea conducted its nuclear test.",
                              "datePublished": "2019-04-16T09:30:00Z"}]
            }""";

    static final String TIMELINE_JS = """
            {
              "title": {"text": {"headline": "N. Korean defector whose escape went viral understands why he was shot",
                                 "text": "<p>SEOUL, South Korea · Stella Kim and Alexander Smith · NBC News</p>"},
                        "unique_id": "article-bfd56bd5-f8d8-465f-acf5-a334fb335a7f"},
              "events": [
                {"start_date": {"year": "1950"}, "end_date": {"year": "1953"},
                 "text": {"headline": "The Korean War is fought, ending in an armistice rather than a peace treaty",
                          "text": "<p>“1950-53”</p>"},
                 "unique_id": "4ca282bd-730d-4572-ad20-359e39f12a41"},
                {"start_date": {"year": "2017", "month": "9", "day": "28"},
                 "end_date": {"year": "2017", "month": "10", "day": "28"},
                 "text": {"headline": "North Korea conducts its most powerful nuclear test to date",
                          "text": "<p>“A month before Oh made his dash”</p>"},
                 "display_date": "c. October 2017",
                 "unique_id": "cf66fad8-c691-44d7-ae40-d9415620468c"},
                {"start_date": {"year": "2017", "month": "11", "day": "13"},
                 "text": {"headline": "Oh Chong Song smashes through a checkpoint and runs across the DMZ under fire",
                          "text": "<p>“On Nov. 13, 2017”</p>"},
                 "unique_id": "a19d30f6-bac0-4355-a351-7c250c412c40"}
              ]
            }""";

    static final String ICALENDAR = """
            BEGIN:VCALENDAR
            PRODID:-//Newsdesk//Newsdesk API//EN
            CALSCALE:GREGORIAN
            VERSION:2.0
            NAME:N. Korean defector whose escape went viral understands why he was sh
             ot
            BEGIN:VEVENT
            UID:f194c463-bd66-40e6-9e40-d5147cfb779b
            DTSTAMP:20190415T120000Z
            DTSTART;VALUE=DATE:20140101
            DTEND;VALUE=DATE:20150101
            SUMMARY:A United Nations report likens North Korea’s human rights abuses\s
             to Nazi atrocities (2014)
            DESCRIPTION:“in 2014”\\n\\nFrom “N. Korean defector whose escape went viral
              understands why he was shot”: https://news.example.com/articles/n-korea
             n-defector-whose-escape-went-viral-understands-why-he-was-shot
            URL:https://news.example.com/articles/n-korean-defector-whose-escape-went
             -viral-understands-why-he-was-shot
            X-NEWSDESK-PRECISION:year
            X-NEWSDESK-APPROXIMATE:FALSE
            END:VEVENT
            BEGIN:VEVENT
            UID:cf66fad8-c691-44d7-ae40-d9415620468c
            DTSTAMP:20190415T120000Z
            DTSTART;VALUE=DATE:20170928
            DTEND;VALUE=DATE:20171029
            SUMMARY:North Korea conducts its most powerful nuclear test to date (c. O
             ctober 2017)
            DESCRIPTION:“A month before Oh made his dash”\\n\\nFrom “N. Korean defector
              whose escape went viral understands why he was shot”: https://news.exa
             mple.com/articles/n-korean-defector-whose-escape-went-viral-understands-
             why-he-was-shot
            URL:https://news.example.com/articles/n-korean-defector-whose-escape-went
             -viral-understands-why-he-was-shot
            X-NEWSDESK-PRECISION:span
            X-NEWSDESK-APPROXIMATE:TRUE
            END:VEVENT
            END:VCALENDAR
            """;

    static final String ICALENDAR_RANGE = """
            BEGIN:VCALENDAR
            PRODID:-//Newsdesk//Newsdesk API//EN
            CALSCALE:GREGORIAN
            VERSION:2.0
            NAME:Newsdesk timeline\\, 2017-11-01 to 2017-11-30
            BEGIN:VEVENT
            UID:a19d30f6-bac0-4355-a351-7c250c412c40
            DTSTAMP:20260101T120000Z
            DTSTART;VALUE=DATE:20171113
            DTEND;VALUE=DATE:20171114
            SUMMARY:Oh Chong Song smashes through a checkpoint and runs across the DM
             Z under fire
            DESCRIPTION:“On Nov. 13, 2017”\\n\\nFrom “N. Korean defector whose escape w
             ent viral understands why he was shot”: https://news.example.com/article
             s/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot
            URL:https://news.example.com/articles/n-korean-defector-whose-escape-went
             -viral-understands-why-he-was-shot
            X-NEWSDESK-PRECISION:day
            X-NEWSDESK-APPROXIMATE:FALSE
            END:VEVENT
            END:VCALENDAR
            """;

    static final String ARTICLES_ATOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Newsdesk: latest stories</title>
              <link rel="alternate" type="text/html" href="https://news.example.com/" />
              <link rel="self" type="application/atom+xml" href="https://news.example.com/api/feeds/articles.atom" />
              <author>
                <name>Newsdesk</name>
              </author>
              <subtitle type="text">The latest published stories</subtitle>
              <id>https://news.example.com/api/feeds/articles.atom</id>
              <generator>Newsdesk</generator>
              <updated>2019-04-15T12:00:00Z</updated>
              <entry>
                <title>N. Korean defector whose escape went viral understands why he was shot</title>
                <link rel="alternate" type="text/html" href="https://news.example.com/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot" />
                <link rel="alternate" type="application/json" href="https://news.example.com/api/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot" />
                <author>
                  <name>Stella Kim</name>
                </author>
                <author>
                  <name>Alexander Smith</name>
                </author>
                <id>urn:uuid:bfd56bd5-f8d8-465f-acf5-a334fb335a7f</id>
                <updated>2019-04-15T12:00:00Z</updated>
                <published>2019-04-15T12:00:00Z</published>
                <summary type="text">It was a dash for freedom that was caught on camera and captivated the world: a North Korean defector being peppered with bullets as he tried to flee his authoritarian homeland.</summary>
              </entry>
            </feed>
            """;

    static final String CORRECTIONS_ATOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Newsdesk: corrections</title>
              <link rel="alternate" type="text/html" href="https://news.example.com/" />
              <link rel="self" type="application/atom+xml" href="https://news.example.com/api/feeds/corrections.atom" />
              <author>
                <name>Newsdesk</name>
              </author>
              <subtitle type="text">Public correction, clarification and update notices, newest first</subtitle>
              <id>https://news.example.com/api/feeds/corrections.atom</id>
              <generator>Newsdesk</generator>
              <updated>2019-04-16T09:30:00Z</updated>
              <entry>
                <title>Correction: N. Korean defector whose escape went viral understands why he was shot</title>
                <link rel="alternate" type="text/html" href="https://news.example.com/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot" />
                <link rel="related" type="application/json" href="https://news.example.com/api/articles/n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot/revisions/2" />
                <id>urn:uuid:97f07d28-42e4-4659-a9ca-e81d6ab6aca1</id>
                <updated>2019-04-16T09:30:00Z</updated>
                <published>2019-04-16T09:30:00Z</published>
                <summary type="text">An earlier version of this article misstated when North Korea conducted its nuclear test.</summary>
              </entry>
            </feed>
            """;
}
