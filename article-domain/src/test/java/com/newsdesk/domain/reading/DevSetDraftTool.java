package com.newsdesk.domain.reading;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints what the reader makes of a page, in the annotation format, as a starting point for annotating it by hand
 * (every field is then checked and corrected against the page). Not a test: run with
 * {@code java ... DevSetDraftTool page.txt 2019-04-15}.
 */
final class DevSetDraftTool {

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        LocalDate published = args.length > 1 ? LocalDate.parse(args[1]) : null;
        ImportedStory s =
                new ArticleReader().read(text, new PageMetadata(null, null, List.of(), null, published, null));
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"source_url\": \"\",\n  \"publisher\": \"\",\n");
        b.append("  \"headline\": ").append(MiniJson.quote(s.headline())).append(",\n");
        b.append("  \"bylines\": [")
                .append(s.bylines().stream().map(MiniJson::quote).collect(Collectors.joining(", ")))
                .append("],\n");
        b.append("  \"dateline\": ").append(MiniJson.quote(s.dateline())).append(",\n");
        b.append("  \"published_on\": ")
                .append(MiniJson.quote(
                        s.publishedOn() == null ? null : s.publishedOn().toString()))
                .append(",\n");
        b.append("  \"paragraphs\": [\n")
                .append(s.paragraphs().stream()
                        .map(p -> "    " + MiniJson.quote(p))
                        .collect(Collectors.joining(",\n")))
                .append("\n  ],\n");
        b.append("  \"boilerplate\": [],\n");
        b.append("  \"quotes\": [\n")
                .append(s.quotes().stream()
                        .map(q -> "    {\"speaker\": " + MiniJson.quote(q.speaker()) + ", \"text\": "
                                + MiniJson.quote(q.text()) + "}")
                        .collect(Collectors.joining(",\n")))
                .append("\n  ],\n");
        b.append("  \"events\": [\n")
                .append(s.events().stream()
                        .map(e -> "    {\"what\": " + MiniJson.quote(e.title()) + ", \"phrase\": "
                                + MiniJson.quote(e.phrase()) + ", \"start\": \""
                                + e.span().start() + "\", \"end\": \""
                                + e.span().end() + "\", \"precision\": \""
                                + e.span().precision().code()
                                + "\", \"approximate\": " + e.span().approximate() + "}")
                        .collect(Collectors.joining(",\n")))
                .append("\n  ],\n  \"warnings\": ")
                .append(s.warnings().stream().map(MiniJson::quote).collect(Collectors.joining(", ", "[", "]")))
                .append("\n}\n");
        System.out.print(b);
    }
}
