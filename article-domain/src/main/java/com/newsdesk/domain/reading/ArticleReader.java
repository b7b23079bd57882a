package com.newsdesk.domain.reading;

import com.newsdesk.domain.reading.ImportedStory.ImportedEvent;
import com.newsdesk.domain.reading.ImportedStory.ImportedQuote;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a news story from the plain text of a page, one paragraph per line (blank lines between them are optional),
 * with whatever the page's metadata says. The rules, in the order they apply:
 *
 * <ol>
 *   <li><b>Furniture out</b> ({@link Furniture}): sign-ups, widgets, share bars, captions, stamps never become
 *       paragraphs.
 *   <li><b>Headline</b>: the page's metadata headline; else the first line before the body that is neither furniture
 *       nor a byline and is short enough to be a headline.
 *   <li><b>Bylines</b>: the metadata's; else a line "By A, B and C" before the body (agency names dropped).
 *   <li><b>Standfirst</b>: a sentence between the headline and the byline, or the metadata's description.
 *   <li><b>Body</b>: every line after the headline that reads as prose, verbatim.
 *   <li><b>Dateline</b>: "SEOUL, South Korea — " or "WASHINGTON (AP) — " opening the first paragraph is the dateline,
 *       and is cut from the paragraph with its agency tag and dash.
 *   <li><b>Publication date</b>: the metadata's; else a "Published ..." line or a dated line above the body.
 *   <li><b>Quotes</b> ({@link QuoteReader}) and <b>events</b> ({@link DateReader}) from the body.
 * </ol>
 */
public final class ArticleReader {

    /** The most lines a page may have; anything longer is not one article. */
    public static final int MAX_LINES = 20_000;

    private static final Pattern BYLINE = Pattern.compile(
            // Not "By A Correspondent- National Police spokesperson … says …": a byline run into the story's first
            // line.
            "^(?:[•·]\\s*)?(?:By|BY|Written by|Words by|Reporting by)[:\\s]+(?!.{0,40}?[-–—]\\s+\\p{Lu}\\S*(?:\\s+\\S+){5})"
                    + "(.{2,200})$",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern DATELINE =
            Pattern.compile("^((?:\\p{Lu}[\\p{Lu}.'’\\-]+)(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,5}"
                    + "(?:,\\s*[\\p{L}\\d.'’\\-]+(?:\\s+[\\p{L}\\d.'’\\-]+){0,3}){0,3})"
                    // "LONDON (Reuters) -The": after an agency tag the dash may touch the first word.
                    // "SAO PAULO, (Reuters) – ": a comma left before the agency tag.
                    // "MANITOULIN—The chair": an em dash touching both words.
                    // "ISLAMABAD, (UrduPoint / Pakistan Point News - 2nd Oct, 2024) The": a dated tag without a dash.
                    // "CAIRO - 11 November 2017: Egypt always rejects …": the day after the dash, then a colon.
                    + "(?:\\s*(?:[—–]|--?)\\s+\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\s+\\d{4}\\s*:\\s+"
                    + "|,?\\s*\\((?:[^)]{1,40})\\)\\s*(?:[—–_]|--?)\\s*|\\s*(?:[—–_]|--?)\\s+|—(?=\\p{Lu}\\p{Ll})"
                    + "|,\\s*\\([^)]{1,60}\\d{4}\\)\\s+(?=\\p{Lu}))(?=\\S)");

    /** "Metro Manila (CNN Philippines, February 14) — ": a place in title case, then the agency tag and a dash. */
    private static final Pattern TAGGED_DATELINE = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+){0,2})?)"
            // "Detroit — The man suspected …": no tag, but an em dash between spaces.
            + "(?:\\s*\\((?:[^)]{2,40})\\)\\s*(?:[—–]|--?)\\s*"
            // not "Jacinda Ardern — New Zealand's prime minister since 2017 — said": dashes around an aside
            + "|\\s+[—–]\\s+(?=(?:The|THE|A|An|AN)\\s)(?![^.!?]*\\s[—–]\\s))(?=\\S)");

    private static final Pattern SHOUT = Pattern.compile("[\"“][^\"“”]{1,60}[!?.…][\"”]");
    private static final Pattern CREDITED_AGAIN = Pattern.compile(".{20,}\\s\\p{Lu}\\S*(?:\\s\\p{Lu}\\S*){0,3}");
    private static final Pattern CREDIT_WORDS = Pattern.compile("\\p{Lu}\\S*(?:\\s\\p{Lu}\\S*){0,3}");

    private static final Pattern COMMENT_STAMP = Pattern.compile(
            "\\s*(?i:posted on|posted)\\s+[\\d/.\\-: ]{6,30}(?:\\s*(?:am|pm))?\\s*\\|\\s*(?i:by)\\s+\\S");

    private static final Pattern PRINT_EDITION = Pattern.compile(
            // the paper's name in capitals, then only a date: not "Published in the journal Neurology, the study …"
            "(?:[Pp]ublished in (?:[Tt]he )?\\p{Lu}[\\p{L}.&']*(?: \\p{Lu}[\\p{L}.&']*){0,4},?\\s+"
                    + "(?:\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}\\p{Ll}+),?\\s+\\d{4}\\.?"
                    + "|(?i:a version of this (?:article|story) (?:first )?appear(?:s|ed) in print\\b.*)"
                    + "|(?i:this (?:article|story) (?:first )?appeared in (?:the )?print\\b.*))");

    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "(?i)(?:top comments|comments|reader comments|readers['’] comments|\\d+ comments?|comments \\(\\d+\\)"
                    + "|join the (?:conversation|discussion)|leave a (?:comment|reply))");

    /** Whether the first paragraph, which has no full stop of its own, comes again below with one. */
    private static boolean repeatedBelow(List<String> paragraphs) {
        String first = paragraphs.get(0);
        if (first.matches("(?s).*[.!?…\"”’]$")) {
            return false;
        }
        for (int i = 1; i < paragraphs.size(); i++) {
            String later = paragraphs.get(i);
            if (later.startsWith(first) && later.length() <= first.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern GLUED_BYLINE =
            // two words or more, none a day or a month ("By Thursday - Election Day - turnout …" is a date)
            Pattern.compile("^By\\s+(?!(?:\\S+\\s+){0,3}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                    + "|January|February|March|April|May|June|July|August|September|October|November|December)\\b)"
                    + "((?:\\p{Lu}[\\p{L}.'’]*\\s+){1,3}\\p{Lu}[\\p{L}.'’]*)\\s*[-–—]\\s+(?=\\p{Lu})");
    private static final Pattern UNNAMED_WRITER =
            Pattern.compile("(?i)(?:a|our)\\s+(?:correspondent|reporter|staff reporter)|staff reporter|correspondent");

    /** The last word of a paper's or a wire's own name. */
    private static final String PAPER_WORD = "(?:News|Times|Post|Herald|Tribune|Journal|Gazette|Online|Express|Observer"
            + "|Mirror|Mail|Star|Standard|Nation|Daily|Press|Agency|Wire)";

    /** "Kaieteur News – A group of …": the paper's own name before the dash is its tag, not a place. */
    private static final Pattern PAPER_NAME = Pattern.compile(".*\\b" + PAPER_WORD + "$");

    /** "Ammon News - AMMONNEWS - Several members of Parliament …": the paper's own tag, told twice. */
    private static final Pattern PAPER_TAG = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’]*\\s+){0,3}" + PAPER_WORD + "\\s+[-–—]\\s+\\p{Lu}{3,}\\s*[-–—]\\s+(?=\\p{Lu})");

    /** "BELGRADE, May 29. /TASS/. Serbian President …": the wire's day and its name between slashes. */
    private static final Pattern SLASH_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,5}),\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\.?"
                    + "\\s*/\\p{Lu}{2,8}/\\.?\\s+(?=\\S)");

    /** A scraper's metadata prefix ({@code " date 2024-02-08 "}) or a dated dateline ("May 4, 2023 - "). */
    private static final Pattern DATE_PREFIX = Pattern.compile("^date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)\\s+(?=\\S)");

    private static final Pattern DATED_DATELINE = Pattern.compile(
            // "Saturday, September 21, 2024 - Nairobi County Governor …": the weekday may come first.
            "^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?"
                    + "|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?:\\s+the)?\\s+\\d{1,2}"
                    + "(?:st|nd|rd|th)?,?\\s+\\d{4})\\s+(?:[—–_]|--?)\\s+(?=\\S)");

    /** A headline run together with its byline: "Storm hits the coast By JANE DOE, Associated Press". */
    private static final Pattern HEADLINE_BYLINE = Pattern.compile("^(.{10,}?)\\s+By\\s+(\\p{Lu}.{2,150})$");

    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)(?:related|related stories|related articles|more on this|more on this story|read more|read next"
                    + "|most read|most popular|recommended|trending|see also|you may also like|more stories|top stories)"
                    + "\\s*:?");

    /**
     * A wire dateline in sentence case, closed by a colon: "New Delhi [India], May 9 (ANI): " or "KUALA LUMPUR (Nov
     * 1): " (a place, maybe its country in brackets and the day, then the agency or the day in brackets).
     */
    private static final Pattern COLON_DATELINE =
            Pattern.compile("^(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}(?:\\s*\\[[^\\]]{2,30}\\])?)"
                    + "(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
                    + "\\s*\\((?:\\p{Lu}[\\p{L}/ ]{1,20}|\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})\\)\\s*:\\s+(?=\\S)");

    /**
     * "Barcelona, June 12 (IANS) Spanish football club …": a place, the day and the agency in capitals, and no colon
     * (not "Bangladesh Bank (BB) Governor …", which tells no day).
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            // (not a weekday: "Tuesday, March 5, 2024 – The inquiry heard …" is a day, not a place)
            "^#?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}),\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}"
                    // "Accra, Nov 30, GNA – Mr Osei …": the agency after a comma and before a dash; "#Kingston,
                    // February 15, 2023 – The Government …": the whole date and a dash.
                    + "(?:,\\s*\\d{4})?(?:\\s*\\(\\p{Lu}{2,8}\\)\\s+|,\\s*\\p{Lu}{2,8}\\s+[—–-]\\s+|(?<=\\d{4})\\s+[—–-]\\s+)"
                    + "(?=\\p{Lu})");

    /** "Kampala, Uganda | THE INDEPENDENT | The police …": the place, then the paper's name in capitals, in bars. */
    private static final Pattern PIPE_DATELINE = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?:[ \\-]\\p{Lu}\\p{Ll}+){0,2}(?:,\\s*\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})?)"
                    + "\\s*\\|\\s*\\p{Lu}[\\p{Lu}\\d .&'’\\-]{1,40}\\s*\\|\\s*(?=\\p{Lu}|[\"“])");

    /** A dateline without its place: the first paragraph opens with a dash ("— A storm system …"). */
    private static final Pattern BARE_DASH = Pattern.compile("^[—–]\\s+(?=\\p{Lu}|[\"“‘'])");

    /**
     * A sign-off glued to the end of the story's last sentence: the agency ("… on Sunday. (ANI)") or the reporter and
     * agency ("… scene of the robbery. Ella Dionisio/DMS").
     */
    private static final Pattern SIGN_OFF =
            Pattern.compile("(?<=[.!?…]['’\"”]?)\\s+(?:\\(\\p{Lu}{2,8}(?:/\\p{Lu}{2,8})?\\)"
                    + "|\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}/\\p{Lu}{2,8}"
                    // … or the agency after a dash: "… accountable,” he said. — Bernama"
                    // … or the site's own name: "… he said. – Rappler.com"
                    + "|[—–]\\s*\\p{Lu}[\\p{L}&]+(?:\\s+\\p{Lu}[\\p{L}&]+){0,2}(?:\\.(?:com|net|org|news|ph|in))?)$");

    /**
     * The page's last line stops in the middle of a word, as a page cut short does: "Council di" (a sentence's opening,
     * with a word in lower case: a signature such as "Chief Janeé Harteau" is not one).
     */
    /** A line the page stops in: ending in a word, or in a number when it is quoted speech ("… upwards to 45"). */
    private static final Pattern CUT_SHORT = Pattern.compile(
            "^(?:[\"“‘'«]?\\p{Lu}\\S*\\s+(?:.*\\s)?\\p{Ll}.*\\p{L}|[\"“«]\\p{Lu}\\S*\\s+(?:.*\\s)?\\p{Ll}.*\\d)$");

    /**
     * A dateline closed by a colon alone: "PATNA: Bihar police …", "NEW DELHI: …" (in capitals) or "Dubai: A
     * 24-year-old …" (a place in title case, one to three words; not a label such as "Update:" or "Watch:").
     */
    private static final Pattern PLACE_COLON =
            Pattern.compile("^((?:\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,3})"
                    + "|(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}))"
                    // "LOS ANGELES, Feb 5: Taylor Swift …": the day after the place, in the wires' short form.
                    + "(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?:\\s+(?=[\\p{Lu}\\d\"“‘'])");

    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?i)^(?:update[d]?|note|editor'?s note|warning|watch|listen|breaking|exclusive|analysis|opinion|comment"
                    + "|photos?|video|live|read|also read|read more|source|sources|correction|clarification|summary|q|a"
                    + "|background|context|explainer|review|interview|press release|statement)$");

    /** A section label or breadcrumb above the headline: "UAE | Traffic and Transport" (every part short). */
    private static final Pattern LABEL_PARTS = Pattern.compile("\\s+[|›>»]\\s+");

    /** The heading of a summary box whose bullets repeat the story: "In Summary", "Key points", "Highlights". */
    private static final Pattern SUMMARY_HEADING = Pattern.compile(
            "(?i)(?:in summary|summary|key points|highlights|story highlights|at a glance|in brief|in short|key takeaways"
                    + "|what you need to know)\\s*:?");

    private static final Pattern BULLET = Pattern.compile("^[•·▪■●◦‣∙*-]\\s+.*");
    private static final Pattern LIST_MARK = Pattern.compile("^[•·▪■●◦‣∙*-]\\s+");

    /** A line running on a sentence: it starts in lower case, maybe after an opening quotation mark. */
    private static final Pattern RUNS_ON = Pattern.compile("^[\"“‘']?\\p{Ll}.*");

    /** A line ending on a word in lower case, with no punctuation: a sentence not finished. */
    private static final Pattern LOWER_END = Pattern.compile("\\s\\p{Ll}[\\p{Ll}'’-]*$");

    private static final Pattern AGENCY_ONLY =
            // "(CNN) — ", and "(CNS): " with a colon.
            Pattern.compile("^\\((?:[A-Za-z .]{2,30})\\)\\s*(?:[—–]|--?|:)\\s+(?=\\S)");

    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:associated press|ap|reuters|afp|cnn|bbc|bbc news|staff|staff writer|correspondent"
                    + "|reporter|editor|news|.*\\b(?:news|press|times|post|agency|staff|correspondent|reporter"
                    + "|editor|writer|journal|herald|tribune|telegraph|guardian|newsroom|desk)\\b.*)$");

    /** A line that is only a person's name, with a title before it or a dash after it: "Dr Keith Rowley -". */
    private static final Pattern NAME_LINE = Pattern.compile("\\s*(?:(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\\.?\\s+)"
            + "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,3}\\s*(?:[-–—]\\s*)?"
            + "|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,3}\\s*[-–—]\\s*)");

    /** A whole line in quotation marks, ending a sentence: "“It will come.”". */
    private static final Pattern QUOTED_LINE = Pattern.compile("[\"“][^\"“”]{2,200}[.!?…][\"”]");

    /** A quotation opened in the line and not closed in it. */
    private static boolean leftOpen(String line) {
        long straight = line.chars().filter(c -> c == '"').count();
        long open = line.chars().filter(c -> c == '“').count();
        long close = line.chars().filter(c -> c == '”').count();
        return straight % 2 == 1 || open > close;
    }

    private final QuoteReader quotes = new QuoteReader();
    private final DateReader dates = new DateReader();

    /** How long a page may take to read; null: as long as it needs. */
    private final Duration limit;

    /** A reader that takes as long as each page needs (the development set's tests, the fuzzers). */
    public ArticleReader() {
        this(null);
    }

    /**
     * A reader that gives up on a page it cannot read within {@code limit} ({@link PageTooSlowToReadException}): the
     * service's, which must not spend minutes of a core on a page of thousands of names.
     */
    public ArticleReader(Duration limit) {
        this.limit = limit;
    }

    /**
     * Reads {@code text}; {@code page} may be {@link PageMetadata#none()}. Never throws on any text, except {@link
     * PageTooSlowToReadException} once the reader's limit has passed.
     */
    public ImportedStory read(String text, PageMetadata page) {
        try {
            return readLines(text, page, limit == null ? Deadline.none() : Deadline.in(limit));
        } finally {
            Furniture.forgetVerdicts();
        }
    }

    private ImportedStory readLines(String text, PageMetadata page, Deadline deadline) {
        List<String> warnings = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        LocalDate stamped = null;
        for (String raw : text.split("\\R", MAX_LINES + 1)) {
            String line = raw.strip();
            Matcher prefix = DATE_PREFIX.matcher(line);
            if (prefix.find()) {
                if (stamped == null) {
                    stamped = DateReader.stampDate(
                            prefix.group(1).length() == 7 ? prefix.group(1) + "-01" : prefix.group(1));
                }
                line = line.substring(prefix.end());
            }
            // The site's banner ("The Jerusalem Post - Israel News …") is furniture wherever it stands.
            if (!line.isEmpty() && !siteBanner(line, page.publisher())) {
                lines.add(line);
            }
        }
        if (lines.size() > MAX_LINES) {
            lines = lines.subList(0, MAX_LINES);
            warnings.add("the page has more than " + MAX_LINES + " lines; only the first were read");
        }

        int firstProse = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (Furniture.isProse(lines.get(i)) && !BYLINE.matcher(lines.get(i)).matches()) {
                firstProse = i;
                break;
            }
        }

        // Headline: the metadata's (found in the text, the body starts after it), else the first fitting line.
        String headline = page.headline() == null ? null : page.headline().strip();
        int bodyFrom = 0;
        // Where the byline is looked for: after the headline (or after the page's title, when the headline alone
        // follows it: "By Jane Smith" may stand between them).
        int bylinesFrom = -1;
        if (headline != null) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals(headline)) {
                    bodyFrom = i + 1;
                    break;
                }
            }
        } else {
            int limit = firstProse < 0 ? lines.size() : firstProse + 1;
            for (int i = 0; i < limit; i++) {
                String line = lines.get(i);
                if (headlineLike(line)
                        || (i == firstProse
                                && headline == null
                                && i + 1 < lines.size()
                                && BYLINE.matcher(lines.get(i + 1)).matches()
                                && Furniture.words(line) <= 30)) {
                    headline = line;
                    bodyFrom = i + 1;
                    break;
                }
            }
            // "San Diego County flu cases hit season high - CBS News 8 - San Diego, CA News Station" then "San Diego
            // County flu cases hit season high": the page's title, the site's name after the headline, then the
            // headline alone.
            bylinesFrom = bodyFrom;
            for (int i = bodyFrom; headline != null && i < Math.min(lines.size(), bodyFrom + 4); i++) {
                String line = lines.get(i);
                if (Furniture.words(line) >= 3
                        && headline.startsWith(line)
                        && SITE_AFTER_TITLE
                                .matcher(headline)
                                .region(line.length(), headline.length())
                                .lookingAt()) {
                    headline = line;
                    bodyFrom = i + 1;
                    break;
                }
            }
        }

        // Bylines and standfirst come before the body.
        List<String> bylines = new ArrayList<>(page.bylines());
        if (headline != null && page.headline() == null) {
            Matcher joined = HEADLINE_BYLINE.matcher(headline);
            if (joined.matches() && !names(joined.group(2)).isEmpty()) {
                headline = joined.group(1).strip();
                if (bylines.isEmpty()) {
                    bylines.addAll(names(joined.group(2)));
                }
            }
        }
        int bylineLine = -1;
        for (int i = bylinesFrom >= 0 ? bylinesFrom : bodyFrom;
                i < lines.size() && i <= Math.max(firstProse, bodyFrom) + 2;
                i++) {
            Matcher m = BYLINE.matcher(lines.get(i));
            if (m.matches() && Furniture.words(lines.get(i)) <= 20) {
                bylineLine = i;
                if (bylines.isEmpty()) {
                    bylines.addAll(names(m.group(1)));
                }
                break;
            }
        }
        String standfirst = page.standfirst();
        List<Integer> body = new ArrayList<>();
        Set<Integer> items = new HashSet<>();
        for (int i = bodyFrom; i < lines.size(); i++) {
            deadline.check();
            if (i == bylineLine) {
                continue;
            }
            String line = lines.get(i);
            if (BYLINE.matcher(line).matches() && Furniture.words(line) <= 20) {
                continue;
            }
            if (SUMMARY_HEADING.matcher(line).matches()
                    && i + 1 < lines.size()
                    && BULLET.matcher(lines.get(i + 1)).matches()) {
                // A summary box: its bullets repeat the story's own sentences.
                while (i + 1 < lines.size() && BULLET.matcher(lines.get(i + 1)).matches()) {
                    i++;
                }
                continue;
            }
            if (i + 1 < lines.size()
                    && CREDITED_AGAIN.matcher(lines.get(i + 1)).matches()
                    && lines.get(i + 1).startsWith(line + " ")
                    && CREDIT_WORDS
                            .matcher(lines.get(i + 1).substring(line.length() + 1))
                            .matches()) {
                // "Penticton RCMP say … being considered." then the same line closed by "Global News": a video's
                // caption,
                // told twice, the second time with its credit.
                i++;
                continue;
            }
            // "Posted on 11-11-2017 14:11 | By Kenworthlogger": a reader's comment stamped below the story.
            if ((COMMENTS_HEADING.matcher(line.strip()).matches()
                            || COMMENT_STAMP.matcher(line).lookingAt()
                            // "Published in Dawn, July 31st, 2015": the print edition's mark closes the story.
                            || PRINT_EDITION.matcher(line.strip()).matches())
                    && body.size() >= 3) {
                // "Top Comments" below the story: what follows is the readers', not the story.
                break;
            }
            if (RELATED_HEADING.matcher(line).matches()) {
                // A "Related" box: the short lines under it are other stories' headlines.
                while (i + 1 < lines.size() && Furniture.words(lines.get(i + 1)) < 15) {
                    i++;
                }
                continue;
            }
            boolean leadsIntoQuote = line.endsWith(",")
                    && Furniture.words(line) >= 12
                    && i + 1 < lines.size()
                    && Furniture.startsQuoted(lines.get(i + 1))
                    && !Furniture.isFurniture(line);
            // "“OK, the results aren't there but they will come, …" (left open) then "“It will come.”": the short
            // paragraph that closes a quotation running over paragraphs is the speaker's last words.
            boolean closesQuotation = !body.isEmpty()
                    && body.get(body.size() - 1) == i - 1
                    && Furniture.startsQuoted(line)
                    && QUOTED_LINE.matcher(line).matches()
                    && Furniture.startsQuoted(lines.get(i - 1))
                    && leftOpen(lines.get(i - 1));
            // The page stops in the middle of the last paragraph, maybe after a short subheading or caption.
            boolean cutShort = i == lines.size() - 1
                    && !body.isEmpty()
                    && (body.get(body.size() - 1) == i - 1
                            || (body.get(body.size() - 1) == i - 2 && Furniture.words(lines.get(i - 1)) <= 12))
                    && CUT_SHORT.matcher(line).matches()
                    && !Furniture.isFurniture(line);
            // "She added:" before a quotation is a paragraph, however short.
            boolean introduces =
                    i + 1 < lines.size() && Furniture.startsQuoted(lines.get(i + 1)) && Furniture.introducesQuote(line);
            // A sentence the layout broke in two: the next line runs it on in lower case ("… patients up" /
            // "“during periods of excessive bed pressure.”").
            boolean brokenByLayout = i + 1 < lines.size()
                    && Furniture.words(line) >= 8
                    && RUNS_ON.matcher(lines.get(i + 1)).matches()
                    && LOWER_END.matcher(line).find()
                    && !Furniture.isFurniture(line)
                    && Furniture.isProse(lines.get(i + 1));
            // A reported sentence the page cut off between two paragraphs: "… said that the situation was".
            boolean cutMidBody = !body.isEmpty()
                    && body.get(body.size() - 1) == i - 1
                    && i + 1 < lines.size()
                    && Furniture.words(line) >= 10
                    && Furniture.hasSpeechVerb(line)
                    && CUT_SHORT.matcher(line).matches()
                    && LOWER_END.matcher(line).find()
                    && !Furniture.isFurniture(line)
                    && (Furniture.isProse(lines.get(i + 1)) || Furniture.introducesQuote(lines.get(i + 1)));
            // "The Mayor said Council would take the following motions to the conference:" then "- Greater access to
            // funding …": a list the story leads into is the story's, each item a paragraph without its bullet.
            boolean listed = BULLET.matcher(line).matches()
                    && !body.isEmpty()
                    && body.get(body.size() - 1) == i - 1
                    && (lines.get(i - 1).endsWith(":") || items.contains(i - 1))
                    && !Furniture.isFurniture(LIST_MARK.matcher(line).replaceFirst(""));
            if (listed) {
                items.add(i);
                body.add(i);
                continue;
            }
            // "Don't do it!" between two paragraphs of a heated meeting: a short shout, all quoted, is the story's.
            boolean shout = !body.isEmpty()
                    && body.get(body.size() - 1) == i - 1
                    && i + 1 < lines.size()
                    && SHOUT.matcher(line.strip()).matches()
                    && Furniture.words(line) <= 6
                    && (Furniture.isProse(lines.get(i + 1))
                            || SHOUT.matcher(lines.get(i + 1).strip()).matches());
            // "Strong winds will affect parts of the area, with a separate wind warning in place" between two
            // paragraphs: a sentence the page left without its full stop is still the story's.
            boolean unstopped = !body.isEmpty()
                    && body.get(body.size() - 1) == i - 1
                    && i + 1 < lines.size()
                    && Furniture.words(line) >= 12
                    && LOWER_END.matcher(line).find()
                    && mostlyLowerCase(line)
                    && Character.isUpperCase(line.codePointAt(0))
                    && TENSED_VERB.matcher(line).find()
                    && !Furniture.isFurniture(line)
                    && Furniture.isProse(lines.get(i + 1));
            if (Furniture.isProse(line)
                    || shout
                    || unstopped
                    || leadsIntoQuote
                    || cutShort
                    || introduces
                    || brokenByLayout
                    || cutMidBody
                    || closesQuotation) {
                if (bylineLine > i && standfirst == null) {
                    standfirst = line;
                    continue;
                }
                if (line.equals(standfirst)) {
                    continue;
                }
                body.add(i);
            }
        }

        List<String> paragraphs = new ArrayList<>();
        for (int i : body) {
            paragraphs.add(items.contains(i) ? LIST_MARK.matcher(lines.get(i)).replaceFirst("") : lines.get(i));
        }
        // "A 32-year-old male is dead after … (Nov. 5) … junction. The collision took place at …" above "A 32-year-old
        // male is dead after … junction.": a summary that opens with the story's first paragraph is its standfirst.
        if (paragraphs.size() > 1
                && paragraphs.get(1).length() >= 60
                && paragraphs.get(0).length() > paragraphs.get(1).length()
                && paragraphs.get(0).startsWith(paragraphs.get(1))) {
            String dek = paragraphs.remove(0);
            standfirst = standfirst == null ? dek : standfirst;
        } else if (!paragraphs.isEmpty() && paragraphs.get(0).length() >= 60 && repeatedBelow(paragraphs)) {
            // "The Vecernje Novosti newspaper reported earlier in the day that …" above the story, and again in it
            // with its full stop: a summary that a later paragraph repeats is the standfirst.
            String dek = paragraphs.remove(0);
            standfirst = standfirst == null ? dek : standfirst;
        }
        // "Meanwhile, the Irish Nurses and Midwives Organisation (INMO) recently announced …" then "The Irish Nurses
        // and
        // Midwives Organisation (INMO) recently announced …": a paragraph's words printed again under it are a
        // caption or a pull quote; the story says a thing once.
        for (int i = paragraphs.size() - 1; i > 0; i--) {
            String again = paragraphs.get(i).strip().toLowerCase(Locale.ROOT);
            if (Furniture.words(again) >= 10
                    && paragraphs.get(i - 1).strip().toLowerCase(Locale.ROOT).endsWith(again)) {
                // "After months of budget deliberation, Metro's Board … service." twice above the story, the
                // photographer's name between: a caption (or the summary) told twice, neither time the story's.
                boolean twiceAtTheTop = i == 1
                        && paragraphs.size() > 2
                        && paragraphs.get(0).strip().equals(paragraphs.get(1).strip());
                paragraphs.remove(i);
                if (twiceAtTheTop) {
                    String dek = paragraphs.remove(0);
                    standfirst = standfirst == null ? dek : standfirst;
                }
            }
        }
        if (paragraphs.size() > 1
                && standsBeforeTheDateline(paragraphs.get(0), paragraphs.get(1))
                // not a list of items each opening with a name in capitals ("ARSENAL — …", "LIVERPOOL — …")
                && (paragraphs.size() < 3
                        || !DATELINE.matcher(paragraphs.get(2)).find())) {
            // "Listed Japanese companies are projected to …" above "TOKYO -- Japanese listed companies …": the story
            // opens at its dateline; the one sentence above it is the summary.
            String dek = paragraphs.remove(0);
            standfirst = standfirst == null ? dek : standfirst;
        }
        String dateline = null;
        if (!paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            Matcher m = DATELINE.matcher(first);
            Matcher agency = AGENCY_ONLY.matcher(first);
            Matcher colon = COLON_DATELINE.matcher(first);
            Matcher dash = BARE_DASH.matcher(first);
            Matcher place = PLACE_COLON.matcher(first);
            Matcher tagged = TAGGED_DATELINE.matcher(first);
            Matcher slashed = SLASH_DATELINE.matcher(first);
            Matcher paperTag = PAPER_TAG.matcher(first);
            Matcher piped = PIPE_DATELINE.matcher(first);
            if (piped.find()) {
                dateline = piped.group(1).strip();
                paragraphs.set(0, first.substring(piped.end()));
            } else if (tagged.find()) {
                dateline = PAPER_NAME.matcher(tagged.group(1).strip()).matches()
                        ? null
                        : tagged.group(1).strip();
                paragraphs.set(0, first.substring(tagged.end()));
            } else if (paperTag.find()) {
                paragraphs.set(0, first.substring(paperTag.end()));
            } else if (slashed.find()) {
                dateline = slashed.group(1).strip();
                paragraphs.set(0, first.substring(slashed.end()));
            } else if (colon.find() || (colon = WIRE_DATELINE.matcher(first)).find()) {
                dateline = colon.group(1).strip();
                paragraphs.set(0, first.substring(colon.end()));
            } else if (place.find() && !NOT_A_PLACE.matcher(place.group(1)).matches()) {
                dateline = place.group(1).strip();
                paragraphs.set(0, first.substring(place.end()));
            } else if (dash.find()) {
                paragraphs.set(0, first.substring(dash.end()));
            } else if (m.find()
                    && m.group(1).codePoints().filter(Character::isLetter).count() >= 2) {
                dateline = stripDateFromDateline(m.group(1).strip());
                paragraphs.set(0, first.substring(m.end()));
            } else if (agency.find()) {
                paragraphs.set(0, first.substring(agency.end()));
            }
            // "By A Correspondent- National Police spokesperson …": a byline run into the first paragraph.
            Matcher glued = GLUED_BYLINE.matcher(paragraphs.get(0));
            if (glued.find()) {
                if (bylines.isEmpty() && !UNNAMED_WRITER.matcher(glued.group(1)).matches()) {
                    bylines.add(glued.group(1));
                }
                paragraphs.set(0, paragraphs.get(0).substring(glued.end()));
            }
            Matcher dated = DATED_DATELINE.matcher(paragraphs.get(0));
            if (dated.find()) {
                if (stamped == null) {
                    stamped = DateReader.stampDate(
                            dated.group(1).replace(" the ", " ").replaceAll("(\\d)(?:st|nd|rd|th)", "$1"));
                }
                paragraphs.set(0, paragraphs.get(0).substring(dated.end()));
            }
        }

        if (!paragraphs.isEmpty()) {
            int last = paragraphs.size() - 1;
            Matcher signOff = SIGN_OFF.matcher(paragraphs.get(last));
            if (signOff.find()) {
                paragraphs.set(last, paragraphs.get(last).substring(0, signOff.start()));
            }
        }

        LocalDate published = page.publishedOn() != null ? page.publishedOn() : stamped;
        if (published == null) {
            int limit = body.isEmpty() ? lines.size() : body.get(0);
            for (int i = 0; i < limit && published == null; i++) {
                published = DateReader.stampDate(lines.get(i));
            }
            if (published == null) {
                warnings.add("the page does not say when it was published; weekdays and relative dates are not"
                        + " resolved");
            }
        }
        if (headline != null && page.headline() == null && toldAgainBelow(headline, paragraphs)) {
            // "The Supreme Court on Wednesday adjourned hearing … till Thursday" over the paragraph that says it
            // again with its full stop: the lead's first sentence, given as the page's summary, not a headline.
            standfirst = standfirst == null ? headline : standfirst;
            headline = null;
        }
        if (headline == null && !paragraphs.isEmpty()) {
            warnings.add("no headline found; give the story one");
        }
        if (bylines.isEmpty()) {
            warnings.add("no byline found");
        }

        // "Dr Keith Rowley -" under the headline: a photograph's name line introduces the person the story then calls
        // "Dr Rowley". Such lines are no part of the story, but they tell its people's whole names.
        StringBuilder introduced = new StringBuilder(standfirst == null ? "" : standfirst);
        for (String line : lines) {
            if (NAME_LINE.matcher(line).matches() && !paragraphs.contains(line)) {
                introduced
                        .append(introduced.isEmpty() ? "" : "\n")
                        .append(line.strip().replaceFirst("\\s*[-–—]$", ""));
            }
        }
        deadline.check();
        List<ImportedQuote> quoted =
                quotes.read(paragraphs, introduced.isEmpty() ? null : introduced.toString(), warnings, deadline);
        List<ImportedEvent> events = dates.read(paragraphs, published, warnings, deadline);
        return new ImportedStory(
                headline,
                standfirst,
                bylines,
                dateline,
                page.publisher(),
                published,
                paragraphs,
                quoted,
                events,
                warnings);
    }

    /** A verb with a tense ("will affect", "was closed"): a caption's present ("Firefighters tackle …") has none. */
    private static final Pattern TENSED_VERB = Pattern.compile(
            "\\b(?:will|would|was|were|has|have|had|is|are|could|should|may|might|must|\\p{Ll}{3,}ed)\\b");

    /** Written as a sentence is: most words in lower case (not "The Business Standard Google News Keep updated, …"). */
    private static boolean mostlyLowerCase(String line) {
        String[] words = line.strip().split("\\s+");
        long lower = java.util.Arrays.stream(words)
                .filter(w -> Character.isLowerCase(w.codePointAt(0)))
                .count();
        return lower * 5 >= words.length * 3;
    }

    private static final Pattern PHOTO_CREDIT_END = Pattern.compile(
            "[.!?]\\s+(?:Facebook|Twitter|Instagram|X|Reuters"
                    + "|AFP|AP|EPA|Getty Images|Bernama|PTI|ANI|Xinhua|File|Photo|Pic|Supplied)\\s*/\\s*\\p{Lu}[\\p{L}.'’ \\-]{1,40}$");

    // A name of two or three words, then the beat: in capitals from a list of beats ("Senior Court Reporter"), or in
    // lower case after a comma ("Twm Owen, local democracy reporter"); not "Russia Detains Wall Street Journal
    // Reporter" nor "Daily Telegraph names new political editor".
    private static final Pattern REPORTER_LINE =
            Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2}"
                    + "(?:(?:\\s+(?:Senior|Chief|Court|Crime|Political|Politics|Business|Sports?|Health|Education|Staff|Special"
                    + "|Foreign|Local|Democracy|Legal|Environment|Diplomatic|Deputy|Investigations|News))*\\s+(?:Reporter"
                    + "|Correspondent|Editor|Writer|Journalist)|,(?:\\s+\\p{Ll}+){0,3}\\s+(?:reporter|correspondent|editor|writer"
                    + "|journalist))");

    // (A dash or a bar, not a colon: "Cost of living: energy bills to rise" over a label "Cost of living" is a kicker.)
    private static final Pattern SITE_AFTER_TITLE = Pattern.compile("\\s+[-–—|]\\s+\\S");

    /** A headline: four to thirty words, not furniture, not a byline, and not a sentence ending with a full stop. */
    private static boolean headlineLike(String line) {
        // A bulleted line is an item of a list or menu, never the headline.
        if (Furniture.isFurniture(line)
                || BYLINE.matcher(line).matches()
                || sectionLabel(line)
                // "Presidential Spokesman Bassam Rady - ": a photograph's name line, its dash left hanging.
                || line.strip().matches(".*\\s[-–—]$")
                || line.strip().matches("^[•·▪►].*")
                // A photograph's caption, however long: "… Kai Anderson (right) keeps an eye on …", or one ending
                // with its credit: "… on ventilator support. Facebook/Noor Hisham Abdullah".
                || Furniture.placesInPhoto(line)
                || PHOTO_CREDIT_END.matcher(line).find()
                // The reporter and the beat: "Tendai Rupapa Senior Court Reporter", "Twm Owen, local democracy
                // reporter".
                || REPORTER_LINE.matcher(line.strip()).matches()) {
            return false;
        }
        int words = Furniture.words(line);
        // (not an image's text all in lower case: "flag of papua new guinea"; "iPhone sales slump" is a headline)
        String l = line.strip();
        if (!l.isEmpty()
                && Character.isLowerCase(l.codePointAt(0))
                && l.codePoints().noneMatch(Character::isUpperCase)) {
            return false;
        }
        return words >= 4 && words <= 30 && line.length() <= 250 && !line.matches("(?s).*\\.['’\"”]?$") && !menu(line);
    }

    /**
     * "Aliyah Judaism Kabbalah Science Antisemitism Coronavirus Law …": twelve or more capitalised words, no punctuation,
     * and not one of the small words a headline in title case still has ("To", "Of", "In", "A", "Without").
     */
    static boolean menu(String line) {
        String[] words = line.strip().split("\\s+");
        // (twelve words or more, and no stop, comma, colon or apostrophe: "Storm Ciaran Leaves Thousands Without Power
        // Across Southern England" and "Trump Says Tariffs Could Hit Canada, Mexico Next Week" are headlines)
        if (words.length < 12 || MENU_PUNCTUATION.matcher(line).find()) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("&") || HEADLINE_SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern MENU_PUNCTUATION = Pattern.compile("[.,;:!?'’\"“”]");

    private static final Set<String> HEADLINE_SMALL_WORDS = Set.of(
            "A", "An", "The", "To", "Of", "In", "On", "At", "For", "With", "As", "And", "Is", "Are", "Was", "By",
            "From", "After", "Over", "Into", "Up", "Be", "Has", "Have", "Will", "Not", "But", "Or", "It", "His", "Her",
            "Without", "Across", "Against", "About", "Under", "Amid", "Says", "Could", "Would", "Can", "May");

    /**
     * Whether a first line of fourteen words or more is a sentence of the story given again as its summary: the first
     * paragraph's first sentence word for word, or a line whose last ten words a paragraph near the top says again
     * ("Safaricom's Group service revenue crossed the KSh 300 billion mark …" over "The telco's group service revenue
     * crossed the KSh 300 billion mark …"). A headline says it shorter, in words of its own.
     */
    private static boolean toldAgainBelow(String line, List<String> paragraphs) {
        // (fourteen words or more: "Man charged with murder after woman found dead in Leeds flat" stays the headline
        // when the lead says it again)
        int words = Furniture.words(line);
        if (words < 14 || paragraphs.isEmpty()) {
            return false;
        }
        if (paragraphs.get(0).startsWith(line) && paragraphs.get(0).startsWith(".", line.length())) {
            return true;
        }
        // (words as spaces part them: a line in Japanese, all one piece, is never this)
        String[] w = line.strip().split("\\s+");
        if (w.length < 14) {
            return false;
        }
        // All but its first three words said again: "Supreme Court refuses to stay Karnataka High Court order on hijab
        // ban in educational institutions" over "… refused to urgently hear pleas challenging the Karnataka High Court
        // order on hijab ban in educational institutions" is a headline, and a lead that echoes it.
        String tail = String.join(" ", Arrays.copyOfRange(w, 3, w.length));
        for (String paragraph : paragraphs.subList(0, Math.min(4, paragraphs.size()))) {
            if (paragraph.contains(tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A summary of up to 60 words with no dateline of its own, above a paragraph that opens with one ("TOKYO -- …",
     * "LEWISBURG, Pa. — "): the story opens at its dateline.
     */
    private static boolean standsBeforeTheDateline(String first, String second) {
        Matcher dateline = DATELINE.matcher(second);
        if (Furniture.words(first) > 60 || DATELINE.matcher(first).find() || !dateline.find()) {
            return false;
        }
        // The place in capitals ("TOKYO", "LEWISBURG, Pa."), not a capitalised word that opens a sentence, nor a
        // label ("UPDATE — "); and a sentence after it ("UAW — which represents …" is an aside).
        String place = dateline.group(1).split(",")[0].strip();
        return place.codePoints().filter(Character::isLetter).count() >= 3
                && place.equals(place.toUpperCase(Locale.ROOT))
                && !NOT_A_PLACE.matcher(place).matches()
                && dateline.end() < second.length()
                && !Character.isLowerCase(second.codePointAt(dateline.end()));
    }

    /**
     * A line that opens with the publisher's name (with or without its "The") and then a dash or a bar ("The Jerusalem
     * Post - Israel News NY Conference …"), or a few capitalised words only ("Jerusalem Post Israel News"): the site's
     * banner, not a headline.
     */
    static boolean siteBanner(String line, String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return false;
        }
        String l = line.strip();
        String name = publisher.strip();
        if (!l.startsWith(name)) {
            name = name.replaceFirst("^(?:The|the)\\s+", "");
        }
        if (l.startsWith(name)
                && SITE_AND_DATE.matcher(l).region(name.length(), l.length()).matches()) {
            // "Ahram Online, Sunday 9 Nov 2014": the site's name and the day of the story.
            return true;
        }
        return l.startsWith(name)
                && (SITE_SEPARATOR.matcher(l).region(name.length(), l.length()).lookingAt()
                        || SECTION_WORDS
                                .matcher(l)
                                .region(name.length(), l.length())
                                .matches())
                // not "Kaieteur News – A group of Venezuelan nationals …": the paper's name as the first paragraph's
                // tag
                && capitalisedOnly(l.substring(name.length()));
    }

    /** Whether every word of the text is capitalised (or a sign: "&", "-", "|"). */
    private static boolean capitalisedOnly(String text) {
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SITE_AND_DATE =
            Pattern.compile(",?\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
                    + "(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\.?|\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2},?)\\s+\\d{4}\\s*");

    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s*[-–—|]\\s");
    /** A site's name and its section: "Jerusalem Post Israel News" (not "New York Times Sues OpenAI"). */
    private static final Pattern SECTION_WORDS = Pattern.compile(
            "(?:\\s+\\p{Lu}[\\p{L}&]*){0,2}\\s+(?:News|Sport|Sports"
                    + "|Business|Opinion|World|Local|Politics|Weather|Lifestyle|Entertainment|Home|Latest|Breaking|Online)\\s*");

    /** A section label or breadcrumb: parts joined by "|" or "›", none of them longer than four words. */
    static boolean sectionLabel(String line) {
        String[] parts = LABEL_PARTS.split(line.strip());
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (Furniture.words(part) > 4 || part.matches(".*[.!?]$")) {
                return false;
            }
        }
        return true;
    }

    private static String stripDateFromDateline(String dateline) {
        // "WASHINGTON, Jan. 5", and "PORT MORESBY, 23 DECEMBER 2019"
        return dateline.replaceFirst(
                        ",\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?$",
                        "")
                .replaceFirst(
                        "(?i),\\s*\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:,?\\s*\\d{4})?$",
                        "");
    }

    /** The people a byline names: "A, B and C", without the agency or the role after a name. */
    static List<String> names(String byline) {
        // "Sheree Bega Time of article published Aug 15, 2020": the stamp run on after the name.
        String s = byline.replaceAll("\\s*[|•·].*$", "")
                .replaceAll("\\s+(?:Time of article published|Published|Updated|Posted)\\b.*$", "")
                .replaceAll("(?i)\\s+(?:for|at|of)\\s+.*$", "");
        List<String> names = new ArrayList<>();
        for (String part : s.split("\\s*(?:,|\\band\\b|&|;)\\s*")) {
            String name = part.strip();
            if (name.isEmpty()
                    || NOT_A_NAME.matcher(name).matches()
                    || name.toLowerCase(Locale.ROOT).equals(name)) {
                continue;
            }
            names.add(name);
        }
        return names;
    }
}
