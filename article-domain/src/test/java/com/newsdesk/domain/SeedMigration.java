package com.newsdesk.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the seeded story straight from the persistence module's Flyway migration, so that the domain's fixtures and
 * date rules are checked against what the database really starts with, not against a copy that could drift.
 */
public final class SeedMigration {

    private static final Path MIGRATION = Path.of(
            "..", "article-persistence", "src", "main", "resources", "db", "migration", "V2__seed_defector_story.sql");

    /** {@code ('b1', 0, 'paragraph', 'text' | null}: the block id, its type and its text. */
    private static final Pattern BODY_BLOCK =
            Pattern.compile("'(b\\d+)', \\d+, '(paragraph|promo|video)',\\s*(?:'((?:[^']|'')*)'|null)");

    /** The tail shared by quote and timeline rows: start, end, precision, approximate, then the phrase or context. */
    private static final Pattern DATED_ROW = Pattern.compile(
            "'(\\d{4}-\\d{2}-\\d{2})', '(\\d{4}-\\d{2}-\\d{2})', '(day|month|year|span)', (true|false), '((?:[^']|'')*)'\\)");

    private final String sql;

    private SeedMigration(String sql) {
        this.sql = sql;
    }

    public static SeedMigration read() {
        // Surefire runs tests in the module's directory and says so in `basedir`; an IDE may run them elsewhere.
        Path module = Path.of(System.getProperty("basedir", "."));
        Path file = module.resolve(MIGRATION).normalize();
        try {
            return new SeedMigration(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the seed migration should be at " + file.toAbsolutePath(), e);
        }
    }

    /** Block id to text ({@code null} for the video), in reading order. */
    public Map<String, String> blockTexts() {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = BODY_BLOCK.matcher(sql);
        while (m.find()) {
            blocks.put(m.group(1), m.group(3) == null ? null : unescape(m.group(3)));
        }
        return blocks;
    }

    /** Every dated row, quotes and timeline events alike, in file order. */
    public List<DatedRow> datedRows() {
        List<DatedRow> rows = new ArrayList<>();
        Matcher m = DATED_ROW.matcher(sql);
        while (m.find()) {
            rows.add(new DatedRow(
                    LocalDate.parse(m.group(1)),
                    LocalDate.parse(m.group(2)),
                    m.group(3),
                    Boolean.parseBoolean(m.group(4)),
                    unescape(m.group(5))));
        }
        return rows;
    }

    /** The one dated row whose last column (an event's phrase, a quote's context) is {@code words}. */
    public DatedRow datedRow(String words) {
        List<DatedRow> matching = datedRows().stream()
                .filter(r -> r.words().equals(words))
                .distinct()
                .toList();
        if (matching.size() != 1) {
            throw new IllegalStateException("expected one dating for '" + words + "' in the seed, found " + matching);
        }
        return matching.get(0);
    }

    public boolean contains(String text) {
        return sql.contains(text);
    }

    private static String unescape(String sqlString) {
        return sqlString.replace("''", "'");
    }

    /** Start, end, precision code, approximate, and the words the row ends with. */
    public record DatedRow(LocalDate start, LocalDate end, String precision, boolean approximate, String words) {}
}
