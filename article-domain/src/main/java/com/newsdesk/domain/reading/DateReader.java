package com.newsdesk.domain.reading;

import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.calendar.RelativeDate;
import com.newsdesk.domain.reading.ImportedStory.ImportedEvent;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dated events of a story: every phrase that dates something, with the span its words allow. The rules, each
 * a convention of news writing:
 *
 * <ol>
 *   <li><b>Absolute dates</b>: "Nov. 13, 2017" and "13 November 2017" (day); "November 2017" (month); "2014" (year);
 *       "1950-53", "between 1950 and 1953" and "the 1990s" (span of whole years); "between 25 and 28 July" and
 *       "July 25-28" (span of days). Not approximate.
 *   <li><b>Dates without a year</b>: "13 November", "on Monday", "in March" resolve against the publication date
 *       (weekdays: the latest such day on or before it, or after it when the sentence looks ahead: "next", "come",
 *       "by", "until", a future verb; month and day: the nearest, past preferred); "tomorrow", "overnight", "this
 *       weekend", "between April 19 and May 6", "Friday night and early Saturday". Not approximate: the page fixes
 *       them.
 *   <li><b>Vague wording</b>: "mid-2020", "early 2020", "late March", "the end of March", "about", "nearly", "later
 *       this year", "N weeks ago", "two, three months ago", "the last couple of weeks", "early next week", "by
 *       Monday" are approximate, with the window their words allow.
 *   <li><b>Offsets from another event</b>: "a month before Oh made his dash", "two weeks after the vote" hang on the
 *       event whose sentence shares most words with the clause (the more precise first), moved by
 *       {@link RelativeDate#offset} and approximate.
 *   <li><b>A vague tail</b> ("on Monday, almost 18 months after his escape") belongs to the date it follows and marks
 *       it approximate.
 *   <li><b>From the date before</b>: "the following day", "the day before", "hours later", "later that night" are a
 *       day (week, month, year) from the last date told before them, and approximate.
 *   <li><b>Holidays and seasons</b>: "New Year's Eve", "Christmas Day", "in the summer of last year", "last summer".
 *   <li><b>Forward</b>: a date after a verb of putting off ("deferred the matter to September 17", "postponed to
 *       July") is the next such date; "today" in quoted words is the day the story says they were spoken.
 *   <li><b>Told twice</b>: a month that a day of the story already falls in is the same event, told less precisely,
 *       and is dropped.
 * </ol>
 */
final class DateReader {

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?";
    private static final String MONTH = "(?<!\\p{L})(" + MONTH_NAMES + ")(?![\\p{L}])";
    private static final String MONTH2 = "(?<!\\p{L})(" + MONTH_NAMES + ")(?![\\p{L}])";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[6-9]|20)\\d\\d)(?![\\d,]\\d|%)";
    private static final String ON = "(?:(?:[Oo]n|[Ii]n)\\s+)?";
    private static final String WEEKDAY_OPT = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    /** "this morning, May 20": the day told twice in apposition, one phrase. */
    private static final String RELATIVE_DAY_OPT =
            "(?:(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)),\\s+)?";

    private static final String DASH = "\\s*(?:-|–|—|to|through|until)\\s*";
    private static final String NUMBER =
            "(?<![\\p{L}\\d])((?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                    + "|twelve|fifteen|twenty|thirty)|\\d{1,3})";
    private static final String QUALIFIER =
            "(?:(?:about|around|nearly|almost|approximately|roughly|some|more than|less than|just over"
                    + "|just under|over|under|at least|barely)\\s+)";

    /** A rule: its pattern, and a word its phrase cannot do without (a window lacking it is not searched). */
    private record Rule(String name, Pattern pattern, Pattern needs) {}

    private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String PART_OF_DAY = "(?:\\s+(?:night|morning|afternoon|evening))?";

    /** After "-year-old": a word for a person, a name, or the end of the noun phrase ("The 23-year-old, who …"). */
    private static final String PERSON_AFTER_AGE =
            "\\s*[,.;:)]|\\s+(?:was|is|has|had|who|from|of|and|will|would|said|says|told|tells|won|became|faces|\\p{Ll}+ed)\\b"
                    + "|(?:\\s+\\p{L}+){0,2}?\\s+(?:man|woman|boy|girl|son|daughter|mother|father|mum|dad|wife|husband|partner"
                    + "|brother|sister|grandmother|grandfather|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|friend"
                    + "|girlfriend|boyfriend|neighbou?r|suspect|victim|accused|defendant|offender|gunman|inmate|prisoner|driver"
                    + "|motorist|cyclist|pedestrian|passenger|resident|tourist|student|pupil|teenager|youth|youngster|lad|child"
                    + "|baby|toddler|infant|player|striker|defender|midfielder|forward|goalkeeper|winger|captain|coach|manager"
                    + "|male|female|juvenile|teen|person|individual"
                    + "|athlete|runner|swimmer|boxer|fighter|golfer|jockey|worker|officer|soldier|nurse|doctor|teacher|farmer"
                    + "|actor|actress|singer|star|rapper|model|politician|candidate|lawyer|businessman|businesswoman|patient"
                    + "|mother-of-\\w+|father-of-\\w+|veteran|pilot|climber|hiker|fisherman|refugee|migrant|leader|chef"
                    + "|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)\\b"
                    // "convicted the 24-year-old Singaporean of an offence": a people's name, for one of them (not
                    // "a 40-year-old American company", "the 100-year-old Victorian", "his 12-year-old Audi")
                    + "|\\s+(?!(?:Victorian|Georgian|Edwardian|Elizabethan|Jacobean|Italian\\s+\\p{Ll})\\b)(?:\\p{Lu}\\p{Ll}+"
                    + "(?:ean|ian|ese)|Pakistani|Israeli|Iraqi|Kuwaiti|Bangladeshi|Saudi|Somali|Nepali|Omani|Qatari"
                    + "|Emirati|Yemeni|Afghan|Briton|Filipino|Filipina|Thai)(?=\\s*[,.;:)]|\\s+(?:of|who|was|is|has|had|and"
                    + "|from|in|at|on|for|after|before|said|says|told|\\p{Ll}+ed)\\b)";

    private static final List<Rule> RULES = List.of(
            rule(
                    "monthsTo",
                    "\\b[Tt]he\\s+(?:(?:first|last)\\s+)?(?<n>three|six|nine|twelve|3|6|9|12)\\s+months\\s+(?:to|ended|ending"
                            + "|through)\\s+(?:the\\s+end\\s+of\\s+)?" + MONTH + "(?:\\s+\\d{1,2})?(?:,?\\s+" + YEAR
                            + ")?"),
            // "being held on the Gold Coast from today until Wednesday": the days from the story's day to that one.
            rule(
                    "fromTodayUntil",
                    "[Ff]rom\\s+(today|tomorrow)\\s+(?:until|till|to|through)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday"
                            + "|Saturday|Sunday)\\b"),
            // "on Thursday last week", "last week's meeting on Thursday", "until Wednesday morning next week": the day
            // of
            // the week named.
            rule(
                    "weekdayOfRelativeWeek",
                    // (not the end of a range, "from Monday to Wednesday next week", nor "On Thursday last week's
                    // winner …")
                    "(?<!(?:day|night|morning|evening|afternoon)\\s)(?<!day\\s{1,3}(?:to|and|or|through|until|till|-|–)\\s{1,3})"
                            + "(?:(?<qual>[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill)\\s+)?" + WEEKDAYS + PART_OF_DAY
                            + "\\s+(?<rel>last|next)\\s+week\\b(?!['’]s)"
                            // (only a sitting's day: not "respond to last week's letter on Friday")
                            + "|\\b(?<rel2>[Ll]ast|[Nn]ext)\\s+week(?:['’]s\\s+(?:[\\p{Ll}\\-]+\\s+)?(?:meeting|session|sitting"
                            + "|hearing|vote|game|match|race|debate|final|event|rally|protest|service))?\\s+on\\s+"
                            + WEEKDAYS
                            + PART_OF_DAY),
            // "another sweltering week ahead", "throughout the week": the week of the story.
            rule(
                    "weekAhead",
                    "\\b(?:(?:a|an|the|another)\\s+(?:[\\p{Ll}\\-]+\\s+)?week\\s+ahead\\b(?!\\s+of\\b)"
                            + "|(?<!\\bof\\s)[Tt]hroughout\\s+the\\s+week\\b(?![-–]|\\s+(?:of|that|which|before|after|leading|when)\\b))"),
            // "expected to persist for another five to six days": from the day after the story, by the most the words
            // allow.
            rule(
                    "anotherFew",
                    "\\b[Ff]or\\s+another\\s+" + NUMBER + "(?:\\s*(?:-|–|to|or)\\s*" + NUMBER
                            + ")?\\s+(day|week|month)s\\b"),
            rule(
                    "firstMonthsOf",
                    "\\b[Tt]he\\s+first\\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months"
                            + "\\s+of\\s+(?:(?:the\\s+year\\s+)?" + YEAR + "|(?:the\\s+current|this|the)\\s+year\\b)"),
            rule(
                    "samePeriod",
                    "\\b[Tt]he\\s+same\\s+(?:period|quarter|months?|time)\\s+(?:(?<last>last\\s+year|a\\s+year\\s+(?:earlier|ago|before))"
                            + "|(?:of|in)\\s+(?<year>(?:19|20)\\d\\d))"),
            rule(
                    "sinceStart",
                    "[Ss]ince\\s+the\\s+(?:beginning|start)\\s+of\\s+(?:(?:this|the)\\s+(?<unit>year|month)|" + MONTH
                            + "(?!,?\\s+\\d))"),
            rule(
                    "pastUnit",
                    "(?i:over|during|within|throughout|in)\\s+the\\s+(?:past|last)\\s+(year|month|week)\\b(?!\\s+of\\b"
                            + "|\\s+or\\b)"),
            rule(
                    "daysAroundHoliday",
                    "(?:(?i:immediately|just|shortly|in the days|the days|in the week|the week|in the run-up)\\s+)"
                            + "(before|after|to)\\s+(?<name>Christmas|New Year)\\b(?!['’]s|\\s+(?:Day|Eve))"),
            // "this will be operational in August, the fifth of August": a day in words.
            rule(
                    "ordinalDay",
                    "(?:[Oo]n\\s+)?the\\s+(?<nth>(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
                            + "|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
                            + "|eighteenth|nineteenth|twentieth|thirtieth)\\s+of\\s+" + MONTH + "(?!['’]s)(?:,?\\s+"
                            + YEAR
                            + ")?"),
            // "I came from the UK on the 16th of last month (April)": a day of the month before, this or the next.
            rule(
                    "dayOfRelativeMonth",
                    "(?:[Oo]n\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(last|this|next)\\s+month"
                            + "(?:\\s*\\((?:" + MONTH_NAMES + ")\\))?"),
            rule(
                    "monthOfTheYear",
                    "(?=\\p{Lu})(?<=\\b(?:the|in|[Tt]his|[Ll]ast|[Ss]ince)\\s)" + MONTH
                            + "(?:\\s+\\p{Ll}+){0,2}?\\s+(?:(?:earlier|later)\\s+)?" + "(this|last|next)\\s+year\\b"),
            rule(
                    "monthYearRange",
                    "(?:[Bb]etween|[Ff]rom)\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?\\s+(?:and|to|until|through)\\s+"
                            + MONTH2 + "(?:,?\\s+" + YEAR + ")?(?![\\p{L}\\d]|\\s+\\d)"),
            rule(
                    "dayRangeAcrossMonthsMdy",
                    "(?:[Bb]etween|[Ff]rom)\\s+" + MONTH + "\\s+" + DAY + "\\s+(?:and|to|until|through)\\s+" + MONTH2
                            + "\\s+" + DAY + "(?![\\d:])(?:,?\\s+" + YEAR + ")?"),
            rule(
                    "dayRangeAcrossMonthsDmy",
                    "(?:[Bb]etween|[Ff]rom)\\s+" + DAY + "\\s+" + MONTH + "\\s+(?:and|to|until|through)\\s+" + DAY
                            + "\\s+" + MONTH2 + "(?:,?\\s+" + YEAR + ")?"),
            rule(
                    "dayRangeBetween",
                    "(?:[Bb]etween|[Ff]rom)\\s+" + DAY + "\\s+(?:and|to|-)\\s+" + DAY + "\\s+" + MONTH + "(?:,?\\s+"
                            + YEAR + ")?"),
            rule("dayRangeDmy", DAY + DASH + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?"),
            rule(
                    "dayRangeMdy",
                    "(?:(?:[Bb]etween|[Ff]rom)\\s+)?" + MONTH + "\\s+" + DAY + "(?:\\s*(?:-|–|to|through|and)\\s*)"
                            + DAY + "(?!\\d|:)(?:,?\\s+" + YEAR + ")?"),
            // "between May 1, 1981, and November 30, 1982": two whole dates, the comma after the first year too.
            rule(
                    "dateRangeMdy",
                    "(?:[Bb]etween|[Ff]rom)\\s+" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
                            + ",?\\s+(?:and|to|until|through)\\s+" + MONTH2 + "\\s+" + DAY + ",?\\s+" + YEAR),
            rule("mdy", ON + WEEKDAY_OPT + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR),
            rule("dmy", ON + WEEKDAY_OPT + "(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR),
            rule("soFar", "\\b[Ss]o\\s+far\\s+(?:this\\s+year\\b|in\\s+" + YEAR + ")"),
            rule(
                    "yearEnding",
                    "(?:[Ii]n\\s+|[Ff]or\\s+)?the\\s+(?:(?:fiscal|financial)\\s+|full[- ])?(?:year|12\\s+months"
                            + "|twelve\\s+months)\\s+(ended|ending|to)\\s+(?:" + MONTH + "\\s+" + DAY + "|" + DAY
                            + "\\s+"
                            + MONTH2 + "|" + MONTH2 + ")(?:,?\\s+" + YEAR + ")?(?![\\d:])"),
            rule(
                    "weekEnding",
                    "(?:[Ii]n\\s+)?the\\s+(?:seven\\s+days|week)\\s+(?:to|ending|ended|up\\s+to)\\s+(?:(?:Sunday|Saturday),?\\s+)?"
                            + "(?:" + MONTH + "\\s+" + DAY + "|" + DAY + "\\s+" + MONTH2 + ")(?![\\d:])"),
            rule(
                    "monthYearToYear",
                    "(?:[Bb]etween|[Ff]rom)\\s+" + MONTH + "\\s+" + YEAR + "\\s+(?:and|to|until|through)\\s+"
                            + "((?:1[6-9]|20)\\d\\d)(?![\\d,]\\d|s|\\s+\\p{Lu})"),
            rule(
                    "yearRange",
                    "(?:(?:[Bb]etween|[Ff]rom)\\s+)?" + YEAR + "\\s*(?:-|–|/|to|and|until|through)\\s*"
                            + "((?:1[6-9]|20)?\\d\\d)(?![\\d,]\\d|s)"),
            rule("decade", "(?:[Tt]he\\s+)?(?:\\b(early|mid|late)-?\\s*)?((?:1[6-9]|20)\\d0)s\\b"),
            rule(
                    "monthRangeOfParts",
                    "(?:[Ii]n\\s+)?\\b(early|mid)-?\\s+to\\s+(mid|late)[-\\s]+" + MONTH + "(?:,?\\s+" + YEAR + ")?"),
            rule(
                    "partOfMonth",
                    "(?:[Ii]n\\s+|[Bb]y\\s+|[Aa]t\\s+)?(?:the\\s+)?\\b(early|mid|late|end of|beginning of|start of"
                            + "|middle of)[-\\s]+(?:the\\s+month\\s+of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?"),
            rule(
                    "partOfYear",
                    "(?:[Ii]n\\s+|[Bb]y\\s+)?(?:the\\s+)?\\b(early|mid|late|towards? the end of|end of|beginning of"
                            + "|start of|middle of|spring of|summer of|autumn of|fall of|winter of|first half of|second half of)"
                            + "[-\\s]+" + YEAR),
            rule(
                    "partOfRelativeYear",
                    "(?:[Ii]n\\s+|[Bb]y\\s+)?(?:the\\s+)?\\b(early|mid|late|towards? the end of|end of|beginning of"
                            + "|start of|middle of|first half of|second half of)[-\\s]+(last|this|next)\\s+year\\b"),
            rule(
                    "quarter",
                    "(?:[Ii]n\\s+)?(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?"
                            + YEAR),
            rule(
                    "quarterOfYear",
                    // "Tesla posted … losses in its first-quarter earnings report"
                    "(?:[Ii]n\\s+)?(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:\\s+|-)quarter"
                            + "(?:\\s+of\\s+(this|the\\s+current|the|last|next)\\s+year)?"
                            + "(?!\\s+(?:of\\s+)?(?:(?:the\\s+)?(?:fiscal|financial)\\s+(?:year\\s+)?)?\\d)"),
            // "profit during H1", "in H2 2018": a half of the year in a company's shorthand.
            // Not "the H1 route", "H1-B visas", "output of H2": a preposition of time before it, or its year after it.
            rule(
                    "halfCode",
                    "(?:(?:[Ii]n|[Dd]uring|[Ff]or)\\s+(?:the\\s+)?\\b(H[12])\\b(?![\\-/])(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?"
                            + "|\\b(H[12])\\s+((?:19|20)\\d{2})\\b)"),
            // "$2.2bn in cash – a decrease from $3.7bn in the previous quarter": the quarter before the one told;
            // "Total income rose … during the quarter": the one told.
            rule(
                    "previousQuarter",
                    "\\b(?:(?:[Ii]n\\s+)?the\\s+(?<previous>previous|preceding|prior)|(?:[Ii]n|[Dd]uring)\\s+the)\\s+quarter\\b"
                            + "(?!\\s+(?:ended|ending|to|of|before|after|finals?)\\b|-)"),
            // "net profit … in the September quarter", "in the September quarter a year ago": the three months that end
            // with that month.
            rule(
                    "monthQuarter",
                    "\\b(?:[Ii]n\\s+|[Dd]uring\\s+)?the\\s+(March|June|September|December)(?:-ended|-ending)?\\s+quarter"
                            + "(?:\\s+(?:of\\s+)?" + YEAR + ")?(?<ago>\\s+a\\s+year\\s+(?:ago|earlier|before))?"),
            rule(
                    "sameYear",
                    "\\b(?:[Ii]n\\s+)?(?:(?:[Tt]he|[Tt]hat)\\s+same\\s+year|(?<later>[Ll]ater|[Ee]arlier)\\s+that\\s+year)\\b"),
            rule(
                    "holiday",
                    "(?:(?<qual>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?\\b(?<name>New Year['’]s (?:Day|Eve)|Christmas (?:Day|Eve)"
                            // "the redundancies are coming at Christmas": the day, approximately
                            + "|(?<=\\b(?:[Aa]t|[Bb]y|[Oo]ver|[Uu]ntil|[Tt]ill)\\s)Christmas(?!\\s+(?:Day|Eve|Island|markets?|trees?|stalls?|lights|part(?:y|ies)"
                            + "|cards?|dinners?|lunch|shopping|decorations|carols?|songs?|jumpers?|fairs?|events?|shows?"
                            + "|specials?|parade|period|holidays?|break|season)\\b|['’-])"
                            + "|Boxing Day|Valentine['’]s Day|Hallowe['’]?en|St\\.? Patrick['’]s Day|Anzac Day|Australia Day"
                            + "|Waitangi Day|Canada Day|Bastille Day)\\b"
                            + "(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d,]\\d|%))?"),
            // "Black Friday": the day after the United States' Thanksgiving (the fourth Thursday of November).
            rule("blackFriday", "\\bBlack Friday\\b(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d,]\\d|%))?"),
            rule(
                    "seasonOfYear",
                    "(?:[Ii]n\\s+)?(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(this|last|next)\\s+year\\b"),
            rule(
                    "seasonRelative",
                    "(?:[Ii]n\\s+|[Oo]ver\\s+|[Dd]uring\\s+)?\\b([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]he coming"
                            + "|[Tt]he past|(?<=\\b(?i:over|during|in)\\s)the)\\s+(spring|summer|autumn|fall|winter)\\b"
                            + "(?!\\s+(?:of\\s+)?(?:\\d|this|last|next))"),
            rule("seasonYear", "(?:[Ii]n\\s+)?(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?" + YEAR),
            rule(
                    "weekOfMonth",
                    // "the final week of the month": of the publication's month
                    "(?:(?:[Ii]n|[Dd]uring|[Bb]y)\\s+)?the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(?:"
                            + MONTH + "(?:,?\\s+" + YEAR + ")?|this\\s+month)"),
            // "The week starting on August 18", "the week of Aug. 18": seven days from that day.
            rule(
                    "weekStarting",
                    "\\b[Tt]he\\s+week\\s+(?:starting|beginning|commencing|of)\\s+(?:on\\s+)?(?:Monday,?\\s+)?(?:"
                            + MONTH + "\\s+" + DAY + "|" + DAY + "\\s+" + MONTH2 + ")(?:,?\\s+" + YEAR + ")?\\b"),
            rule(
                    "monthHyphenRange",
                    "(?<!\\d\\s?)" + MONTH + "\\s*[-–]\\s*" + MONTH2 + "(?:,?\\s+" + YEAR + ")?(?!\\s*\\d)"),
            rule("monthYear", ON + MONTH + ",?\\s+(?:of\\s+)?" + YEAR),
            // "APEC, which was held last year in November": the month of the year named before it.
            // (the month by its whole name: not "last year in Mar del Plata")
            rule(
                    "yearThenMonth",
                    "\\b(last|next|this)\\s+year\\s+in\\s+(January|February|March|April|May|June|July"
                            + "|August|September|October|November|December)\\b"),
            rule(
                    "md",
                    ON + RELATIVE_DAY_OPT + WEEKDAY_OPT + MONTH + "\\s+" + DAY
                            + "(?![\\d:]|\\s*(?:-|–)\\s*\\d|\\s*(?:,\\s*)?\\d{4})"),
            rule(
                    "dm",
                    ON + RELATIVE_DAY_OPT + WEEKDAY_OPT + "(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH
                            + "(?!,?\\s+\\d{4})"),
            rule(
                    "rollingWindow",
                    // ("in last 24 hours": a headline's English, without "the")
                    "(?:(?i:over|in|during|within|for)\\s+(?:the\\s+)?|the\\s+)(last|past|next|coming)\\s+(?:(few|couple of)|"
                            + NUMBER + "(?:\\s*(?:-|–|to|or)\\s*" + NUMBER
                            + ")?)\\s+(hour|day|week|month|year)s\\b(?!\\s+of\\b)"),
            // "I’ve been coaching all-stars for 15 years", "has been on hunger strike for over two months": a state
            // lasting until the story.
            rule(
                    "lastingFor",
                    "\\b[Ff]or\\s+(?:(?:about|around|nearly|almost|more than|over|some)\\s+)?" + NUMBER
                            + "\\s+(day|week|month|year)s?\\b(?!\\s+(?:ago|old|later|earlier|before|after|of|from|on|in)\\b)"),
            rule(
                    "comingDays",
                    "(?i:over|in|during|within)\\s+(?:the\\s+)?(coming|recent)\\s+(day|week|month|year)s\\b"),
            rule(
                    "partOfWeek",
                    "\\b(early|late|later|(?:at\\s+)?the\\s+(?:start|beginning|end)\\s+of)\\s+(next|this|last)\\s+week\\b"),
            // "the weekend’s flash flooding", "during the weekend": the weekend the story is in or has just left.
            rule(
                    "weekend",
                    "(?i:(this|next|last|over the|at the|the coming|the past|during the|across the|through the|the))"
                            + "\\s+weekend(?:\\b(?=['’]s\\b)|\\b(?!\\s+(?:of|before|after)\\b))"),
            rule("tomorrow", "(?:(?<by>[Bb]y)\\s+)?\\b(the day after tomorrow|[Tt]omorrow)\\b" + PART_OF_DAY),
            rule(
                    "overnight",
                    "(?<!\\b(?:[Aa]n|[Tt]he)\\s)\\b[Oo]vernight\\b(?:\\s+and\\s+(?:continue|last|linger|persist)s?\\s+"
                            + "(?:through|until|till|into)\\s+(?:(?:early|late)\\s+)?" + WEEKDAYS + PART_OF_DAY
                            // (an adverb before a preposition or a clause: "remained at the scene overnight to ensure",
                            // "a big increase overnight with a total of 28"; not "overnight rain")
                            + "|(?!\\s+(?!(?:and|into|on|in|to|with)\\b)\\p{Ll}))"),
            rule("thisPeriod", "([Ll]ater|[Ee]arlier)\\s+(?:this|in\\s+the)\\s+(week|month|year)"),
            rule("lastPeriod", "(last|next|this past|past|(?<=^|[.!?]['’\"”]?\\s)Last)\\s+(week|month|year)\\b"),
            rule(
                    "thisYear",
                    "\\b(?:[Tt]his|[Tt]he current)(?<!\\b(?:of|[Ll]ater|[Ee]arlier|end)\\s(?:[Tt]his|[Tt]he current))"
                            // "this year’s harvest" is this year's; "this week’s meeting" a day of it.
                            + "\\s+(year|month|week)\\b(?!(?<=week|month)['’]s)"),
            // "we expect our order rate to continue to increase throughout the year", "what we had all year": the
            // publication's year, whole.
            rule(
                    "wholeYear",
                    "\\b(?:(?:[Tt]hroughout|[Aa]ll\\s+through)\\s+the\\s+year|[Aa]ll\\s+year(?:\\s+long)?)\\b"),
            rule("endOfYear", "(?:by\\s+)?the\\s+end\\s+of\\s+(?:the|this)\\s+year"),
            // "Yesterday morning, a truck from court sheriff visited …": opening a sentence too.
            rule(
                    "yesterday",
                    "\\b((?:[Yy]esterday|[Tt]he day before yesterday)(?:\\s+(?:morning|afternoon|evening))?"
                            + "|[Ll]ast night)\\b"),
            rule(
                    "today",
                    "\\b((?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?:this morning|this afternoon|this evening|tonight)"
                            // "WEC Energy Group Inc. today reported": an abbreviation's stop ends no sentence
                            + "|(?:[Ee]arlier|[Ll]ater) today|(?<![.!?]\\s)today|(?<=\\b(?:Inc|Corp|Co|Ltd|Bros)\\.\\s)today"
                            + "|(?<cap>Today)(?!,))\\b"
                            + "(?:\\s+\\((?<named>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\))?"),
            rule(
                    "weekdayPair",
                    "(?:(?<qual>[Oo]n|[Bb]y|[Cc]ome|[Uu]ntil|[Tt]ill|[Tt]hrough)\\s+)?" + WEEKDAYS + PART_OF_DAY
                            + "\\s*(?<joint>and|or|into|to|through|until|-|–)\\s*(?:(?:early|late)\\s+)?" + WEEKDAYS
                            + PART_OF_DAY),
            rule(
                    "weekday",
                    "(?:(?<qual>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Bb]y|[Cc]ome|[Uu]ntil|[Tt]ill|[Tt]hrough)\\s+)?"
                            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:night|morning|afternoon"
                            + "|evening))?"),
            rule(
                    "monthBeforeEvent",
                    // A capital first: the look-behind, of many lengths, is asked only where a month can begin.
                    "(?=\\p{Lu})(?<=\\b(?:the|its|their|his|her|\\p{L}{2,20}['’]s)\\s)" + MONTH
                            + "(?=\\s+(?:meeting|session|sitting|election|elections|budget|vote|report|hearing|flood|floods"
                            + "|attack|storm|fire|poll|figures|data|census|conference|summit|figure|results|deadline"
                            // "during the August vacation": a month's holiday
                            + "|vacation|holiday|holidays|recess)\\b)"),
            rule(
                    "monthAlone",
                    "(?:(?<qual>[Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]o|[Ss]ince|[Ee]arly"
                            // "we're going to continue to build on that come January"
                            // "during the month of August"
                            + "|[Ll]ate|[Dd]uring|come"
                            // "These kids missed the majority of March": the month, as "in March" is.
                            + "|(?:[Tt]he\\s+(?:majority|bulk|rest|remainder)|[Mm]ost|[Mm]uch)\\s+of)"
                            + "\\s+(?:the\\s+month\\s+of\\s+)?)" + MONTH + "(?!\\s*\\d)"
                            // "In February this year", "until March next year": that month of the year named (not
                            // "since June last year", read as "since June")
                            + "(?:(?<=(?:[Ii]n|[Dd]uring|[Uu]ntil|[Tt]ill)\\s(?:" + MONTH_NAMES + "))"
                            + "(?:,?\\s+(?<relYear>this|last|next)\\s+year\\b))?"),
            // "in August and September": the second month of a pair, read as the first is.
            rule(
                    "monthAfterAnd",
                    // "the majority of March, plus April and May": each month of the list.
                    "(?<qual>(?<=\\b(?:[Ii]n|[Dd]uring|of|plus)\\s(?:" + MONTH_NAMES + "),?\\s)(?:and|or|plus))\\s+"
                            + MONTH + "(?!\\s*\\d)(?:,?\\s+(?<relYear>this|last|next)\\s+year\\b)?"),
            rule(
                    "sequel",
                    "\\b[Tt]he\\s+(?:(?<dir>following|next|previous|preceding)\\s+(?<unit>day|morning|afternoon"
                            + "|evening|night)|(?<dir2>following|previous|preceding)\\s+(?<unit2>week|month|year))\\b"
                            + "|\\b[Tt]he\\s+(?<unit3>day|night|week)\\s+(?<dir3>before|after)(?=\\s*[.,;:!?”\"’)]|$)"),
            rule(
                    "sameDay",
                    "\\b(?:(?:a few|a couple of|several|some|just|only|two|three|four|five|six|\\d{1,2})\\s+)?"
                            + "[Hh]ours\\s+(?:later|earlier|afterwards)\\b|\\b(?:[Ll]ater|[Ee]arlier)\\s+that\\s+"
                            + "(?:day|morning|afternoon|evening|night)\\b|\\b(?:[Ee]arlier|[Ll]ater)\\s+in\\s+the\\s+day\\b"
                            // "rescuers reached them in the afternoon" after "on Wednesday morning": later that day.
                            + "|\\b(?:[Ii]n|[Bb]y|[Ll]ater in)\\s+the\\s+(?:afternoon|evening)\\b(?!\\s+of\\b)"
                            // "within the last hour the district was notified": the day of the telling.
                            + "|\\b[Ww]ithin\\s+the\\s+(?:last|past)\\s+(?:hour|few\\s+hours)\\b"
                            // "shares touched €14.25 in early trading": the market's day.
                            + "|\\b[Ii]n\\s+(?:early|late|afternoon|morning|midday)\\s+trading\\b"
                            // "in a video a few hours after the press conference": the day of what it follows.
                            + "|\\b(?:[Aa] few|[Aa] couple of|[Ss]everal|[Ss]ome|\\d{1,2}|two|three|four|five)\\s+hours\\s+"
                            + "(?:after|before)\\s+the\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\b"),
            rule(
                    "partOfStoryDay",
                    "\\b(?:(?:[Ff]or|[Dd]uring|[Tt]hroughout)\\s+)?the\\s+rest\\s+of\\s+the\\s+(?:day|morning|afternoon|evening)\\b"
                            + "|\\b(?:[Bb]efore|[Aa]fter|[Aa]t|[Bb]y|[Aa]round)\\s+(?:lunchtime|midday|mid-day|mid-morning"
                            + "|mid-afternoon)\\b"),
            rule("endOfWeek", "(?:[Bb]y\\s+)?the\\s+end\\s+of\\s+(?:the|this)\\s+(week|month)\\b"),
            rule(
                    "restOfWeek",
                    "(?:(?:[Ff]or|[Dd]uring|[Oo]ver|[Tt]hroughout)\\s+)?the\\s+rest\\s+of\\s+(?:the|this)\\s+(week|month)\\b"),
            rule(
                    "clockTime",
                    "\\b(?:(?:[Aa]t|[Aa]s of|[Bb]y|[Ff]or|[Uu]ntil|(?<vague>[Bb]efore)|[Ss]ince)\\s+"
                            // "most of the outages occurred between 3 a.m. and 5 a.m.": the hours of one day.
                            + "|[Bb]etween\\s+\\d{1,2}(?:[:.]\\d{2})?(?:\\s*(?:[ap]\\.m\\.|[ap]m\\b))?\\s+and\\s+"
                            // "stop at 6pm rather than 7.30pm", "moved forward to 4pm": the hour alone.
                            + "|(?<=\\b(?:than|to|from|till) )"
                            + "|(?=(?:[Aa]round|[Aa]bout|[Ss]hortly after|[Ss]hortly before"
                            + "|[Jj]ust after|[Jj]ust before)\\s+(?:\\d|midnight\\b|noon\\b)))"
                            + "(?<about>(?:[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Jj]ust after|[Jj]ust before"
                            + "|[Ss]hortly after|[Ss]hortly before)\\s+)?"
                            + "(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.m\\.|[ap]m\\b)(?:\\s+(?:[A-Z]{2,4}T|GMT|UTC)\\b)?|noon\\b|midnight\\b)"),
            // Not an hour of the day: "at 12:09 a.m. (2009 GMT)".
            rule(
                    "year",
                    "(?:[Ii]n\\s+)?(?<![\\d$£€#.,:/\\-])" + YEAR
                            + "(?![\\d\\-/:]|\\s*(?:percent|%|(?:GMT|UTC|hrs|[ECMP][SD]T|BST|CEST|CET|AEST|AEDT)\\b))"),
            rule(
                    "agoRange",
                    "(?:" + QUALIFIER + ")?" + NUMBER + "\\s*(?:,|-|–|to|or)\\s*" + NUMBER
                            + "\\s+(day|week|month|year)s?\\s+ago\\b"),
            rule("agoRelative", "(?:" + QUALIFIER + ")?" + NUMBER + "\\s+(day|week|month|year)s?\\s+ago\\b"),
            rule(
                    "offset",
                    "(?:" + QUALIFIER + ")?" + NUMBER + "\\s+(day|week|month|year)s?\\s+(before|after|later"
                            + "|earlier|previously|prior)\\b([^.;:!?”\"]{0,80})"),
            // "The accused were identified as Binod Das, 22, Anil Das, 19, … and N Rajsekhara Achari, 27.": each of a
            // list of people and their ages, where the sentence names them as the arrested, the accused or the dead
            // (not a box score's "Donovan Mitchell, 28, and Rudy Gobert, 19").
            rule(
                    "ageOfListed",
                    "(?<=\\p{Lu}[\\p{Ll}’'\\-]{1,30},\\s)(\\d{1,3})(?=,\\s+(?:and\\s+)?\\p{Lu}|\\s+and\\s+\\p{Lu}|[.;]\\s|[.;]?$)"),
            // "a 50-year-old man", "Kane, 50, was", "aged 72", "turned 49": a birth year from an age, the
            // publication's year less the age, approximate (importer.md's conventions). Not "aged 18 to 24" (a range
            // of people), not "May 5, 20" (a month before the comma).
            rule(
                    "age",
                    // (A digit first: the lookbehinds are tried only where a number starts.)
                    // A person's, not a thing's or a group's: "-year-old" before a word for a person (or a name, or
                    // the end of the noun phrase: "the 23-year-old, who"); "aged N" not "aged 65 and over", "aged 10
                    // months"; "turned N" after a name or "who"/"he"/"she"; "Kathleen Kane, 50," after a whole name,
                    // not a list of numbers ("Texas, 45, Florida, 30").
                    "(?=\\d)(?:\\b(\\d{1,3})-year-old\\b(?=" + PERSON_AFTER_AGE + ")"
                            + "|(?<=\\b(?:[Hh]e|[Ss]he|who)\\s(?:is|was|'s)\\s)(\\d{1,3})\\s+years\\s+old\\b"
                            + "|(?<=\\b[Aa]ged\\s)(\\d{1,3})\\b(?!\\s*(?:to|-|–|and|or|\\+|plus|months?|weeks?|days?"
                            + "|years?|in\\s+(?:1[6-9]|20)\\d\\d)\\b)"
                            + "|(?<=(?:\\b(?:[Ww]ho|[Hh]e|[Ss]he)|\\p{Lu}\\p{Ll}{1,20})\\s(?:has\\s|just\\s)?turn(?:ed|s)\\s)"
                            + "(\\d{1,3})\\b(?!\\s*(?:%|per|years?|times|points|degrees|[.,]\\d))"
                            + "|(?<=\\p{Lu}[\\p{Ll}’'\\-]{1,30},\\s)(?<!(?:" + MONTH_NAMES
                            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|No),\\s)(\\d{1,3})(?=,\\s+\\p{Ll})"
                            + "(?!,\\s+(?:and\\s+)?\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){0,3},\\s+\\d)"
                            // "two men, ages 44 and 33,": two people's ages, each a birth year
                            + "|(?<=\\b(?:men|women|people|boys|girls|brothers|sisters|children|victims|suspects),\\s"
                            + "(?:aged|ages)\\s)(\\d{1,3})(?=\\s+and\\s+\\d{1,3}\\b(?!\\s*(?:-|–|months?|weeks?|days?)))"
                            + "|(?<=\\b(?:men|women|people|boys|girls|brothers|sisters|children|victims|suspects),\\s"
                            + "(?:aged|ages)\\s\\d{1,3}\\sand\\s)(\\d{1,3})\\b(?!\\s*(?:-|–|months?|weeks?|days?|years?\\s+old"
                            + "|or\\s+(?:over|older|above)))"
                            // "the suspect, 43, was taken into custody": a person described, then the age
                            + "|(?<=\\b(?:[Tt]he|[Aa]n?)\\s(?:suspect|victim|man|woman|driver|defendant|accused|gunman"
                            + "|shooter|boy|girl|teenager|motorist|pedestrian|officer|passenger),\\s)(\\d{1,3})"
                            + "(?=,\\s+\\p{Ll})"
                            // "Mugadza (46), is facing charges": the age in brackets after the name
                            // (with its comma: not "Shubman Gill (50) and Shreyas Iyer (33) added 71", runs; nor
                            // "The Liberal Democrats (72) gained", seats)
                            + "|(?<=\\p{Lu}[\\p{Ll}’'\\-]{1,30}\\s\\()(\\d{1,3})(?=\\),\\s+(?:is|was|who|of|from|has|had"
                            + "|appeared|\\p{Ll}+ed)\\b))"));

    private static final Pattern TAIL = Pattern.compile("^,\\s+" + QUALIFIER + "?\\d{1,3}\\s+(?:day|week|month|year)s?"
            + "\\s+(?:after|before|since|into|from)\\b[^.;:,!?”\"]{0,80}");
    private static final Pattern LEADING_QUALIFIER = Pattern.compile(
            "\\b(?:(?:a?round\\s+)?about|around|nearly|almost|approximately|roughly|circa|c\\.)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static Rule rule(String name, String regex) {
        return new Rule(name, Pattern.compile(regex), Needs.BY_RULE.get(name));
    }

    /**
     * The word each rule's phrase holds: a month's name, two digits, a weekday, "ago". Searching a rule only in the
     * windows that hold its word keeps the reader fast on long pages; what it finds is the same. (A holder class, so
     * that it is ready before the rules are built.)
     */
    private static final class Needs {
        static final Map<String, Pattern> BY_RULE = needs();
    }

    /** The text in lower case, letter for letter (ASCII only, as "(?i)" compares), made once per paragraph. */
    private static String lower(String text, String[] made) {
        if (made[0] == null) {
            char[] c = text.toCharArray();
            for (int i = 0; i < c.length; i++) {
                if (c[i] >= 'A' && c[i] <= 'Z') {
                    c[i] += 'a' - 'A';
                }
            }
            made[0] = new String(c);
        }
        return made[0];
    }

    /**
     * A needed word that is only words ("(?i)\\b(?:last|next|past)\\b", "(?i)tomorrow"), looked for with {@code indexOf}
     * in the lower-cased text instead of a pattern tried at every position: the same answer (a word boundary as the
     * pattern sees one within the window), at a fraction of the cost on a long page.
     */
    private record Words(List<String> words, boolean bounded) {
        static final Map<Pattern, Words> OF = new java.util.IdentityHashMap<>();

        /** The words a pattern is made of, or null when it is more than words. */
        static Words of(String regex) {
            if (!regex.startsWith("(?i)")) {
                return null;
            }
            String r = regex.substring(4);
            boolean bounded = r.startsWith("\\b") && r.endsWith("\\b");
            if (bounded) {
                r = r.substring(2, r.length() - 2);
            }
            if (r.startsWith("(?:") && r.endsWith(")")) {
                r = r.substring(3, r.length() - 1);
            }
            List<String> words = new ArrayList<>();
            for (String w : r.split("\\|", -1)) {
                if (w.endsWith("s?") && w.substring(0, w.length() - 2).matches("[a-z][a-z \\-]*")) {
                    words.add(w.substring(0, w.length() - 2));
                    words.add(w.substring(0, w.length() - 2) + "s");
                } else if (w.matches("[a-z][a-z \\-]*")) {
                    words.add(w);
                } else {
                    return null;
                }
            }
            return new Words(List.copyOf(words), bounded);
        }

        boolean in(String text, String lower, int from, int to) {
            for (String w : words) {
                int at = lower.indexOf(w, from);
                while (at >= 0 && at + w.length() <= to) {
                    if (!bounded || (!wordBefore(text, at, from) && !wordAfter(text, at + w.length(), to))) {
                        return true;
                    }
                    at = lower.indexOf(w, at + 1);
                }
            }
            return false;
        }

        // As "\\b" sees the window: nothing outside it (a region's bounds), a letter, a digit or "_" inside it.
        private static boolean wordBefore(String text, int at, int from) {
            return at > from && isWordChar(text.codePointBefore(at));
        }

        private static boolean wordAfter(String text, int at, int to) {
            return at < to && isWordChar(text.codePointAt(at));
        }

        private static boolean isWordChar(int cp) {
            return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
        }
    }

    private static Map<String, Pattern> needs() {
        // One pattern for one word, however many rules need it: each is searched once per paragraph.
        Map<String, Pattern> compiled = new java.util.HashMap<>();
        java.util.function.Function<String, Pattern> word = regex -> compiled.computeIfAbsent(regex, r -> {
            Pattern p = Pattern.compile(r);
            Words words = Words.of(r);
            if (words != null) {
                Words.OF.put(p, words);
            }
            return p;
        });
        // A month's name as the rules write it, capitalised and whole: not "market", "decades" or "separate".
        Pattern aMonth = word.apply(MONTH);
        Pattern aYear = word.apply("\\d\\d");
        Pattern aWeekday = word.apply("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");
        Map<String, Pattern> needs = new java.util.HashMap<>();
        for (String name : List.of(
                "monthHyphenRange",
                "dateRangeMdy",
                "yearThenMonth",
                "yearEnding",
                "weekEnding",
                "monthsTo",
                "monthBeforeEvent",
                "monthOfTheYear",
                "monthYearRange",
                "dayRangeAcrossMonthsMdy",
                "dayRangeAcrossMonthsDmy",
                "dayRangeBetween",
                "dayRangeDmy",
                "dayRangeMdy",
                "mdy",
                "dmy",
                "monthRangeOfParts",
                "partOfMonth",
                "monthYear",
                "md",
                "dm",
                "monthAlone",
                "monthAfterAnd")) {
            needs.put(name, aMonth);
        }
        for (String name :
                List.of("monthYearToYear", "yearRange", "decade", "partOfYear", "quarter", "seasonYear", "year")) {
            needs.put(name, aYear);
        }
        needs.put("partOfRelativeYear", word.apply("(?i)\\byear\\b"));
        needs.put("ordinalDay", word.apply("(?i)\\b(?:first|second|third|\\p{L}+th)\\s+of\\b"));
        needs.put("dayOfRelativeMonth", word.apply("(?i)\\bmonth\\b"));
        needs.put("soFar", word.apply("(?i)\\bfar\\b"));
        needs.put("weekOfMonth", word.apply("(?i)\\bweek\\s+of\\b"));
        needs.put("weekStarting", word.apply("(?i)\\bweek\\s+(?:starting|beginning|commencing|of)\\b"));
        needs.put("weekday", aWeekday);
        needs.put("weekdayOfRelativeWeek", word.apply("(?i)\\b(?:last|next)\\s+week"));
        needs.put("weekAhead", word.apply("(?i)\\bweek\\b"));
        needs.put("anotherFew", word.apply("(?i)\\banother\\b"));
        needs.put("weekdayPair", aWeekday);
        needs.put("fromTodayUntil", aWeekday);
        Pattern ago = word.apply("(?i)\\bago\\b");
        needs.put("firstMonthsOf", word.apply("(?i)\\bmonths\\b"));
        needs.put("quarterOfYear", word.apply("(?i)\\bquarter\\b"));
        needs.put("halfCode", word.apply("\\bH[12]\\b"));
        needs.put("sameYear", word.apply("(?i)\\byear\\b"));
        needs.put("previousQuarter", word.apply("(?i)\\bquarter\\b"));
        needs.put("monthQuarter", word.apply("(?i)\\bquarter\\b"));
        needs.put("samePeriod", word.apply("(?i)\\bsame\\b"));
        needs.put("agoRange", ago);
        needs.put("agoRelative", ago);
        needs.put(
                "age",
                word.apply("(?i)\\b(?:old|aged|ages|turn(?:ed|s))\\b|\\p{Ll},\\s\\d{1,3},|\\p{Ll}\\s\\(\\d{1,3}\\)"));
        needs.put(
                "ageOfListed",
                word.apply(
                        "(?i)\\b(?:identified|arrested|accused|victims?|deceased|suspects?|charged|named|injured)\\b"));
        needs.put("offset", word.apply("(?i)\\b(?:before|after|later|earlier|previously|prior)\\b"));
        Pattern season = word.apply("(?i)\\b(?:spring|summer|autumn|fall|winter)\\b");
        needs.put("seasonOfYear", season);
        needs.put("seasonRelative", season);
        Pattern holiday = word.apply(
                "(?i)christmas|new year|boxing|valentine|hallowe|patrick|anzac|australia day|waitangi|canada day"
                        + "|bastille");
        needs.put("holiday", holiday);
        needs.put("blackFriday", word.apply("(?i)black friday"));
        needs.put("daysAroundHoliday", holiday);
        needs.put("partOfWeek", word.apply("(?i)\\bweek\\b"));
        needs.put("weekend", word.apply("(?i)weekend"));
        needs.put("tomorrow", word.apply("(?i)tomorrow"));
        needs.put("overnight", word.apply("(?i)overnight"));
        needs.put("today", word.apply("(?i)\\b(?:today|tonight|this (?:morning|afternoon|evening))\\b"));
        needs.put("yesterday", word.apply("(?i)yesterday|last night"));
        needs.put("lastPeriod", word.apply("(?i)\\b(?:last|next|past)\\b"));
        needs.put("thisPeriod", word.apply("(?i)\\b(?:later|earlier)\\b"));
        needs.put("thisYear", word.apply("(?i)\\b(?:this|current)\\b"));
        needs.put("wholeYear", word.apply("(?i)\\byear\\b"));
        needs.put("endOfYear", word.apply("(?i)\\bend\\b"));
        needs.put("endOfWeek", word.apply("(?i)\\bend\\b"));
        needs.put("restOfWeek", word.apply("(?i)\\brest\\b"));
        needs.put("rollingWindow", word.apply("(?i)\\b(?:last|past|next|coming)\\b"));
        needs.put("lastingFor", word.apply("(?i)\\bfor\\b"));
        needs.put("comingDays", word.apply("(?i)\\b(?:coming|recent)\\b"));
        needs.put("pastUnit", word.apply("(?i)\\b(?:past|last)\\b"));
        needs.put("sinceStart", word.apply("(?i)\\bsince\\b"));
        needs.put("sequel", word.apply("(?i)\\b(?:following|next|previous|preceding|before|after)\\b"));
        needs.put("sameDay", word.apply("(?i)\\b(?:hours?|that|afternoon|evening|day|trading)\\b"));
        needs.put(
                "partOfStoryDay", word.apply("(?i)\\b(?:rest|lunchtime|midday|mid-day|mid-morning|mid-afternoon)\\b"));
        needs.put("clockTime", word.apply("(?i)[ap]\\.?m\\b|noon|midnight"));
        return Map.copyOf(needs);
    }

    /** A dating phrase found: its place, and either its span or (for an offset) what it hangs on. */
    private static final class Hit {
        final int paragraph;
        int start;
        int end;
        final String rule;
        DateSpan span;
        final Matcher match;
        String anchorClause;
        /** The phrase tells its year ("30 June next year", "March 3, 2019"), not only the day and month. */
        boolean yearTold;
        /** A day the sentence looks ahead to ("His new trial will start on March 3"), resolved forward. */
        boolean ahead;
        /** The story is about money (three of business's words in it), so its quarters are a year's. */
        boolean businessStory;

        /** Told before {@code hit}: in an earlier paragraph, or earlier in the same one. */
        boolean isBefore(Hit hit) {
            return paragraph < hit.paragraph || (paragraph == hit.paragraph && start < hit.start);
        }

        Hit(int paragraph, int start, int end, String rule, Matcher match) {
            this.paragraph = paragraph;
            this.start = start;
            this.end = end;
            this.rule = rule;
            this.match = match;
        }
    }

    List<ImportedEvent> read(List<String> paragraphs, LocalDate published, List<String> warnings) {
        return read(paragraphs, published, warnings, Deadline.none());
    }

    /** The same, given up once the deadline has passed. */
    List<ImportedEvent> read(List<String> paragraphs, LocalDate published, List<String> warnings, Deadline deadline) {
        List<Hit> hits = new ArrayList<>();
        int businessWords = 0;
        for (String paragraph : paragraphs) {
            Matcher word = BUSINESS.matcher(paragraph);
            while (businessWords < 3 && word.find()) {
                businessWords++;
            }
        }
        boolean business = businessWords >= 3;
        for (int p = 0; p < paragraphs.size(); p++) {
            deadline.check();
            hits.addAll(find(p, paragraphs.get(p), published, warnings, business));
        }
        // Offsets hang on the event their clause shares most words with.
        for (Hit hit : hits) {
            deadline.check();
            if (hit.span == null && hit.rule.equals("offset")) {
                resolveOffset(hit, hits, paragraphs, warnings);
            } else if (hit.span == null && (hit.rule.equals("sequel") || hit.rule.equals("sameDay"))) {
                resolveSequel(hit, hits, paragraphs, published);
            } else if (hit.span == null && (hit.rule.equals("clockTime") || hit.rule.equals("partOfStoryDay"))) {
                resolveClockTime(hit, hits, paragraphs, published);
            } else if (hit.span == null && hit.rule.equals("sameYear")) {
                resolveSameYear(hit, hits);
            } else if (hit.span == null && hit.rule.equals("previousQuarter")) {
                resolvePreviousQuarter(hit, hits);
            } else if (hit.span == null && hit.rule.equals("samePeriod")) {
                resolveSamePeriod(hit, hits);
            }
        }
        hits.removeIf(h -> h.span == null);
        sameWeekdayAhead(hits, paragraphs, published);
        // "on Tuesday (November 24)", "on Sunday (March 29) evening", "At around 9.55pm (Tuesday 25 June 2019)": a
        // date in brackets restates the day just told; one event, on the date the brackets give.
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit told = hits.get(i);
            Hit restated = hits.get(i + 1);
            // "from today until Wednesday (20 to 22 October 2025)": the same days told again, however many.
            boolean same = restated.span.start().equals(told.span.start())
                    && restated.span.end().equals(told.span.end());
            if (told.paragraph != restated.paragraph || (restated.span.precision() != DatePrecision.DAY && !same)) {
                continue;
            }
            // Not "on Friday (Sunday) in Scotland": a bracket naming another day is no restatement.
            if (!CALENDAR_DAY.contains(restated.rule) && !same) {
                continue;
            }
            String text = paragraphs.get(told.paragraph);
            Matcher open = BRACKET_OPEN.matcher(text).region(told.end, text.length());
            if (!open.lookingAt() || open.end() != restated.start) {
                continue;
            }
            Matcher close = BRACKET_CLOSE.matcher(text).region(restated.end, text.length());
            if (!close.lookingAt()) {
                continue;
            }
            told.end = close.end();
            told.span = told.span.approximate() ? restated.span.approximately() : restated.span;
            hits.remove(i + 1);
        }
        // "Three days later, March 18, the second and third cases were confirmed", "on March 20, two days later": an
        // offset set beside the calendar day it comes to is that day, told once.
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit first = hits.get(i);
            Hit second = hits.get(i + 1);
            if (first.paragraph != second.paragraph) {
                continue;
            }
            Hit calendar =
                    CALENDAR_DAY.contains(first.rule) ? first : CALENDAR_DAY.contains(second.rule) ? second : null;
            Hit relative = calendar == first ? second : first;
            String said = paragraphs.get(relative.paragraph).substring(relative.start, relative.end);
            // Not "on January 20, a day after he arrived": an offset from another event is that event's date.
            if (calendar == null
                    || !RELATIVE.contains(relative.rule)
                    || !BARE_OFFSET.matcher(said).find()) {
                continue;
            }
            String between = paragraphs.get(first.paragraph).substring(first.end, Math.max(first.end, second.start));
            if (!between.equals(", ")) {
                continue;
            }
            first.end = second.end;
            first.span = calendar.span;
            hits.remove(i + 1);
        }
        // "today" in quoted words is the day the words were said, when the story dates the speaking.
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            String text = paragraphs.get(h.paragraph);
            if (h.rule.equals("today")
                    && text.substring(h.start, h.end).equalsIgnoreCase("today")
                    && quoted(text, h.start)) {
                DateSpan spoken = speechDay(hits, i, paragraphs);
                if (spoken != null) {
                    h.span = spoken;
                }
            }
        }
        // "not beyond 30 June next year" … "it will not go beyond 30 June": a day told again without its year is
        // the one the story dated first.
        Map<MonthDay, Hit> told = new HashMap<>();
        for (Hit h : hits) {
            if (h.span.precision() != DatePrecision.DAY || h.span.approximate()) {
                continue;
            }
            boolean yearless = (h.rule.equals("md") || h.rule.equals("dm")) && !h.yearTold;
            Hit first = told.get(MonthDay.from(h.span.start()));
            // Not a day looked ahead to after one gone by: "His new trial will start on March 3" after "arrested on
            // March 3, 2018" is the coming one.
            if (first != null && yearless && (!h.ahead || !first.span.start().isBefore(published))) {
                h.span = DateSpan.day(first.span.start());
            } else if (first == null && !yearless) {
                told.put(MonthDay.from(h.span.start()), h);
            }
        }
        // Told twice: a month with its year ("in November 2017") that a calendar date of the story with its year falls
        // in ("On Nov. 13, 2017"), said of the same people or things. A month told from the publication date ("who
        // arrived here in March last year", "in August") stays an event of its own beside the day ("landed … on March
        // 23 last year"), as every annotator of the set dated it: dropping those lost five events of the set.
        List<Hit> days = hits.stream()
                .filter(h -> h.span.precision() == DatePrecision.DAY
                        && !h.span.approximate()
                        && YEAR_DIGITS
                                .matcher(paragraphs.get(h.paragraph).substring(h.start, h.end))
                                .find()
                        && (h.rule.equals("mdy") || h.rule.equals("dmy") || h.rule.equals("md") || h.rule.equals("dm")))
                .toList();
        hits.removeIf(h -> h.span.precision() == DatePrecision.MONTH
                && !h.span.approximate()
                && YEAR_DIGITS
                        .matcher(paragraphs.get(h.paragraph).substring(h.start, h.end))
                        .find()
                && days.stream()
                        .anyMatch(d -> !d.span.start().isBefore(h.span.start())
                                && !d.span.end().isAfter(h.span.end())
                                && shareAName(
                                        paragraphs.get(h.paragraph), h.start, paragraphs.get(d.paragraph), d.start)));
        List<ImportedEvent> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit h : hits) {
            String text = paragraphs.get(h.paragraph);
            String phrase = text.substring(h.start, h.end);
            if (seen.add(h.paragraph + "|" + h.start + "|" + phrase)) {
                String title = h.rule.equals("age") ? birthTitle(text, h.start, h.end) : title(text, h.start, h.end);
                events.add(new ImportedEvent(h.paragraph, title, h.span, phrase));
            }
        }
        return events;
    }

    /** The most dates one paragraph is read for. */
    static final int MAX_DATES_IN_A_PARAGRAPH = 100;

    private List<Hit> find(int p, String text, LocalDate published, List<String> warnings, boolean business) {
        List<Hit> hits = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        List<int[]> windows = windows(text);
        // Whether a window holds a word, asked once per word (rules share them: sixteen need a month's name).
        Map<Pattern, boolean[]> holds = new java.util.IdentityHashMap<>();
        String[] lowered = new String[1];
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            boolean[] held = rule.needs == null
                    ? null
                    : holds.computeIfAbsent(rule.needs, needs -> {
                        boolean[] found = new boolean[windows.size()];
                        Words words = Words.OF.get(needs);
                        Matcher word = words == null ? needs.matcher(text) : null;
                        for (int w = 0; w < windows.size(); w++) {
                            int[] window = windows.get(w);
                            found[w] = words != null
                                    ? words.in(text, lower(text, lowered), window[0], window[1])
                                    : word.region(window[0], window[1]).find();
                        }
                        return found;
                    });
            for (int w = 0; w < windows.size(); w++) {
                int[] window = windows.get(w);
                if (held != null && !held[w]) {
                    continue;
                }
                m.region(window[0], window[1]);
                while (m.find()) {
                    // An offset's clause ("…, and the highest since records began in 2011") may hold dates of its own.
                    int own = rule.name.equals("offset") ? m.start(4) : m.end();
                    if (m.end() == m.start() || overlaps(taken, m.start(), own)) {
                        continue;
                    }
                    Matcher copy = rule.pattern.matcher(text);
                    copy.find(m.start());
                    if (p == 0 && inDateline(text, m.start(), m.end())) {
                        continue;
                    }
                    Hit hit = new Hit(p, m.start(), m.end(), rule.name, copy);
                    hit.businessStory = business;
                    hit.span = span(rule.name, copy, text, published, warnings, hit);
                    if (hit.span == null && (rule.name.equals("sequel") || rule.name.equals("sameDay"))) {
                        hit.anchorClause = "";
                    }
                    if (rule.name.equals("clockTime") || rule.name.equals("partOfStoryDay")) {
                        // "at around 7.40pm on Friday": the day that follows names it.
                        Matcher day = DAY_AFTER_HOUR.matcher(text).region(m.end(), text.length());
                        if (day.lookingAt()) {
                            joinHour(hits, taken, rule.name, m, m.end(), day.end(), true);
                            continue;
                        }
                        // A timetable in the present ("the meeting starts at 6:30 p.m.", "is open from 9am to 5pm on
                        // weekdays") dates nothing.
                        String sentence = sentenceAround(text, m.start());
                        // "We should have everything back on by mid-morning": a deadline on the day, past or not.
                        boolean deadline = BY_HOUR.matcher(m.group()).lookingAt();
                        if ((!deadline && !PAST.matcher(sentence).find())
                                || TIMETABLE.matcher(sentence).find()) {
                            continue;
                        }
                        // The hour of a date just named ("adjourned to September 2 next at 11am", "on May 13 at around
                        // 2.30am") is that date, one phrase; "around" makes it approximate.
                        if (overlaps(taken, Math.max(0, m.start() - 8), m.start())) {
                            joinHour(hits, taken, rule.name, m, m.start() - 8, m.start(), false);
                            continue;
                        }
                        hit.anchorClause = "";
                    }
                    if (hit.span == null && hit.anchorClause == null) {
                        continue;
                    }
                    // A leading "about"/"nearly" makes it approximate and belongs to the phrase.
                    Matcher lead = LEADING_QUALIFIER.matcher(text.substring(Math.max(0, hit.start - 16), hit.start));
                    if (lead.find()) {
                        hit.start = hit.start
                                - (text.substring(Math.max(0, hit.start - 16), hit.start)
                                                .length()
                                        - lead.start());
                        if (hit.span != null) {
                            hit.span = hit.span.approximately();
                        }
                    }
                    // "By the time we get through it all, it will be 2020": dated from another event, so approximate.
                    if (hit.span != null
                            && BY_THE_TIME.matcher(text.substring(0, hit.start)).find()) {
                        hit.span = hit.span.approximately();
                    }
                    // A vague tail ("…, almost 18 months after his escape") belongs to the date and marks it
                    // approximate.
                    if (hit.span != null) {
                        Matcher tail = TAIL.matcher(text.substring(hit.end));
                        if (tail.find()) {
                            hit.end = hit.end + tail.end();
                            hit.span = hit.span.approximately();
                        }
                    }
                    for (int i = hit.start; i < hit.end; i++) {
                        taken[i] = true;
                    }
                    hits.add(hit);
                    if (hits.size() == MAX_DATES_IN_A_PARAGRAPH) {
                        // A paragraph of hundreds of dates is a table or a list, not a story's sentence: the first
                        // ones are read, and the answer says so.
                        warnings.add("paragraph " + (p + 1) + " holds more than " + MAX_DATES_IN_A_PARAGRAPH
                                + " dates; only the first " + MAX_DATES_IN_A_PARAGRAPH + " were read");
                        hits.sort(Comparator.comparingInt(h -> h.start));
                        return hits;
                    }
                }
            }
        }
        hits.sort(Comparator.comparingInt(h -> h.start));
        return hits;
    }

    /**
     * The hour joins the phrase of the day told beside it, after it ("at around 7.40pm on Friday": a day starting
     * within {@code from}..{@code to}) or before it ("on May 13 at around 2.30am": a day ending there); "around"
     * makes it approximate.
     */
    private static void joinHour(
            List<Hit> hits, boolean[] taken, String rule, Matcher hour, int from, int to, boolean dayAfter) {
        for (Hit named : hits) {
            int edge = dayAfter ? named.start : named.end;
            if (named.span == null || edge < from || edge > to || (dayAfter && edge == to)) {
                continue;
            }
            if (dayAfter) {
                named.start = hour.start();
            } else {
                named.end = hour.end();
            }
            if (rule.equals("clockTime") && (hour.group("about") != null || hour.group("vague") != null)) {
                named.span = named.span.approximately();
            }
        }
        for (int t = hour.start(); t < hour.end(); t++) {
            taken[t] = true;
        }
    }

    /**
     * "the same period last year", "the same period in 2022": the period the story named last before it (a span of
     * months, a quarter), in the year those words give; as exact as that period.
     */
    private static void resolveSamePeriod(Hit hit, List<Hit> hits) {
        Hit period = null;
        for (Hit other : hits) {
            boolean earlier = other.isBefore(hit);
            if (earlier
                    && other.span != null
                    && !other.span.approximate()
                    && other.span.precision() != DatePrecision.DAY
                    && other.span.precision() != DatePrecision.YEAR) {
                period = other;
            }
        }
        if (period == null) {
            return;
        }
        long years = hit.match.group("year") != null
                ? period.span.start().getYear() - Integer.parseInt(hit.match.group("year"))
                : 1;
        hit.span = period.span.precision() == DatePrecision.MONTH
                ? DateSpan.month(YearMonth.from(period.span.start()).minusYears(years))
                : DateSpan.between(
                        period.span.start().minusYears(years), period.span.end().minusYears(years));
    }

    /** The latest month of that name ending on or before the publication date. */
    private static YearMonth latestMonth(int month, LocalDate published) {
        YearMonth ym = YearMonth.of(published.getYear(), month);
        return ym.atEndOfMonth().isAfter(published) ? ym.minusYears(1) : ym;
    }

    /** A span moved by an amount of a unit, its shape kept, and approximate (an offset from another event). */
    private static DateSpan moved(DateSpan span, long amount, ChronoUnit unit, RelativeDate.Direction dir) {
        long signed = dir == RelativeDate.Direction.BEFORE ? -amount : amount;
        return DateSpan.between(span.start().plus(signed, unit), span.end().plus(signed, unit))
                .approximately();
    }

    /**
     * Every date the rules read holds one of these words or a digit: a month, a day's name ("…day", "tonight"), a
     * week, month, year or hour, a part of the day. The rules look only around them, not along the whole paragraph
     * (a long paragraph without a date then costs one scan, not one for every rule).
     */
    private static final Pattern TRIGGER = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day|week|month|year|hour|night|tomorrow|morning"
                    + "|afternoon|evening|christmas|hallowe|summer|winter|spring|autumn|fall|lunchtime|midday|noon|quarter|\\d");

    /** Stretches of the text around the trigger words, merged where they meet; no rule's phrase reaches further. */
    private static List<int[]> windows(String text) {
        List<int[]> windows = new ArrayList<>();
        Matcher t = TRIGGER.matcher(text);
        while (t.find()) {
            int from = Math.max(0, t.start() - 90);
            int to = Math.min(text.length(), t.end() + 200);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }

    private static final Pattern BY_THE_TIME =
            Pattern.compile("(?:^|[.!?]['’\"”]?\\s+|[“\"])By the time\\b[^.!?,;]*,[^.!?;]*$");
    private static final Pattern DATELINE_BEFORE =
            Pattern.compile("^\\s*(?:date \\d{4}-\\d\\d-\\d\\d\\s+)?\\p{Lu}[\\p{L} .\\[\\]]{1,40}(?:,\\s*|\\(\\s*)$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*\\)?\\s*(?:\\([^)]{1,20}\\))?\\s*[:—–]");

    /** The date of a dateline ("KUALA LUMPUR (Nov 1):", "New Delhi [India], May 9 (ANI):") is when it was filed. */
    private static boolean inDateline(String text, int start, int end) {
        return DATELINE_BEFORE.matcher(text.substring(0, start)).find()
                && DATELINE_AFTER.matcher(text.substring(end)).find();
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private DateSpan span(String rule, Matcher m, String text, LocalDate published, List<String> warnings, Hit hit) {
        try {
            switch (rule) {
                case "dayRangeBetween":
                case "dayRangeDmy": {
                    int d1 = Integer.parseInt(m.group(1));
                    int d2 = Integer.parseInt(m.group(2));
                    int month = month(m.group(3));
                    Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
                    return dayRange(year, month, d1, d2, published, warnings);
                }
                case "dayRangeMdy": {
                    int month = month(m.group(1));
                    int d1 = Integer.parseInt(m.group(2));
                    int d2 = Integer.parseInt(m.group(3));
                    Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
                    return dayRange(year, month, d1, d2, published, warnings);
                }
                case "monthYearRange": {
                    YearMonth last = m.group(4) != null
                            ? YearMonth.of(Integer.parseInt(m.group(4)), month(m.group(3)))
                            : monthNear(month(m.group(3)), published, warnings);
                    if (last == null) {
                        return null;
                    }
                    YearMonth first = YearMonth.of(
                            m.group(2) == null ? last.getYear() : Integer.parseInt(m.group(2)), month(m.group(1)));
                    if (!first.isBefore(last)) {
                        return null;
                    }
                    return DateSpan.between(first.atDay(1), last.atEndOfMonth());
                }
                case "dayRangeAcrossMonthsMdy":
                case "dayRangeAcrossMonthsDmy": {
                    boolean mdy = rule.equals("dayRangeAcrossMonthsMdy");
                    int m1 = month(m.group(mdy ? 1 : 2));
                    int d1 = Integer.parseInt(m.group(mdy ? 2 : 1));
                    int m2 = month(m.group(mdy ? 3 : 4));
                    int d2 = Integer.parseInt(m.group(mdy ? 4 : 3));
                    LocalDate last;
                    if (m.group(5) != null) {
                        last = LocalDate.of(Integer.parseInt(m.group(5)), m2, d2);
                    } else if (published != null) {
                        last = dayNear(m2, d2, published);
                    } else {
                        return null;
                    }
                    LocalDate first = LocalDate.of(last.getYear(), m1, d1);
                    if (!first.isBefore(last)) {
                        first = first.minusYears(1);
                    }
                    return DateSpan.between(first, last);
                }
                case "rollingWindow": {
                    if (published == null) {
                        return null;
                    }
                    // "the last couple of weeks", "the next few days", "the last 2-3 days": back (or on) from the
                    // publication date by the most the words allow.
                    long most = m.group(2) != null
                            ? (m.group(2).equals("few") ? 3 : 2)
                            : amount(m.group(4) != null ? m.group(4) : m.group(3));
                    ChronoUnit unit = unit(m.group(5));
                    if (unit == ChronoUnit.HOURS) {
                        // "the past 24 hours": the days those hours reach into.
                        most = Math.max(1, (most + 23) / 24);
                        unit = ChronoUnit.DAYS;
                    }
                    boolean ahead = m.group(1).equals("next") || m.group(1).equals("coming");
                    return ahead
                            ? DateSpan.between(published.plusDays(1), published.plus(most, unit))
                                    .approximately()
                            : DateSpan.between(published.minus(most, unit), published)
                                    .approximately();
                }
                case "lastingFor": {
                    String before = text.substring(Math.max(0, m.start() - 100), m.start());
                    Matcher been = LASTING_UNTIL_NOW.matcher(before);
                    if (published == null || !been.find()) {
                        return null;
                    }
                    return DateSpan.between(published.minus(amount(m.group(1)), unit(m.group(2))), published)
                            .approximately();
                }
                case "partOfWeek": {
                    if (published == null) {
                        return null;
                    }
                    int weeks = m.group(2).equals("next") ? 1 : m.group(2).equals("last") ? -1 : 0;
                    LocalDate monday = published
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .plusWeeks(weeks);
                    // "at the start of last week" is its early part, "the end of this week" its late one.
                    boolean early = m.group(1).equals("early") || m.group(1).matches(".*\\b(?:start|beginning)\\b.*");
                    return early
                            ? DateSpan.between(monday, monday.plusDays(2)).approximately()
                            : DateSpan.between(monday.plusDays(3), monday.plusDays(6))
                                    .approximately();
                }
                case "weekend": {
                    if (published == null) {
                        return null;
                    }
                    String which = m.group(1).toLowerCase(Locale.ROOT);
                    // The weekend of the publication week (a Sunday is still in it).
                    LocalDate saturday = published.getDayOfWeek() == DayOfWeek.SUNDAY
                            ? published.minusDays(1)
                            : published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                    if (which.equals("next")) {
                        saturday = saturday.plusWeeks(1);
                    } else if (which.equals("last") || which.equals("the past")) {
                        saturday = saturday.minusWeeks(1);
                    } else if (!which.equals("this") && !which.equals("the coming")) {
                        // "over the weekend": the coming one when the sentence looks ahead, else the one just gone.
                        if (!forward(text, m.start(), m.end(), "")) {
                            saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                            if (published.getDayOfWeek() == DayOfWeek.SATURDAY) {
                                saturday = saturday.minusWeeks(1);
                            }
                        }
                    }
                    return DateSpan.between(saturday, saturday.plusDays(1));
                }
                case "tomorrow": {
                    if (published == null) {
                        return null;
                    }
                    DateSpan span = DateSpan.day(published.plusDays(m.group(2).startsWith("the day after") ? 2 : 1));
                    return m.group("by") != null ? span.approximately() : span;
                }
                case "overnight": {
                    if (published == null) {
                        return null;
                    }
                    if (m.group(1) != null) {
                        // "overnight and continue through Saturday afternoon": from tonight into that day.
                        LocalDate until = published.with(TemporalAdjusters.next(
                                DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))));
                        return DateSpan.between(published, until);
                    }
                    // The night ahead in a forecast, the night just gone in a report.
                    return forward(text, m.start(), m.end(), "")
                            ? DateSpan.between(published, published.plusDays(1))
                            : DateSpan.between(published.minusDays(1), published);
                }
                case "fromTodayUntil": {
                    if (published == null) {
                        return null;
                    }
                    LocalDate from = m.group(1).equals("today") ? published : published.plusDays(1);
                    DayOfWeek until = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                    return DateSpan.between(from, from.with(TemporalAdjusters.next(until)));
                }
                case "weekdayPair": {
                    if (published == null) {
                        return null;
                    }
                    String qual = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
                    DayOfWeek first = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                    DayOfWeek second = DayOfWeek.valueOf(m.group(4).toUpperCase(Locale.ROOT));
                    // "Friday night and early Saturday", "Monday or Tuesday": one window of two days running;
                    // "Monday to Wednesday": the days from the one to the other.
                    String joint = m.group("joint");
                    boolean range = !joint.equals("and") && !joint.equals("or");
                    if (first == second || !range && first.plus(1) != second) {
                        return null;
                    }
                    LocalDate day = weekdayDate(text, m.start(), m.end(), qual, first, published);
                    DateSpan span = DateSpan.between(day, day.with(TemporalAdjusters.next(second)));
                    return qual.equals("by") ? span.approximately() : span;
                }
                case "holiday": {
                    DateSpan day = holidaySpan(m, published);
                    if (day != null
                            && m.group("name").equals("Christmas")
                            && day.start().isBefore(published)
                            && BY_UNTIL_BEFORE
                                    .matcher(text.substring(Math.max(0, m.start() - 7), m.start()))
                                    .find()) {
                        // "would finish the repairs by Christmas": the coming one.
                        day = DateSpan.day(day.start().plusYears(1));
                    }
                    // "at Christmas", "by Christmas": around the day, not the day itself.
                    return day != null && m.group("name").equals("Christmas") ? day.approximately() : day;
                }
                case "blackFriday": {
                    if (m.group("year") == null && published == null) {
                        return null;
                    }
                    int year = m.group("year") != null ? Integer.parseInt(m.group("year")) : published.getYear();
                    LocalDate day = blackFriday(year);
                    if (m.group("year") == null && day.isAfter(published.plusMonths(3))) {
                        day = blackFriday(year - 1);
                    }
                    return DateSpan.day(day);
                }
                case "seasonOfYear": {
                    // "in the summer of last year": the season of the year named, as vague as a season is.
                    if (published == null) {
                        return null;
                    }
                    int year = published.getYear()
                            + (m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0);
                    return season(m.group(1), year);
                }
                case "seasonRelative": {
                    // "last summer" is the latest summer over before the publication date, "next summer" the first
                    // to begin after it, "this summer" the one of its year.
                    if (published == null) {
                        return null;
                    }
                    String which = m.group(1).toLowerCase(Locale.ROOT);
                    String name = m.group(2);
                    int year = published.getYear();
                    if (which.equals("the")) {
                        // "Over the summer, the hospital closed a ward": the season the story is in or has just
                        // left, by the tense; looking ahead ("will … over the summer"), the coming one.
                        DateSpan s = relativeSeason(name, year);
                        String sentence = sentenceAround(text, m.start());
                        if (FUTURE.matcher(sentence).find()) {
                            return s.end().isBefore(published) ? relativeSeason(name, year + 1) : s;
                        }
                        DateSpan gone = s.start().isAfter(published) ? relativeSeason(name, year - 1) : s;
                        if (PAST.matcher(sentence).find()) {
                            return gone;
                        }
                        // "He has earned a good break over the summer" (told in April): no tense says which, so the
                        // nearer one.
                        DateSpan coming = s.end().isBefore(published) ? relativeSeason(name, year + 1) : s;
                        long toGone = java.time.temporal.ChronoUnit.DAYS.between(gone.end(), published);
                        long toComing = java.time.temporal.ChronoUnit.DAYS.between(published, coming.start());
                        return toComing < toGone ? coming : gone;
                    }
                    if ((which.equals("next") || which.equals("the coming")) && name.equalsIgnoreCase("winter")) {
                        // "the coming winter": December to February, the first to begin after the publication date.
                        int from = published.isBefore(LocalDate.of(year, 12, 1)) ? year : year + 1;
                        return DateSpan.between(
                                        LocalDate.of(from, 12, 1),
                                        YearMonth.of(from + 1, 2).atEndOfMonth())
                                .approximately();
                    }
                    if (which.equals("next") || which.equals("the coming")) {
                        DateSpan s = season(name, year);
                        return s.start().isAfter(published) ? s : season(name, year + 1);
                    }
                    if (which.equals("this")) {
                        if (name.equalsIgnoreCase("winter")) {
                            // "this winter" runs from December into February: the winter the publication date is
                            // in or has just left (to April), else the coming one.
                            int from = published.getMonthValue() <= 4 ? year - 1 : year;
                            return DateSpan.between(
                                            LocalDate.of(from, 12, 1),
                                            YearMonth.of(from + 1, 2).atEndOfMonth())
                                    .approximately();
                        }
                        return season(name, year);
                    }
                    DateSpan s = relativeSeason(name, year);
                    return s.end().isBefore(published) ? s : relativeSeason(name, year - 1);
                }
                case "comingDays": {
                    // "over coming days", "in recent weeks": a few (three) of them ahead of or up to the publication
                    // date.
                    if (published == null) {
                        return null;
                    }
                    ChronoUnit unit = unit(m.group(2));
                    return m.group(1).equalsIgnoreCase("coming")
                            ? DateSpan.between(published.plusDays(1), published.plus(3, unit))
                                    .approximately()
                            : DateSpan.between(published.minus(3, unit), published)
                                    .approximately();
                }
                case "ordinalDay": {
                    int day = ordinal(m.group("nth"));
                    int month = month(m.group(2));
                    if (m.group(3) != null) {
                        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(3)), month);
                        return day > ym.lengthOfMonth() ? null : DateSpan.day(ym.atDay(day));
                    }
                    if (published == null
                            || day > YearMonth.of(published.getYear(), month).lengthOfMonth()) {
                        return null;
                    }
                    LocalDate date = pointsForward(text, m.start()) || forward(text, m.start(), m.end(), "on")
                            ? ahead(LocalDate.of(published.getYear(), month, day), published)
                            : dayNear(month, day, published);
                    return date == null ? null : DateSpan.day(date);
                }
                case "dayOfRelativeMonth": {
                    if (published == null) {
                        return null;
                    }
                    YearMonth month = YearMonth.from(published)
                            .plusMonths(
                                    m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0);
                    int day = Integer.parseInt(m.group(1));
                    return day < 1 || day > month.lengthOfMonth() ? null : DateSpan.day(month.atDay(day));
                }
                case "monthOfTheYear": {
                    // "the March flood earlier this year", "in June last year": the month of the year named.
                    if (published == null) {
                        return null;
                    }
                    int year = published.getYear()
                            + (m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0);
                    YearMonth named = YearMonth.of(year, month(m.group(1)));
                    if (lastingSince(text, m.start(1)) >= 0 && !named.isAfter(YearMonth.from(published))) {
                        // "in Singapore since January last year": from that month to the publication date, as "since
                        // May" is.
                        return DateSpan.between(named.atDay(1), published).approximately();
                    }
                    return DateSpan.month(named);
                }
                case "dateRangeMdy": {
                    LocalDate from =
                            validDate(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                    LocalDate to =
                            validDate(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5)));
                    return from == null || to == null || !to.isAfter(from) ? null : DateSpan.between(from, to);
                }
                case "yearThenMonth": {
                    if (published == null) {
                        return null;
                    }
                    String which = m.group(1);
                    int year = published.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                    return DateSpan.month(YearMonth.of(year, month(m.group(2))));
                }
                case "mdy":
                    return DateSpan.day(LocalDate.of(
                            Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
                case "dmy":
                    return DateSpan.day(LocalDate.of(
                            Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
                case "soFar": {
                    // "So far in 2022", "so far this year": from the year's first day to the publication date.
                    if (published == null) {
                        return null;
                    }
                    int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : published.getYear();
                    return year != published.getYear() ? null : DateSpan.between(LocalDate.of(year, 1, 1), published);
                }
                case "yearEnding": {
                    // "results for the year ended March 31" (told in May 2014): the twelve months to that day, the
                    // last one gone by.
                    // ("the full-year ended March": to the month's last day)
                    int month = month(m.group(2) != null ? m.group(2) : m.group(5) != null ? m.group(5) : m.group(6));
                    int day = m.group(3) != null
                            ? Integer.parseInt(m.group(3))
                            : m.group(4) != null ? Integer.parseInt(m.group(4)) : 31;
                    LocalDate last;
                    if (m.group(7) != null) {
                        last = lastValid(Integer.parseInt(m.group(7)), month, day);
                    } else if (published == null) {
                        return null;
                    } else {
                        last = lastValid(published.getYear(), month, day);
                        if (last != null && m.group(1).equals("ended")) {
                            last = last.isAfter(published) ? lastValid(published.getYear() - 1, month, day) : last;
                        } else if (last != null
                                && FORECAST.matcher(sentenceAround(text, m.start()))
                                        .find()) {
                            // "expects operating profit of 4.3 trillion yen for the year ending March 31" (told in
                            // May):
                            // a forecast is of a year still running.
                            last = last.isBefore(published) ? lastValid(published.getYear() + 1, month, day) : last;
                        } else if (last != null) {
                            // "the year to March 31", "the year ending March 31": the nearer such day, a forecast's
                            // (told in February) or a result's (told in May).
                            LocalDate other =
                                    lastValid(published.getYear() + (last.isAfter(published) ? -1 : 1), month, day);
                            if (other != null
                                    && Math.abs(ChronoUnit.DAYS.between(published, other))
                                            < Math.abs(ChronoUnit.DAYS.between(published, last))) {
                                last = other;
                            }
                        }
                    }
                    return last == null
                            ? null
                            : DateSpan.between(last.minusYears(1).plusDays(1), last);
                }
                case "weekEnding": {
                    // "in the seven days to April 30", "the week ending January 29": the seven days up to that day.
                    if (published == null) {
                        return null;
                    }
                    int month = month(m.group(1) != null ? m.group(1) : m.group(4));
                    int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
                    LocalDate last = dayNear(month, day, published);
                    return last == null ? null : DateSpan.between(last.minusDays(6), last);
                }
                case "monthYearToYear": {
                    // "between August 2019 to 2022": from the month's first day to the last year's end.
                    int from = Integer.parseInt(m.group(2));
                    int to = Integer.parseInt(m.group(3));
                    if (to <= from) {
                        return null;
                    }
                    return DateSpan.between(
                            YearMonth.of(from, month(m.group(1))).atDay(1), LocalDate.of(to, 12, 31));
                }
                case "yearRange": {
                    // "in 2010 and 2011": two years, each its own event; "between 2010 and 2015" is one span.
                    if (AND_JOINED.matcher(m.group()).find()
                            && !BETWEEN_FIRST.matcher(m.group()).lookingAt()) {
                        return null;
                    }
                    int from = Integer.parseInt(m.group(1));
                    String toText = m.group(2);
                    int to = toText.length() == 2
                            ? from / 100 * 100 + Integer.parseInt(toText)
                            : Integer.parseInt(toText);
                    if (to <= from || to - from > 100) {
                        return null;
                    }
                    // "the 2017/2018 season", "2019/20": a season over the turn of a year; no other slash.
                    if (m.group().contains("/") && to != from + 1) {
                        return null;
                    }
                    // "the financial year 2020-21", "in the financial year 2021/22": April to March, as Britain,
                    // Ireland
                    // and India count it (a "fiscal year" runs July to June in Pakistan or Australia, October to
                    // September in the US; a club's "2022/23" is a season: those keep their two whole years).
                    String lead = text.substring(Math.max(0, m.start() - 25), m.start());
                    if (to == from + 1
                            && !SEASON_AFTER
                                    .matcher(text)
                                    .region(m.end(), text.length())
                                    .lookingAt()
                            && (FINANCIAL_YEAR_BEFORE.matcher(lead).find()
                                    // (a fiscal year named the short way, "2020-21", "2023/24": not "the 2002-2003
                                    // fiscal year" of an American county, which the set dates as two whole years)
                                    || (toText.length() == 2
                                            && (FISCAL_YEAR_BEFORE.matcher(lead).find()
                                                    || FISCAL_YEAR_AFTER
                                                            .matcher(text)
                                                            .region(m.end(), text.length())
                                                            .lookingAt())))) {
                        return DateSpan.between(LocalDate.of(from, 4, 1), LocalDate.of(to, 3, 31));
                    }
                    return DateSpan.between(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
                }
                case "decade": {
                    int decade = Integer.parseInt(m.group(2));
                    String part = m.group(1);
                    if (part == null) {
                        return DateSpan.between(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31));
                    }
                    int[] years = part.equals("early")
                            ? new int[] {0, 3}
                            : part.equals("mid") ? new int[] {3, 6} : new int[] {7, 9};
                    return DateSpan.between(
                                    LocalDate.of(decade + years[0], 1, 1), LocalDate.of(decade + years[1], 12, 31))
                            .approximately();
                }
                case "restOfWeek": {
                    // "for the rest of this week": from the publication day to the week's (or month's) last day.
                    if (published == null) {
                        return null;
                    }
                    LocalDate last = m.group(1).equals("week")
                            ? published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                            : YearMonth.from(published).atEndOfMonth();
                    return DateSpan.between(published, last).approximately();
                }
                case "endOfWeek": {
                    // "by the end of the week": its last three days (Friday to Sunday); "… of the month": its last ten.
                    if (published == null) {
                        return null;
                    }
                    if (m.group(1).equals("week")) {
                        LocalDate friday = published
                                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                                .plusDays(4);
                        return DateSpan.between(friday, friday.plusDays(2)).approximately();
                    }
                    YearMonth ym = YearMonth.from(published);
                    return DateSpan.between(ym.atDay(21), ym.atEndOfMonth()).approximately();
                }
                case "sinceStart": {
                    // "since the beginning of January": from that month's first day to the publication date.
                    if (published == null) {
                        return null;
                    }
                    LocalDate from;
                    if (m.group("unit") != null) {
                        from = m.group("unit").equals("year")
                                ? published.withDayOfYear(1)
                                : published.withDayOfMonth(1);
                    } else {
                        YearMonth ym = YearMonth.of(published.getYear(), month(m.group(2)));
                        if (ym.isAfter(YearMonth.from(published))) {
                            ym = ym.minusYears(1);
                        }
                        from = ym.atDay(1);
                    }
                    return DateSpan.between(from, published).approximately();
                }
                case "pastUnit": {
                    // "over the past year": a window rolling back from the publication date, not last calendar year.
                    if (published == null) {
                        return null;
                    }
                    return DateSpan.between(published.minus(1, unit(m.group(1))), published)
                            .approximately();
                }
                case "daysAroundHoliday": {
                    // "immediately before Christmas": the week before (or after) the holiday nearest the publication.
                    if (published == null) {
                        return null;
                    }
                    MonthDay day = holiday(m.group("name"));
                    LocalDate date = dayNear(day.getMonthValue(), day.getDayOfMonth(), published);
                    return m.group(1).equals("after")
                            ? DateSpan.between(date.plusDays(1), date.plusDays(7))
                                    .approximately()
                            : DateSpan.between(date.minusDays(7), date.minusDays(1))
                                    .approximately();
                }
                case "partOfMonth": {
                    int month = month(m.group(2));
                    Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                    YearMonth ym = year != null ? YearMonth.of(year, month) : monthNear(month, published, warnings);
                    if (ym == null) {
                        return null;
                    }
                    String part = m.group(1);
                    int last = ym.lengthOfMonth();
                    int[] days = part.equals("early") || part.equals("beginning of") || part.equals("start of")
                            ? new int[] {1, 10}
                            : part.equals("mid") || part.equals("middle of")
                                    ? new int[] {11, 20}
                                    : new int[] {21, last};
                    return DateSpan.between(ym.atDay(days[0]), ym.atDay(days[1]))
                            .approximately();
                }
                case "monthRangeOfParts": {
                    int month = month(m.group(3));
                    Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
                    YearMonth ym = year != null ? YearMonth.of(year, month) : monthNear(month, published, warnings);
                    if (ym == null) {
                        return null;
                    }
                    int first = m.group(1).equals("early") ? 1 : 11;
                    int last = m.group(2).equals("mid") ? 20 : ym.lengthOfMonth();
                    return DateSpan.between(ym.atDay(first), ym.atDay(last)).approximately();
                }
                case "partOfYear":
                    return partOfYear(m.group(1), Integer.parseInt(m.group(2)));
                case "partOfRelativeYear": {
                    // "late last year": the part of the year before the publication's.
                    if (published == null) {
                        return null;
                    }
                    int offset = switch (m.group(2)) {
                        case "last" -> -1;
                        case "next" -> 1;
                        default -> 0;
                    };
                    return partOfYear(m.group(1), published.getYear() + offset);
                }
                case "quarter": {
                    int q = switch (m.group(1)) {
                        case "first", "1st" -> 0;
                        case "second", "2nd" -> 1;
                        case "third", "3rd" -> 2;
                        default -> 3;
                    };
                    int year = Integer.parseInt(m.group(2));
                    return DateSpan.between(
                            LocalDate.of(year, q * 3 + 1, 1),
                            YearMonth.of(year, q * 3 + 3).atEndOfMonth());
                }
                case "quarterOfYear": {
                    // "in the second quarter" in a story of July 2013: the latest second quarter begun by then.
                    if (published == null) {
                        return null;
                    }
                    int q = switch (m.group(1)) {
                        case "first", "1st" -> 0;
                        case "second", "2nd" -> 1;
                        case "third", "3rd" -> 2;
                        default -> 3;
                    };
                    // A quarter of a year is business's word; "led 30-20 in the first quarter" is a game's.
                    if (!BUSINESS.matcher(text).find()
                            && (!hit.businessStory || GAME.matcher(text).find())) {
                        return null;
                    }
                    String which = m.group(2) == null ? "" : m.group(2);
                    int year = which.equals("last")
                            ? published.getYear() - 1
                            : which.equals("next")
                                    ? published.getYear() + 1
                                    : which.isEmpty() && published.getMonthValue() <= q * 3
                                            ? published.getYear() - 1
                                            : published.getYear();
                    return DateSpan.between(
                            LocalDate.of(year, q * 3 + 1, 1),
                            YearMonth.of(year, q * 3 + 3).atEndOfMonth());
                }
                case "halfCode": {
                    // Business's shorthand only ("H1 profit"), never an "H1" road or visa; without its year, the latest
                    // half ended by the publication date.
                    if (!BUSINESS.matcher(text).find()) {
                        return null;
                    }
                    String half = m.group(1) != null ? m.group(1) : m.group(3);
                    String told = m.group(2) != null ? m.group(2) : m.group(4);
                    boolean first = half.equals("H1");
                    int year;
                    if (told != null) {
                        year = Integer.parseInt(told);
                    } else if (published == null) {
                        return null;
                    } else if (FUTURE.matcher(sentenceAround(text, m.start())).find()
                            || OUTLOOK.matcher(sentenceAround(text, m.start())).find()) {
                        // "expects profits to recover in H2": the half not yet over.
                        year = first && published.getMonthValue() > 6 ? published.getYear() + 1 : published.getYear();
                    } else {
                        year = first
                                ? (published.getMonthValue() > 6 ? published.getYear() : published.getYear() - 1)
                                : published.getYear() - 1;
                    }
                    return first
                            ? DateSpan.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                            : DateSpan.between(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
                }
                case "previousQuarter": {
                    hit.anchorClause = "";
                    return null;
                }
                case "monthQuarter": {
                    if (published == null && m.group(2) == null) {
                        return null;
                    }
                    int last = month(m.group(1));
                    int year = m.group(2) != null
                            ? Integer.parseInt(m.group(2))
                            : YearMonth.of(published.getYear(), last).isBefore(YearMonth.from(published))
                                    ? published.getYear()
                                    : published.getYear() - 1;
                    if (m.group("ago") != null) {
                        year--;
                    }
                    YearMonth end = YearMonth.of(year, last);
                    return DateSpan.between(end.minusMonths(2).atDay(1), end.atEndOfMonth());
                }
                case "sameYear": {
                    // "lost in Berlin the same year": the year of the date before it, known once all are read.
                    hit.anchorClause = "";
                    return null;
                }
                case "seasonYear": {
                    int year = Integer.parseInt(m.group(2));
                    int[] months = seasonMonths(m.group(1), null);
                    return DateSpan.between(
                                    LocalDate.of(year, months[0], 1),
                                    YearMonth.of(year, months[1]).atEndOfMonth())
                            .approximately();
                }
                case "weekStarting": {
                    if (published == null && m.group(5) == null) {
                        return null;
                    }
                    int month = month(m.group(1) != null ? m.group(1) : m.group(4));
                    int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
                    LocalDate first;
                    if (m.group(5) != null) {
                        first = LocalDate.of(Integer.parseInt(m.group(5)), month, day);
                    } else {
                        first = dayNear(month, day, published);
                        if (first == null) {
                            return null;
                        }
                    }
                    if (WEEK_OF.matcher(m.group()).lookingAt()) {
                        // "the week of Nov. 23" (a Thursday): the week, Monday to Sunday, that holds the day.
                        first = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    }
                    return DateSpan.between(first, first.plusDays(6));
                }
                case "weekOfMonth": {
                    // "in the second week of June": days 8 to 14; "the last week of this month": its last seven days.
                    if (published == null) {
                        return null;
                    }
                    // The month of the year told, else the one nearest the publication date.
                    YearMonth ym = m.group(2) == null
                            ? YearMonth.from(published)
                            : m.group(3) != null
                                    ? YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2)))
                                    : dayNear(month(m.group(2)), 15, published) == null
                                            ? null
                                            : YearMonth.from(dayNear(month(m.group(2)), 15, published));
                    if (ym == null) {
                        return null;
                    }
                    int first = switch (m.group(1)) {
                        case "first" -> 1;
                        case "second" -> 8;
                        case "third" -> 15;
                        case "fourth" -> 22;
                        default -> ym.lengthOfMonth() - 6;
                    };
                    return DateSpan.between(ym.atDay(first), ym.atDay(first + 6))
                            .approximately();
                }
                case "monthHyphenRange": {
                    // "during the July-September period": the first month's first day to the last month's last.
                    if (m.group(3) == null && published == null) {
                        return null;
                    }
                    int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : published.getYear();
                    int from = month(m.group(1));
                    int to = month(m.group(2));
                    YearMonth start = YearMonth.of(to < from && m.group(3) != null ? year - 1 : year, from);
                    YearMonth end = YearMonth.of(to < from && m.group(3) == null ? year + 1 : year, to);
                    return from == to ? null : DateSpan.between(start.atDay(1), end.atEndOfMonth());
                }
                case "monthYear": {
                    DateSpan month = DateSpan.month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))));
                    int since = lastingSince(text, m.start());
                    if (published != null && since >= 0 && month.start().isBefore(published)) {
                        // "an epidemic has been under way since August 2018": until the publication date.
                        hit.start = since;
                        return DateSpan.between(month.start(), published).approximately();
                    }
                    // "to be completed by June 2018": a deadline, as vague as "by October".
                    return BY_BEFORE
                                    .matcher(text.substring(Math.max(0, m.start() - 4), m.start()))
                                    .find()
                            ? month.approximately()
                            : month;
                }
                case "md":
                case "dm": {
                    int month = month(m.group(rule.equals("md") ? 1 : 2));
                    int day = Integer.parseInt(m.group(rule.equals("md") ? 2 : 1));
                    if (published == null) {
                        return null;
                    }
                    Matcher lastYear = LAST_YEAR_AFTER.matcher(text).region(m.end(), text.length());
                    if (lastYear.lookingAt()) {
                        // "the June 4 vigil in Victoria Park last year", "not beyond 30 June next year": the day of
                        // the year named, one phrase.
                        hit.end = lastYear.end();
                        hit.yearTold = true;
                        // "on March 4 this year": the publication's year.
                        String which = lastYear.group(1);
                        int year = published.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                        return DateSpan.day(LocalDate.of(year, month, day));
                    }
                    Matcher shared = YEAR_OF_THE_NEXT_DAY.matcher(text).region(m.end(), text.length());
                    if (shared.lookingAt()) {
                        // "on August 1 and October 31, 2010": the year told once, for both days.
                        // ("December 24 and January 2, 2020": the year before, for the first.)
                        hit.yearTold = true;
                        int year = Integer.parseInt(shared.group(2)) - (month > month(shared.group(1)) ? 1 : 0);
                        return DateSpan.day(LocalDate.of(year, month, day));
                    }
                    // "there will now be a by-election … on Aug. 10": a day the sentence looks ahead to.
                    hit.ahead = pointsForward(text, m.start())
                            || forward(text, m.start(), m.end(), "")
                            // "had his case adjourned for further hearing in the County Court on September 26"
                            || ADJOURNED_TO_A_DAY
                                    .matcher(text.substring(Math.max(0, m.start() - 120), m.start()))
                                    .find();
                    Matcher last = LAST_AFTER.matcher(text).region(m.end(), text.length());
                    if (last.lookingAt()) {
                        // "on October 5th last" (courts in Ireland and Britain): the latest such day gone by.
                        hit.end = last.end();
                        LocalDate day0 = LocalDate.of(published.getYear(), month, day);
                        return DateSpan.day(day0.isAfter(published) ? day0.minusYears(1) : day0);
                    }
                    LocalDate date = hit.ahead
                            ? ahead(LocalDate.of(published.getYear(), month, day), published)
                            : dayNear(month, day, published);
                    if (date == null) {
                        return null;
                    }
                    // "The court on 25th January had passed the judgment", in a story of October: told in the past,
                    // the January gone by, however far.
                    if (!hit.ahead
                            && date.isAfter(published)
                            && LocalDate.of(published.getYear(), month, day).isBefore(published)
                            && PAST_VERB_NEXT
                                    .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)))
                                    .lookingAt()) {
                        date = date.minusYears(1);
                    }
                    // "is expected to reach an agreement by June 30": a deadline, as vague as "by October".
                    int from = Math.max(0, m.start() - 4);
                    Matcher by = BY_BEFORE.matcher(text.substring(from, m.start()));
                    boolean deadline = by.find()
                            && !PAST.matcher(sentenceAround(text, m.start())).find();
                    if (deadline) {
                        // "By June 30 we must publish …": the phrase opens with its "by", in either case.
                        hit.start = from + by.start();
                        return DateSpan.day(date).approximately();
                    }
                    return DateSpan.day(date);
                }
                case "agoRange": {
                    if (published == null) {
                        return null;
                    }
                    long least = amount(m.group(1));
                    long most = amount(m.group(2));
                    if (most <= least) {
                        return null;
                    }
                    ChronoUnit unit = unit(m.group(3));
                    return DateSpan.between(published.minus(most, unit), published.minus(least, unit))
                            .approximately();
                }
                case "agoRelative": {
                    if (published == null) {
                        return null;
                    }
                    long amount = amount(m.group(1));
                    ChronoUnit unit = unit(m.group(2));
                    if (unit == ChronoUnit.MONTHS && amount % 12 == 0) {
                        // "Just 12 months ago": a year ago, as wide as "a year ago" is.
                        amount /= 12;
                        unit = ChronoUnit.YEARS;
                    }
                    return RelativeDate.offset(published, amount, unit, RelativeDate.Direction.BEFORE);
                }
                case "offset": {
                    hit.anchorClause = m.group(4);
                    return null;
                }
                case "age": {
                    if (published == null) {
                        return null;
                    }
                    String digits = null;
                    for (int g = 1; digits == null && g <= m.groupCount(); g++) {
                        digits = m.group(g);
                    }
                    int age = Integer.parseInt(digits);
                    // An age after another year ("In 1990, the 23-year-old …") is the age then, not now; not one
                    // before it ("sentenced Sexton, 40, … for the 2014 murder").
                    String sentence = sentenceAround(text, m.start());
                    int from = text.lastIndexOf(sentence, m.start());
                    Matcher year = A_YEAR.matcher(from < 0 ? sentence : text.substring(from, m.start()));
                    while (year.find()) {
                        if (Integer.parseInt(year.group()) != published.getYear()) {
                            return null;
                        }
                    }
                    if (age < 1 || age > 110) {
                        return null;
                    }
                    // "Donovan Mitchell, 28, and Rudy Gobert, 19,": the last of a list of numbers is no age either.
                    if (m.group(5) != null
                            && LIST_OF_NUMBERS_BEFORE
                                    .matcher(text.substring(Math.max(0, m.start() - 60), m.start()))
                                    .find()) {
                        return null;
                    }
                    return DateSpan.year(Year.of(published.getYear() - age)).approximately();
                }
                case "ageOfListed": {
                    String sentence = sentenceAround(text, m.start());
                    // (nor in a paragraph about a year gone by: "The youngest victims of Hillsborough, 1989, were
                    // identified as …", ages then)
                    if (published == null
                            || !LISTED_PEOPLE.matcher(sentence).find()
                            || BOX_SCORE.matcher(sentence).find()
                            || A_YEAR.matcher(text).find()) {
                        return null;
                    }
                    int age = Integer.parseInt(m.group(1));
                    return age < 1 || age > 110
                            ? null
                            : DateSpan.year(Year.of(published.getYear() - age)).approximately();
                }
                case "thisPeriod": {
                    if (published == null) {
                        return null;
                    }
                    boolean later = m.group(1).equalsIgnoreCase("later");
                    LocalDate first;
                    LocalDate last;
                    switch (m.group(2)) {
                        case "week" -> {
                            first = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                            last = first.plusDays(6);
                        }
                        case "month" -> {
                            first = published.withDayOfMonth(1);
                            last = YearMonth.from(published).atEndOfMonth();
                        }
                        default -> {
                            first = published.withDayOfYear(1);
                            last = LocalDate.of(published.getYear(), 12, 31);
                        }
                    }
                    LocalDate s = later ? published.plusDays(1) : first;
                    LocalDate e = later ? last : published.minusDays(1);
                    return s.isAfter(e) ? null : DateSpan.between(s, e).approximately();
                }
                case "lastPeriod": {
                    if (published == null
                            || m.group(2).equals("year")
                                    && QUALIFIED_MONTH_BEFORE
                                            .matcher(text.substring(Math.max(0, m.start() - 30), m.start()))
                                            .find()) {
                        // "until March next year": the month of that year, read whole by the month's rule.
                        return null;
                    }
                    boolean next = m.group(1).equals("next");
                    switch (m.group(2)) {
                        case "week": {
                            LocalDate monday = published
                                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                                    .plusWeeks(next ? 1 : -1);
                            return DateSpan.between(monday, monday.plusDays(6)).approximately();
                        }
                        case "month":
                            return DateSpan.month(YearMonth.from(published).plusMonths(next ? 1 : -1));
                        default:
                            return DateSpan.year(Year.of(published.getYear() + (next ? 1 : -1)));
                    }
                }
                case "wholeYear": {
                    // Not "visit the island all year round" (always), nor a year the sentence names ("first held in
                    // 2016, drew visitors throughout the year").
                    if (published == null
                            || text.startsWith(" round", m.end())
                            || A_YEAR.matcher(text.substring(Math.max(0, m.start() - 150), m.start()))
                                    .find()) {
                        return null;
                    }
                    return DateSpan.year(Year.of(published.getYear()));
                }
                case "thisYear": {
                    // "factories opened this year", "will be completed this year": the publication's year; not "in
                    // January this year" (the month of that year, read whole).
                    if (published == null
                            || MONTH_BEFORE
                                    .matcher(text.substring(Math.max(0, m.start() - 40), m.start()))
                                    .find()) {
                        return null;
                    }
                    if (m.group(1).equals("week")) {
                        // "will be scanned this week", "suffered a strain at training this week": Monday to Sunday
                        // of the publication's week, as vague as "last week"; not the moment the story's words were
                        // said ("he recalled, watching the footage this week", "told the paper this week").
                        if (REPORTED_THIS_WEEK
                                .matcher(text.substring(Math.max(0, m.start() - 60), m.start()))
                                .find()) {
                            return null;
                        }
                        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                        return DateSpan.between(monday, monday.plusDays(6)).approximately();
                    }
                    // "this month": the publication's month.
                    return m.group(1).equals("month")
                            ? DateSpan.month(YearMonth.from(published))
                            : DateSpan.year(Year.of(published.getYear()));
                }
                case "endOfYear": {
                    if (published == null) {
                        return null;
                    }
                    return DateSpan.between(
                                    LocalDate.of(published.getYear(), 12, 1), LocalDate.of(published.getYear(), 12, 31))
                            .approximately();
                }
                case "yesterday": {
                    if (published == null) {
                        return null;
                    }
                    return DateSpan.day(published.minusDays(
                            m.group(1).toLowerCase(Locale.ROOT).startsWith("the day before") ? 2 : 1));
                }
                case "today": {
                    if (published == null) {
                        return null;
                    }
                    if (m.group("named") != null) {
                        // "today (Saturday)" in a story filed the next day: the day it names.
                        return DateSpan.day(published.with(TemporalAdjusters.previousOrSame(
                                DayOfWeek.valueOf(m.group("named").toUpperCase(Locale.ROOT)))));
                    }
                    // "Today's announcement is an important step": the day's own, however the sentence opens.
                    boolean owned = OWNED_EVENT
                            .matcher(text)
                            .region(m.end(), text.length())
                            .lookingAt();
                    if (!owned && m.group("cap") != null && !opensSentence(text, m.start())
                            || !owned
                                    && m.group("cap") != null
                                    && !FUTURE.matcher(restOfSentence(text, m.end()))
                                            .find()
                                    && !PROGRESSIVE
                                            .matcher(restOfSentence(text, m.end()))
                                            .lookingAt()) {
                        // "Today, …" opening a sentence is mostly "nowadays"; "Today they are going to be there"
                        // (a sentence looking ahead) is the day.
                        return null;
                    }
                    // "Over 8 lakh people will be evacuated by this evening": a deadline within the day.
                    return BY_BEFORE
                                    .matcher(text.substring(Math.max(0, m.start() - 4), m.start()))
                                    .find()
                            ? DateSpan.day(published).approximately()
                            : DateSpan.day(published);
                }
                case "weekdayOfRelativeWeek": {
                    if (published == null) {
                        return null;
                    }
                    String rel = (m.group("rel") != null ? m.group("rel") : m.group("rel2")).toLowerCase(Locale.ROOT);
                    String named = m.group(2) != null ? m.group(2) : m.group(5);
                    LocalDate monday = published
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .plusWeeks(rel.equals("last") ? -1 : 1);
                    LocalDate day = monday.plusDays(
                            DayOfWeek.valueOf(named.toUpperCase(Locale.ROOT)).getValue() - 1);
                    String qual = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
                    return qual.equals("by") ? DateSpan.day(day).approximately() : DateSpan.day(day);
                }
                case "weekAhead": {
                    boolean ahead = m.group().toLowerCase(Locale.ROOT).endsWith("ahead");
                    // (not "throughout the week" in a sentence told in the past: "Last month, fans queued throughout
                    // the week")
                    if (published == null || (!ahead && toldInThePast(text, m.start()))) {
                        return null;
                    }
                    // Told on a Saturday or a Sunday, the week ahead is the next one.
                    boolean weekend = published.getDayOfWeek().getValue() >= 6;
                    LocalDate monday = weekend && ahead
                            ? published.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                            : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    return DateSpan.between(monday, monday.plusDays(6));
                }
                case "anotherFew": {
                    if (published == null || toldInThePast(text, m.start())) {
                        return null;
                    }
                    long most = amount(m.group(2) != null ? m.group(2) : m.group(1));
                    return DateSpan.between(published.plusDays(1), published.plus(most, unit(m.group(3))))
                            .approximately();
                }
                case "weekday": {
                    if (published == null) {
                        return null;
                    }
                    String qual = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
                    DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                    DateSpan span = DateSpan.day(weekdayDate(text, m.start(), m.end(), qual, day, published));
                    // "by Monday" is a deadline, not a day, but not "approved by Tuesday night’s Planning Committee"
                    // (by
                    // whom). "next Thursday" is the coming one, as every annotator of the set dated it.
                    boolean whose = POSSESSIVE
                            .matcher(text)
                            .region(m.end(), text.length())
                            .lookingAt();
                    return qual.equals("by") && !whose ? span.approximately() : span;
                }
                case "monthsTo": {
                    // "net profit in the three months to the end of March": the months ending with that one, exact.
                    if (published == null && m.group(3) == null) {
                        return null;
                    }
                    int months = (int) amount(m.group("n"));
                    int month = month(m.group(2));
                    YearMonth last = m.group(3) != null
                            ? YearMonth.of(Integer.parseInt(m.group(3)), month)
                            : latestMonth(month, published);
                    return DateSpan.between(last.minusMonths(months - 1).atDay(1), last.atEndOfMonth());
                }
                case "firstMonthsOf": {
                    // "the first three months of 2023", "… of the current year" (the publication's).
                    if (m.group(2) == null && published == null) {
                        return null;
                    }
                    int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : published.getYear();
                    int months = (int) amount(m.group("n"));
                    return months < 1 || months > 12
                            ? null
                            : DateSpan.between(
                                    LocalDate.of(year, 1, 1),
                                    YearMonth.of(year, months).atEndOfMonth());
                }
                case "samePeriod": {
                    // Told from the period the story named before it ("… in the three months to March, from the same
                    // period a year earlier"): resolved once every date of the story is known.
                    hit.anchorClause = "";
                    return null;
                }
                case "monthBeforeEvent": {
                    // "the council’s December meeting", "the January figures": the month the story means, nearest.
                    if (published == null) {
                        return null;
                    }
                    YearMonth ym = monthNear(month(m.group(1)), published, warnings);
                    return ym == null ? null : DateSpan.month(ym);
                }
                case "monthAfterAnd":
                case "monthAlone": {
                    String qual = m.group("qual").toLowerCase(Locale.ROOT);
                    if (qual.endsWith(" of")
                            && (m.group(2).equals("May")
                                    || POSSESSIVE
                                            .matcher(text)
                                            .region(m.end(), text.length())
                                            .lookingAt())) {
                        // "Most of May and Hammond's allies", "The majority of May's cabinet": a person.
                        return null;
                    }
                    if (qual.equals("and") || qual.equals("or") || qual.equals("plus") || qual.endsWith(" of")) {
                        qual = "in";
                    }
                    int month = month(m.group(2));
                    if (m.group("relYear") != null && published != null) {
                        String rel = m.group("relYear");
                        int year = published.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
                        return DateSpan.month(YearMonth.of(year, month));
                    }
                    if (m.group(2).equals("May")
                            && !qual.equals("in")
                            && !qual.equals("last")
                            && !qual.equals("since")
                            && !qual.equals("early")
                            && !qual.equals("late")) {
                        return null;
                    }
                    if (published == null) {
                        return null;
                    }
                    YearMonth ym;
                    // "expect to receive the equipment by October": a deadline ahead, unless the sentence is past.
                    boolean deadline = qual.equals("by")
                            && !PAST.matcher(sentenceAround(text, m.start())).find();
                    // "Construction is expected to begin in September": a month told looking ahead is the next one.
                    boolean forward = deadline
                            || qual.equals("come")
                            || pointsForward(text, m.start(2))
                            || ((qual.equals("in") || qual.equals("during"))
                                    && (forward(text, m.start(), m.end(), "in")
                                            || STILL_TO_BE_DONE
                                                    .matcher(text.substring(Math.max(0, m.start() - 120), m.start()))
                                                    .find()));
                    if (qual.equals("to") && !forward) {
                        return null;
                    }
                    if (qual.equals("come")) {
                        // "come January": the next January, never one gone by.
                        YearMonth next = YearMonth.of(published.getYear(), month);
                        ym = next.isAfter(YearMonth.from(published)) ? next : next.plusYears(1);
                    } else if (forward) {
                        // "postponed to July", "adjourned until September": the next such month.
                        ym = YearMonth.from(
                                ahead(LocalDate.of(published.getYear(), month, 1), published.withDayOfMonth(1)));
                    } else if (qual.equals("last")) {
                        ym = YearMonth.of(published.getYear(), month);
                        if (!ym.isBefore(YearMonth.from(published))) {
                            ym = ym.minusYears(1);
                        }
                    } else if (qual.equals("next")) {
                        ym = YearMonth.of(published.getYear(), month);
                        if (!ym.isAfter(YearMonth.from(published))) {
                            ym = ym.plusYears(1);
                        }
                    } else {
                        ym = monthNear(month, published, warnings);
                    }
                    if (ym == null) {
                        return null;
                    }
                    if (qual.equals("since")
                            && !ym.isAfter(YearMonth.from(published))
                            && lastingSince(text, m.start(2)) >= 0) {
                        // "336 cholera cases since May": from that month to the publication date, as "since the
                        // beginning of January" is.
                        return DateSpan.between(ym.atDay(1), published).approximately();
                    }
                    DateSpan span = DateSpan.month(ym);
                    return qual.equals("early") || qual.equals("late") || deadline ? span.approximately() : span;
                }
                case "year": {
                    int year = Integer.parseInt(m.group(1));
                    // A bare number is a year only in a year's company: a preposition, or a noun after it.
                    String before = text.substring(Math.max(0, m.start() - 12), m.start());
                    boolean preposition = m.group().startsWith("in")
                            || m.group().startsWith("In")
                            || before.matches("(?s).*\\b(?:since|by|until|before|after|from|of|during|in|the|early"
                                    + "|late|mid|and|or|to|through|till|year|season|election|about|around|circa|nearly|approximately"
                                    // "an increase of 45% to 65% compared with 2018"
                                    + "|with|than|versus|vs\\.?"
                                    + "|’s|'s)\\s*$");
                    boolean possessive = text.startsWith("’s", m.end()) || text.startsWith("'s", m.end());
                    // After an acronym a year is part of a name: "the KLCP 2020 was gazetted", "(KLCP) 2020".
                    if (!m.group().startsWith("in")
                            && !m.group().startsWith("In")
                            && before.matches("(?s).*(?:\\b\\p{Lu}{3,}|\\(\\p{Lu}{2,}\\))\\s$")) {
                        return null;
                    }
                    if (year < 1800 || year > 2100) {
                        return null;
                    }
                    if (!preposition && !possessive && !Character.isLetter(after(text, m.end()))) {
                        return null;
                    }
                    // "We will need 28,000 by the year 2030": a deadline ahead, some time before its end.
                    if (published != null
                            && year > published.getYear()
                            && BY_YEAR_BEFORE
                                    .matcher(text.substring(Math.max(0, m.start() - 14), m.start()))
                                    .find()) {
                        return DateSpan.year(Year.of(year)).approximately();
                    }
                    return DateSpan.year(Year.of(year));
                }
                default:
                    return null;
            }
        } catch (DateTimeException | IllegalArgumentException impossible) {
            return null;
        }
    }

    private static final Pattern WEEK_OF = Pattern.compile("[Tt]he\\s+week\\s+of\\b");
    /** "the financial year 2020-21", "the financial year 2002-2003": April to March, however written. */
    private static final Pattern FINANCIAL_YEAR_BEFORE = Pattern.compile("(?i)\\bfinancial\\s+year\\s+(?:of\\s+)?$");
    /** "fiscal year 2020-21", "fiscal 2020-21": April to March when written the short way. */
    private static final Pattern FISCAL_YEAR_BEFORE =
            Pattern.compile("(?i)\\b(?:financial\\s+year|fiscal(?:\\s+year)?)\\s+(?:of\\s+)?$");
    /** "the 2023/24 fiscal year", "the full 2017-18 fiscal": the same, after the years. */
    private static final Pattern FISCAL_YEAR_AFTER = Pattern.compile("(?i)\\s+(?:financial|fiscal)\\b");

    private static final Pattern SEASON_AFTER =
            Pattern.compile("\\s+(?:season|campaign|term|school\\s+year|academic\\s+year|winter|summer)\\b");

    private static final Pattern LIST_OF_NUMBERS_BEFORE =
            Pattern.compile("\\d{1,3},\\s+(?:and\\s+)?(?:\\p{Lu}[\\p{L}’'\\-]+\\s+){0,3}\\p{Lu}[\\p{L}’'\\-]+,\\s+$");
    // (the arrested and the accused, named now; not victims, who may be a past disaster's: the fourth review)
    private static final Pattern LISTED_PEOPLE = Pattern.compile("\\b(?:(?:the\\s+)?(?:accused|suspects|arrested"
            + "(?:\\s+(?:men|women|persons|people))?|detainees)\\s+(?:were|are|have\\s+been)\\s+(?:identified|named)\\s+as"
            + "|were\\s+arrested|(?:those\\s+)?charged\\s+(?:were|are))\\b");
    private static final Pattern BOX_SCORE =
            Pattern.compile("(?i)\\b(?:points|goals|rebounds|assists|runs|wickets|yards|votes|seconds|minutes|percent"
                    // a team sheet's shirt numbers: "The replacements were named as Ellis Genge, 17, …"
                    + "|replacements|squad|substitutes|bench|starting|shirts?|midfielder|striker|forward|defender"
                    + "|goalkeeper|team|side|line-?up|XV|XI)\\b|%");
    private static final Pattern BY_YEAR_BEFORE = Pattern.compile("\\b[Bb]y\\s+(?:the\\s+year\\s+)?$");
    private static final Pattern BY_UNTIL_BEFORE = Pattern.compile("\\b(?:[Bb]y|[Uu]ntil|[Tt]ill)\\s+$");
    private static final Pattern QUALIFIED_MONTH_BEFORE =
            Pattern.compile("\\b(?:[Ii]n|[Uu]ntil|[Tt]ill|[Dd]uring)\\s+" + MONTH + "\\s+$");
    private static final Pattern MONTH_BEFORE =
            Pattern.compile(MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?(?:\\s+\\p{Ll}+){0,2}\\s+$");

    /** "Today they are quoting 4,500 cedis": what is going on now, this day. */
    private static final Pattern PROGRESSIVE =
            Pattern.compile("^\\s+(?:\\p{L}+\\s+){1,3}?(?:am|is|are)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+ing\\b");

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

    private static final Pattern DAY_AFTER_HOUR =
            // "at 9:42 p.m. (10:42 a.m. EDT, 1442 GMT) Monday": the same hour elsewhere, in brackets, comes between.
            Pattern.compile("(?:\\s*\\([^()]{1,40}\\))?\\s*,?\\s+(?:on\\s+)?(?:the\\s+)?(?:(?:Monday|Tuesday"
                    + "|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+"
                    + MONTH + "|" + MONTH
                    + "\\s+\\d)");

    /** "June 4 vigil in Victoria Park last year": a few words of the same clause, then the year it was in. */
    private static final Pattern LAST_YEAR_AFTER = Pattern.compile(
            "(?:\\s+(?!(?:said|says|was|were|is|are|had|has|have|will|would|and|but)\\b)(?!\\p{Ll}+ed\\b)"
                    + "[\\p{L}’']+){0,5}?\\s+(last|next|this)\\s+year\\b");

    private static final String FIXTURE = "(?:clash|game|match|final|semi-?final|quarter-?final|fixture|showdown|derby"
            + "|tie|bout|race|vote|election|referendum|hearing)";
    private static final Pattern FIXTURE_BEFORE = Pattern.compile("\\b" + FIXTURE + "\\b[^.,;:]{0,40}\\s+(?:on\\s+)?$");
    private static final Pattern BUSINESS = Pattern.compile("(?i)\\b(?:profits?|revenues?|sales|earnings|income|losses"
            + "|growth|GDP|economy|output|production|shares|investment|results|margins?|turnover|deliveries|exports"
            + "|imports|inflation|quarterly|assets|dividends?|EBITDA|bookings)\\b");

    private static final Pattern STARTING_BEFORE =
            Pattern.compile("\\b(?:starting|beginning|kicking off|getting under way)\\b[^.,;:]{0,40}\\s+(?:on\\s+)?$");
    private static final Pattern FIXTURE_IS = Pattern.compile("^\\s*(?:is|will|looms|promises|kicks off)\\b");
    private static final Pattern FIXTURE_AFTER =
            Pattern.compile("^['’]s\\s+(?:[\\p{L}\\-]+\\s+){0,2}" + FIXTURE + "\\b");

    private static final Pattern AND_JOINED = Pattern.compile("\\d\\s*and\\s*\\d");
    private static final Pattern BETWEEN_FIRST = Pattern.compile("[Bb]etween\\b");

    // "on October 5th last," but not "concerts on June 6 last 90 minutes".
    private static final Pattern LAST_AFTER = Pattern.compile("\\s+last(?=\\s*[,.;:!?)]|\\s*$)");

    /** "Today's announcement", "today's hearing": the day's own event (not "Today's teenagers"). */
    private static final Pattern OWNED_EVENT = Pattern.compile("['’]s\\s+(?:announcement|decision|meeting|vote|hearing"
            + "|match|game|session|ruling|statement|event|launch|opening|ceremony|protest|strike|rally|debate|report"
            + "|budget|verdict|sentencing|funeral|election|final|race)\\b");
    /** A game's words: its quarters are the game's. */
    private static final Pattern GAME = Pattern.compile("(?i)\\b(?:points|scored|scores|dunk|goals?|touchdowns?|innings"
            + "|game|match|coach|halftime|half-time|rebounds|assists|led|trailed)\\b");

    private static final Pattern A_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /** " and October 31, 2010" after a day without its year: the year both days are of. */
    private static final Pattern YEAR_OF_THE_NEXT_DAY = Pattern.compile("\\s*(?:and|or|&)\\s+(" + MONTH_NAMES
            + ")(?![\\p{L}])\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:1[6-9]|20)\\d\\d)\\b(?![\\d,]\\d)");

    /** A speech verb just before, and its participle or listener: "he recalled, watching the footage ", "told NBC ". */
    private static final Pattern REPORTED_THIS_WEEK =
            Pattern.compile("\\b(?:said|says|told|tells|recalled|recalls|explained|wrote|writes|posted|tweeted)\\b"
                    + "(?:,?\\s+\\p{Ll}+ing\\b[^“”\"]{0,30}|\\s+(?:on|in|to|during)\\s+[^.;:“”\"]{1,30}?\\s+|\\s+)$"
                    // "told BBC News this week", "told reporters this week"
                    + "|\\b(?:told|tells)\\s+(?:(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}|(?:\\p{Ll}+\\s+){1,2})$");

    /**
     * "A judge still must approve the proposed sentence in May": what must still be done, in the month named right
     * after it (not "must act after flooding in May left …": no "after", "since" or verb of the past in between).
     */
    private static final Pattern STILL_TO_BE_DONE = Pattern.compile(
            "\\bmust\\s+(?!have\\b)(?:(?!\\b(?:after|since|following|when|was|were|had|left|did)\\b)[^.;!?]){0,80}$");

    /**
     * A hearing put off to the day named next: "adjourned for further hearing … on September 26", "remanded until …"
     * (not "was first adjourned on June 12", the day it was put off; nor "had been adjourned", a plan of the past).
     */
    private static final Pattern ADJOURNED_TO_A_DAY =
            Pattern.compile("(?<!\\bhad been )\\b(?:adjourned|postponed|deferred"
                    + "|remanded|rescheduled)\\b[^.;!?]{0,60}\\b(?:to|until|till|for)\\b[^.;!?]{0,80}$");

    /** A forecast's words: "expects", "forecast", "projected", "guidance", "outlook". */
    private static final Pattern FORECAST =
            Pattern.compile("\\b(?:expects?|expected|forecasts?|forecasted|projects?|projected"
                    + "|projections?|guidance|outlook|estimates?|targets?|sees)\\b");

    private static final Pattern ADJOURNED =
            Pattern.compile("\\b(?:adjourned|postponed|deferred|put\\s+off|remanded|rescheduled)\\b");
    /** "had" before it: a plan of the past ("had been adjourned") or one had done ("had his case adjourned"). */
    private static final Pattern HAD = Pattern.compile("\\bhad\\b");

    /**
     * "The second is on Wednesday, at the University of Calgary": a day an event is on, told in the present (not "is on
     * Saturday's 3-0 loss", "are on Sunday still searching").
     */
    private static final Pattern IS_ON = Pattern.compile("\\b(?:is|are)\\s+$");

    private static final Pattern IS_ON_END = Pattern.compile("\\s*(?:[,.;]|$|\\s+(?:at|in)\\b)");

    private static final Pattern TO_BE_DONE =
            Pattern.compile("\\bto\\s+be\\s+(?:\\p{Ll}+(?:ed|en)|held|made|sent|set|heard)\\s+(?:on\\s+)?$");
    private static final Pattern PAST_VERB_NEXT = Pattern.compile(
            "\\s*(?:had|was|were)\\s+(?:\\p{Ll}+(?:ed|en)|upheld|held"
                    + "|made|sent|won|lost|met|paid|kept|told|sold|built|found|brought|begun|struck|set|put|read|heard)\\b");
    private static final Pattern BY_BEFORE = Pattern.compile("\\b[Bb]y\\s+$");

    private static final Pattern FUTURE_IN_THE_PAST = Pattern.compile("\\b(?:was|were|had been)\\s+$");

    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|shall|is to|are to|is due|are due|plans? to"
            + "|expected|scheduled|forecast to|set to|going to|is planned|are planned|(?:is|are)\\s+likely\\s+to(?!\\s+have\\b)"
            // A sentence heading for the day: "as they approach Saturday night's final", "the second test starting
            // in Christchurch on Friday", "ahead of Sunday's vote".
            + "|ahead of|approaches|approaching|as (?:they|we|he|she|it) approach|upcoming|preparing for"
            + "|prepares for|run-up to|lead-up to|build-up to|in readiness for|in preparation for"
            // "the survey which closes 1pm Thursday": a timetable in the present, told of what is still to come.
            + "|(?:which|that)\\s+(?:closes|opens|starts|begins|ends|resumes)"
            // "when he arrives at the Canadian Tire Centre Saturday morning", "It could be a different lineup
            // (Saturday)"
            + "|(?:when|once|until)\\s+(?:he|she|they|we|it|the\\s+\\p{Ll}+)\\s+(?:arrives?|comes?|goes|go|returns?|plays?|meets?"
            // "fighting for the right to keep playing when they host Lubbock-Cooper at 7 p.m. Thursday"
            + "|starts?|begins?|hosts?|faces?|visits?)"
            // "had agreed to enter mediation on Monday morning": what was agreed is still to be done.
            + "|to\\s+(?:enter|begin|start|meet|resume|hold|attend|appear|face|return|vote|sit)"
            // "a severe cyclone impact is possible on Saturday", "the coast can expect gales", "all shops can reopen
            // from Monday"
            + "|(?:is|are)\\s+possible|can\\s+expect|can\\s+(?:now\\s+)?(?:re)?open|can\\s+resume)\\b|\\w['’]ll\\b");
    private static final Pattern PAST = Pattern.compile("\\b(?:had|was|were|did)\\b"
            // (not after "the", "a", "an": "the proposed sentence" is an adjective, not a verb of the past)
            + "|(?<!\\b(?:be|been|being|remain|remains|is|are|get|gets|stay|stays|will|would|to|the|a|an)\\s)\\b(?:"
            // "reports of a shooting came in around 11 p.m.": the past of verbs without "-ed" ("will now be held" is
            // no past).
            + "came|went|took|began|broke|fell|found|gave|made|ran|saw|struck|caught|held|brought|fled"
            + "|fought|lost|met|paid|rose|sent|spent|stood|threw|woke|wrote|drove|flew|grew|knew|spoke|stole"
            + "|became|bought|built|chose|drew|froze|hid|kept|sank|sat|shook|slept|sold|taught|thought|tore"
            + "|won|wore|(?!expected|scheduled|forecasted|planned)\\p{L}{2,}ed)\\b");
    private static final Pattern FUTURE_NOT_WOULD =
            Pattern.compile("\\b(?:will|shall|is\\s+to|are\\s+to|is\\s+due|are\\s+due"
                    + "|is\\s+going\\s+to|are\\s+going\\s+to|'ll)\\b");
    private static final Pattern FORECAST_FOR = Pattern.compile("\\s*For\\s+");
    // ("On Sunday, the Met Office forecasted that heatwave conditions would …": the day the forecast was made)
    private static final Pattern REPORTED = Pattern.compile("\\b(?:said|says|told|tells)\\b");
    // ("On Sunday, the Met Office forecasted that heatwave conditions would …": the day the forecast was made; not
    // "forecasted that Friday would be the hottest day", a day of the forecast)
    private static final Pattern FORECAST_THAT = Pattern.compile("\\bforecast(?:ed)?\\s+that\\b");

    private static final Pattern RESULT_AFTER =
            Pattern.compile("['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:defeat|win|victory|loss"
                    + "|draw|result|thrashing|triumph|upset|stalemate|rout)\\b");

    /**
     * "Kolisi will resume his duties on Saturday" then "the captains for Saturday's Springbok Showdown": a weekday told
     * again without a word of its own ("last", "next", "by") is the day the story first looked ahead to, unless its
     * sentence tells of the past.
     */
    private static void sameWeekdayAhead(List<Hit> hits, List<String> paragraphs, LocalDate published) {
        Map<DayOfWeek, LocalDate> ahead = new java.util.EnumMap<>(DayOfWeek.class);
        // "taking on Australia tomorrow" in a story of Monday: its "Tuesday" is tomorrow, even in a sentence of the
        // past ("have prepared well for their clash … on Tuesday").
        LocalDate tomorrow = null;
        for (Hit hit : hits) {
            if (hit.rule.equals("tomorrow")
                    && hit.span.precision() == DatePrecision.DAY
                    && hit.span.start().equals(published.plusDays(1))) {
                tomorrow = hit.span.start();
                ahead.put(tomorrow.getDayOfWeek(), tomorrow);
            }
        }
        for (Hit hit : hits) {
            if (!hit.rule.equals("weekday") || hit.span.precision() != DatePrecision.DAY) {
                continue;
            }
            String qual = hit.match.group("qual") == null
                    ? ""
                    : hit.match.group("qual").toLowerCase(Locale.ROOT);
            if (!qual.isEmpty() && !qual.equals("on")) {
                continue;
            }
            LocalDate day = hit.span.start();
            if (day.isAfter(published)) {
                ahead.putIfAbsent(day.getDayOfWeek(), day);
                continue;
            }
            LocalDate told = ahead.get(day.getDayOfWeek());
            String text = paragraphs.get(hit.paragraph);
            if (told != null
                    && !day.equals(published)
                    // "Saturday’s 2-0 defeat at Brighton leaves …": a result is of a day gone by.
                    && !RESULT_AFTER
                            .matcher(text)
                            .region(hit.end, Math.min(text.length(), hit.end + 40))
                            .lookingAt()
                    && ((told.equals(tomorrow) && scheduledEventBefore(text, hit.start))
                            || !PAST.matcher(sentenceAround(paragraphs.get(hit.paragraph), hit.start))
                                    .find())) {
                hit.span = hit.span.approximate() ? DateSpan.day(told).approximately() : DateSpan.day(told);
            }
        }
    }

    /** A fixture or a sitting named before the weekday in its sentence: "their clash against Australia … on Tuesday". */
    private static boolean scheduledEventBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 120), at);
        int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("! "), before.lastIndexOf("? ")));
        return SCHEDULED_EVENT.matcher(before.substring(stop + 1)).find();
    }

    private static final Pattern SCHEDULED_EVENT = Pattern.compile("\\b(?:clash|match|game|fixture|final|derby"
            + "|showdown|tie|qualifier|meeting|hearing|vote|debate|race|test)\\b");

    /**
     * The day a weekday names: the latest on or before the publication date, or the next one when its sentence looks
     * ahead ("next", "come Monday", "by Monday", "the river will peak Monday", "as the system moves out Saturday, a
     * wind will move in").
     */
    private static LocalDate weekdayDate(
            String text, int start, int end, String qual, DayOfWeek day, LocalDate published) {
        if (qual.equals("next")) {
            return published.with(TemporalAdjusters.next(day));
        }
        if (qual.equals("last")) {
            return published.with(TemporalAdjusters.previous(day));
        }
        if (AFTER_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()
                && POSSESSIVE.matcher(text).region(end, text.length()).lookingAt()) {
            // "the captain said after Tuesday's session", "following Monday's raid": what is over.
            return published.with(TemporalAdjusters.previousOrSame(day));
        }
        if (PLANNED_THEN
                .matcher(text.substring(Math.max(0, start - 120), start))
                .find()) {
            // "He was scheduled to be arraigned … Monday" (told on Sunday), "were expected in church on Sunday
            // morning" (told on Monday): a plan told in the past lies behind, unless it is only a day or two ahead.
            // (not "Rain was forecast to fall on Saturday, but the day stayed dry": what was told after it is past)
            LocalDate after = published.with(TemporalAdjusters.nextOrSame(day));
            return ChronoUnit.DAYS.between(published, after) <= 2
                            && !after.equals(published)
                            && !PAST.matcher(restOfSentence(text, end)).find()
                    ? after
                    : published.with(TemporalAdjusters.previousOrSame(day));
        }
        return forward(text, start, end, qual)
                        || TO_BE_DONE
                                .matcher(text.substring(Math.max(0, start - 80), start))
                                .find()
                        || (IS_ON.matcher(text.substring(Math.max(0, start - 20), start))
                                        .find()
                                && IS_ON_END
                                        .matcher(text)
                                        .region(end, text.length())
                                        .lookingAt())
                ? published.with(TemporalAdjusters.nextOrSame(day))
                : published.with(TemporalAdjusters.previousOrSame(day));
    }

    private static final Pattern AFTER_BEFORE = Pattern.compile("\\b(?:[Aa]fter|[Ff]ollowing|[Ss]ince)\\s+$");

    private static final Pattern PLANNED_THEN = Pattern.compile(
            "\\b(?:was|were|had been)\\s+(?:expected|scheduled|due|set|planned|supposed|going|forecast)\\b[^.!?]*$");

    /**
     * Whether the phrase at [start, end) looks ahead: "come …" always; "by"/"until"/"through" unless the sentence
     * tells of the past; otherwise a future verb before it in its sentence, or after it with no past or reporting verb
     * on the way (“Martino told reporters Monday” stays in the past, and so does a quotation's future before it).
     */
    private static boolean forward(String text, int start, int end, String qual) {
        if (qual.equals("come")) {
            return true;
        }
        // (A long sentence's verb is far back: "Temperatures will continue rising as the week goes on, hitting around
        // 29C in the South East on Thursday, and then as high as 33 or 34C on Friday.")
        String before = text.substring(Math.max(0, start - 250), start);
        int sentenceStart = -1;
        Matcher stops = SENTENCE_STOP.matcher(before);
        while (stops.find()) {
            sentenceStart = stops.start();
        }
        before = before.substring(sentenceStart + 1);
        // "For Thursday, the Met Office says most of the country will be …": a forecast's day, ahead.
        if (FORECAST_FOR.matcher(before).matches()
                && FUTURE.matcher(text.substring(end, Math.min(text.length(), end + 200)))
                        .find()) {
            return true;
        }
        int open = before.lastIndexOf('“');
        boolean quoted = open >= 0 && before.indexOf('”', open) < 0;
        before = quoted
                ? before.substring(open + 1)
                : before.replaceFirst("^[^“]*”", " ").replaceAll("“[^”]*(?:”|$)", " ");
        if ((qual.equals("until") || qual.equals("till"))
                && ADJOURNED.matcher(before).find()
                && !HAD.matcher(before).find()
                && !PAST.matcher(restOfSentence(text, end)).find()) {
            // "The Supreme Court on Wednesday adjourned hearing of the review petition till Thursday": put off to a
            // day after the one it was put off on.
            return true;
        }
        if (qual.equals("by") || qual.equals("until") || qual.equals("till") || qual.equals("through")) {
            // "Most of the players have arrived and we shall have a full camp by Tuesday": the nearest tense decides.
            int lastPast = lastMatch(PAST, before);
            // (not "Highways officials had said they would finish the repairs by Monday": a plan told in the past)
            int lastFuture = lastMatch(FUTURE_NOT_WOULD, before);
            return lastPast < 0 || lastFuture > lastPast;
        }
        int lastFuture = lastMatch(FUTURE, before);
        if (lastFuture >= 0
                && FUTURE_IN_THE_PAST.matcher(before.substring(0, lastFuture)).find()) {
            // "two of the victims … were expected in church on Sunday morning": what was ahead then, now past.
            return false;
        }
        if (lastFuture >= 0) {
            // The nearest tense before it decides: “we are going to have strong winds, like we had Tuesday night”.
            return lastMatch(PAST, before) < lastFuture;
        }
        // A sentence's rest, within reach: a long paragraph of dates is not copied again for each of them.
        String rest = text.substring(end, Math.min(text.length(), end + 300));
        Matcher stop = SENTENCE_BREAK.matcher(rest);
        if (stop.find()) {
            rest = rest.substring(0, stop.start() + 1);
        }
        if (!quoted) {
            rest = rest.replaceAll("“[^”]*(?:”|$)", " ");
        }
        if (STARTING_BEFORE.matcher(before).find() && !PAST.matcher(rest).find()) {
            // "the second and final test starting in Christchurch on Friday." (not "The strike, starting on Monday,
            // closed schools"): what starts then, in a sentence that tells of nothing past after it.
            return true;
        }
        Matcher fixtureAfter = FIXTURE_AFTER.matcher(rest);
        boolean fixture = fixtureAfter.lookingAt()
                ? FIXTURE_IS
                        .matcher(rest)
                        .region(fixtureAfter.end(), rest.length())
                        .lookingAt()
                : FIXTURE_BEFORE.matcher(before).find()
                        && FIXTURE_IS.matcher(rest).lookingAt();
        if (fixture
                && !PAST.matcher(before.substring(Math.max(0, before.length() - 120)))
                        .find()) {
            // "Connacht’s quarter-final clash with Ulster on Friday is ideal", "Friday’s game is the biggest": a
            // fixture in a sentence that tells of nothing past is the one ahead.
            return true;
        }
        Matcher future = FUTURE.matcher(rest);
        if (!future.find()) {
            return false;
        }
        String onTheWay = before + " " + rest.substring(0, future.start());
        return !PAST.matcher(onTheWay).find()
                && !REPORTED.matcher(onTheWay).find()
                && !FORECAST_THAT.matcher(rest.substring(0, future.start())).find();
    }

    /** A sentence's full stop, not an abbreviation's: "in St. John’s on May 7" goes on. */
    private static final Pattern SENTENCE_STOP =
            Pattern.compile("(?<!\\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr|No|Gov|Sen|Rep|Lt"
                    + "|Col|Gen|Sgt|Capt|Prof|Rev|Hon|Inc|Co|Corp|Ltd|[ap]\\.m|[A-Z]))[.?!] ");

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** A verb of putting off before "to"/"until": "deferred the matter to", "adjourned until", "postpone it to". */
    private static final Pattern PUT_OFF_TO = Pattern.compile(
            "(?i)\\b(?:postpon\\w*|adjourn\\w*|defer\\w*|remand\\w*|reschedul\\w*|delay\\w*|put off|puts off"
                    + "|push(?:es|ed)? back|mov(?:e|es|ed) back)\\b[^.!?;:“”\"]{0,40}?\\b(?:to|until|till)\\s+(?:on\\s+)?$");

    private static final Pattern UNTIL_BEFORE = Pattern.compile("\\b(?:[Uu]ntil|[Tt]ill)\\s+(?:on\\s+)?$");

    /**
     * A date after a verb of putting off ("deferred the matter to September 17", "postponed to July") points forward,
     * and so does one after "until" in a sentence that does not tell of the past.
     */
    private static final List<String> ORDINALS = List.of(
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth");

    /** "fifth" is 5, "twenty-first" 21, "thirtieth" 30. */
    private static int ordinal(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.equals("thirtieth")) {
            return 30;
        }
        int tens = w.startsWith("twenty-") ? 20 : w.startsWith("thirty-") ? 30 : 0;
        return tens + ORDINALS.indexOf(tens > 0 ? w.substring(7) : w) + 1;
    }

    /**
     * "has been on remand since November 2024": a state lasting from that date to the publication date. Not what has
     * not happened since, nor the first or the highest since: "has not been met since July 2020" dates the last time.
     * Where its "since" begins, or -1.
     */
    private static int lastingSince(String text, int start) {
        int from = Math.max(0, start - 7);
        Matcher sinceWord = SINCE_BEFORE.matcher(text.substring(from, start));
        if (!sinceWord.find()) {
            return -1;
        }
        String sentence = sentenceAround(text, start);
        int since = sentence.lastIndexOf("since");
        String clause = since < 0 ? sentence : sentence.substring(0, since);
        Matcher boundary = CLAUSE_BOUNDARY.matcher(clause);
        int opens = 0;
        while (boundary.find()) {
            opens = boundary.end();
        }
        return LAST_TIME.matcher(clause.substring(opens)).find() ? -1 : from + sinceWord.start();
    }

    /** Where the clause a "since" closes begins: "Uganda last week reported …, where an epidemic has been …". */
    private static final Pattern CLAUSE_BOUNDARY =
            Pattern.compile("[,;:—–]|\\b(?:where|which|who|that|and|but|while)\\b");

    private static final Pattern SINCE_BEFORE = Pattern.compile("\\b[Ss]ince\\s+$");
    private static final Pattern LAST_TIME = Pattern.compile(
            "(?i)\\b(?:not|never|no|first|last|highest|lowest|best|worst|biggest|largest|smallest|fewest|most|least)\\b"
                    + "|n[’']t\\b");

    private static boolean pointsForward(String text, int start) {
        String before = text.substring(Math.max(0, start - 80), start);
        if (PUT_OFF_TO.matcher(before).find()) {
            return true;
        }
        // "the resolution to be adopted Tuesday": what is still to be done on that day.
        if (TO_BE_DONE.matcher(before).find()) {
            return true;
        }
        return UNTIL_BEFORE.matcher(before).find() && forward(text, start, start, "until");
    }

    /** "early 2020", "late last year": the months of a year its part covers, approximate but for its halves. */
    private static DateSpan partOfYear(String part, int year) {
        int[] months = switch (part) {
            case "early", "beginning of", "start of" -> new int[] {1, 4};
            case "mid", "middle of" -> new int[] {4, 9};
            case "first half of" -> new int[] {1, 6};
            case "second half of" -> new int[] {7, 12};
            case "end of" -> new int[] {12, 12};
            case "towards the end of", "toward the end of" -> new int[] {10, 12};
            default -> seasonMonths(part.replace(" of", ""), new int[] {9, 12});
        };
        DateSpan span = DateSpan.between(
                LocalDate.of(year, months[0], 1), YearMonth.of(year, months[1]).atEndOfMonth());
        // "the first half of 2023" is six months to the day, as exact as a quarter.
        return part.endsWith("half of") ? span : span.approximately();
    }

    /**
     * A date put off to: the one nearest the publication date, the future preferred (up to nine months ahead, three
     * back: "the trial was postponed to February 3, when the jury convicted him" in a story of April is this February).
     */
    private static LocalDate ahead(LocalDate date, LocalDate published) {
        if (date.isBefore(published.minusMonths(3))) {
            return date.plusYears(1);
        }
        return date.isAfter(published.plusMonths(9)) ? date.minusYears(1) : date;
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "“\"‘'".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** The sentence around the position tells of the past, and of nothing ahead. */
    private static boolean toldInThePast(String text, int at) {
        String sentence = sentenceAround(text, at);
        return PAST.matcher(sentence).find() && !FUTURE.matcher(sentence).find();
    }

    private static String restOfSentence(String text, int end) {
        String rest = text.substring(end, Math.min(text.length(), end + 300));
        Matcher stop = SENTENCE_BREAK.matcher(rest);
        return stop.find() ? rest.substring(0, stop.start() + 1) : rest;
    }

    /** The holidays with a fixed date. */
    /**
     * The day of each holiday on a fixed date, by the start of its name. National days count ("Australia Day"), but not
     * "Independence Day": each country has its own.
     */
    private static final Map<String, MonthDay> FIXED_HOLIDAYS = fixedHolidays();

    private static Map<String, MonthDay> fixedHolidays() {
        Map<String, MonthDay> days = new java.util.LinkedHashMap<>();
        days.put("new year's eve", MonthDay.of(12, 31));
        days.put("new year’s eve", MonthDay.of(12, 31));
        days.put("new year", MonthDay.of(1, 1));
        days.put("christmas eve", MonthDay.of(12, 24));
        days.put("christmas", MonthDay.of(12, 25));
        days.put("boxing", MonthDay.of(12, 26));
        days.put("valentine", MonthDay.of(2, 14));
        days.put("hallowe", MonthDay.of(10, 31));
        days.put("australia", MonthDay.of(1, 26));
        days.put("waitangi", MonthDay.of(2, 6));
        days.put("canada", MonthDay.of(7, 1));
        days.put("bastille", MonthDay.of(7, 14));
        days.put("st", MonthDay.of(3, 17));
        days.put("anzac", MonthDay.of(4, 25));
        return java.util.Collections.unmodifiableMap(days);
    }

    /** The day of a named holiday: of the year told, else the last or next one, else the one nearest the story. */
    private static DateSpan holidaySpan(Matcher m, LocalDate published) {
        MonthDay day = holiday(m.group("name"));
        if (m.group("year") != null) {
            return DateSpan.day(day.atYear(Integer.parseInt(m.group("year"))));
        }
        if (published == null) {
            return null;
        }
        String qual = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
        LocalDate date = day.atYear(published.getYear());
        if (qual.equals("last")) {
            return DateSpan.day(date.isBefore(published) ? date : date.minusYears(1));
        }
        if (qual.equals("next")) {
            return DateSpan.day(date.isAfter(published) ? date : date.plusYears(1));
        }
        return DateSpan.day(dayNear(day.getMonthValue(), day.getDayOfMonth(), published));
    }

    /** The day after the fourth Thursday of November. */
    private static LocalDate blackFriday(int year) {
        return LocalDate.of(year, 11, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
                .plusDays(1);
    }

    private static MonthDay holiday(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, MonthDay> day : FIXED_HOLIDAYS.entrySet()) {
            if (n.startsWith(day.getKey())) {
                return day.getValue();
            }
        }
        return MonthDay.of(4, 25);
    }

    /**
     * A season told relative to the publication date ("over the winter", "last winter"): a winter runs from December into
     * the next year's February, not the December of its year alone.
     */
    private static DateSpan relativeSeason(String name, int year) {
        if (!name.equalsIgnoreCase("winter")) {
            return season(name, year);
        }
        return DateSpan.between(
                        LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth())
                .approximately();
    }

    private static DateSpan season(String name, int year) {
        int[] months = seasonMonths(name.toLowerCase(Locale.ROOT), new int[] {6, 8});
        return DateSpan.between(
                        LocalDate.of(year, months[0], 1),
                        YearMonth.of(year, months[1]).atEndOfMonth())
                .approximately();
    }

    /** Inside quoted words: an opening mark before it in the paragraph that is not closed. */
    private static boolean quoted(String text, int at) {
        String before = text.substring(0, at);
        int open = before.lastIndexOf('“');
        int close = before.lastIndexOf('”');
        if (open >= 0 || close >= 0) {
            return open > close;
        }
        return before.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    private static final Pattern SPEAKING = Pattern.compile("\\b(?:said|says|told|tells|added|announced|stated"
            + "|explained|conference|briefing|interview|statement|speech)\\b");

    /**
     * The day the story says quoted words were spoken: the nearest date before them outside quotation marks, when its
     * sentence tells of speaking ("In a media conference yesterday, Mr Tikoduadua said …").
     */
    private static DateSpan speechDay(List<Hit> hits, int i, List<String> paragraphs) {
        Hit quotedHit = hits.get(i);
        for (int j = i - 1; j >= 0; j--) {
            Hit other = hits.get(j);
            if (other.paragraph < quotedHit.paragraph - 6) {
                return null;
            }
            String text = paragraphs.get(other.paragraph);
            if (quoted(text, other.start)) {
                continue;
            }
            boolean spoken = SPEAKING.matcher(sentenceAround(text, other.start)).find();
            return spoken && other.span.precision() == DatePrecision.DAY && !other.span.approximate()
                    ? other.span
                    : null;
        }
        return null;
    }

    /**
     * "the following day", "the day before", "hours later", "later that night": a day (or week, month, year) from the
     * date told just before, and approximate, since only that other date fixes it. A day from a date less precise
     * than a day is not one.
     */
    /**
     * A time of day told in the past ("police were summoned at about 1:45 p.m.", "as of 8:20 a.m., they did not have
     * details") is on the story's day: the day the story last named, else the publication date.
     */
    private void resolveClockTime(Hit hit, List<Hit> hits, List<String> paragraphs, LocalDate published) {
        String text = paragraphs.get(hit.paragraph);
        String sentence = sentenceAround(text, hit.start);
        int at = sentence.indexOf(text.substring(hit.start, hit.end));
        boolean toldInThePast =
                at > 0 && PAST.matcher(sentence.substring(0, at)).find();
        boolean evening = NIGHT.matcher(hit.match.group()).find();
        boolean smallHours = SMALL_HOURS.matcher(hit.match.group()).find();
        Hit best = null;
        Hit night = null;
        for (Hit other : hits) {
            boolean earlier = other.isBefore(hit);
            // Told in the past, the hour is not on a day the story looks ahead to ("is due back in court on June
            // 18" before "Police responded at about 8:42 p.m.").
            boolean ahead = other.ahead
                    || (published != null
                            && other.span != null
                            && other.span.start().isAfter(published));
            if (earlier
                    && other.span != null
                    && other.span.precision() == DatePrecision.DAY
                    && !(ahead && toldInThePast)) {
                best = other;
                if (nightBefore(other, paragraphs)) {
                    night = other;
                }
            }
        }
        // "a confrontation … turned fatal Tuesday night" … "pleaded not guilty Wednesday" … "Police responded at about
        // 8:42 p.m.": an hour of the evening or of the small hours belongs to the night the story told.
        boolean ofTheNight = hit.rule.equals("clockTime") && night != null && (evening || smallHours);
        if (ofTheNight) {
            best = night;
        }
        LocalDate day = best != null ? best.span.start() : published;
        if (day == null) {
            return;
        }
        if (best != null
                && hit.rule.equals("clockTime")
                && evening
                && night == null
                && earlyMorning(best, paragraphs)) {
            // "incidents that spanned into the early Sunday morning hours" … "called out at 10:15 p.m.": the evening
            // before those small hours.
            day = day.minusDays(1);
        }
        if (ofTheNight && smallHours) {
            // "Wednesday night" … "About 11:20 p.m." … "The scene was cleared about 2:30 a.m.": the small hours after
            // a night are the next day's.
            day = day.plusDays(1);
        }
        DateSpan span = DateSpan.day(day);
        hit.span =
                (hit.rule.equals("clockTime") && (hit.match.group("about") != null || hit.match.group("vague") != null))
                                || BY_HOUR.matcher(hit.match.group()).lookingAt()
                        ? span.approximately()
                        : span;
    }

    /** A company's outlook: "expects profits to recover in H2", "forecasts growth". */
    private static final Pattern OUTLOOK = Pattern.compile("\\b(?:expects?|forecasts?|targets?|sees|guides?)\\b");

    /** "by mid-morning", "by noon": a deadline within the day. */
    private static final Pattern BY_HOUR = Pattern.compile("[Bb]y\\s+\\S");

    private static final Pattern TIMETABLE = Pattern.compile(
            "\\b(?:is|are)\\s+open\\b|\\b(?:opens|closes|runs)\\s+(?:from|at|until|till)\\b|\\b(?:weekdays|daily|every\\s+day)\\b");
    private static final Pattern BARE_OFFSET = Pattern.compile("(?i)\\b(?:later|earlier)$");
    private static final Set<String> CALENDAR_DAY = Set.of("md", "dm", "mdy", "dmy");
    private static final Set<String> RELATIVE = Set.of("offset", "sequel", "agoRelative");

    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern BRACKET_CLOSE =
            Pattern.compile("\\s*\\)(?:\\s+(?:morning|afternoon|evening|night)\\b)?");

    /** An hour between midnight and six in the morning: "about 2:30 a.m.", "12:15 a.m.". */
    private static final Pattern SMALL_HOURS =
            Pattern.compile("\\b(?:[1-5](?:[:.][0-5]\\d)?|12[:.][0-5]\\d)\\s*a\\.?m\\b");

    /** A night: "Wednesday night", "Tuesday evening", "tonight", an hour of the evening. */
    private static final Pattern NIGHT =
            Pattern.compile("(?i)\\b(?:night|evening|tonight)\\b|\\b(?:[6-9]|1[01])(?:[:.][0-5]\\d)?\\s*p\\.?m\\b");

    private static final Pattern EARLY_MORNING =
            Pattern.compile("(?i)\\bearly\\b.*\\bmorning\\b|\\b(?:small|wee)\\s+hours\\b");

    /** The day told is its small hours: "early Sunday morning". */
    private static boolean earlyMorning(Hit day, List<String> paragraphs) {
        String text = paragraphs.get(day.paragraph);
        return EARLY_MORNING
                .matcher(text.substring(day.start, Math.min(text.length(), day.end)))
                .find();
    }

    /** The day told is a night: its phrase names the night or the evening, or an hour of it. */
    private static boolean nightBefore(Hit day, List<String> paragraphs) {
        String text = paragraphs.get(day.paragraph);
        return NIGHT.matcher(text.substring(day.start, Math.min(text.length(), day.end)))
                .find();
    }

    /** "the same year", "later that year": the year of the last date told before it that lies within one year. */
    /** The quarter before the last quarter the story told before it; none when it told none. */
    private static void resolvePreviousQuarter(Hit hit, List<Hit> hits) {
        Hit before = null;
        for (Hit other : hits) {
            if (other.isBefore(hit)
                    && other.span != null
                    && (other.rule.equals("quarter")
                            || other.rule.equals("quarterOfYear")
                            // not the one a year before, told to compare: "… in the September quarter a year ago"
                            || (other.rule.equals("monthQuarter") && other.match.group("ago") == null))) {
                before = other;
            }
        }
        if (before != null) {
            LocalDate start = before.span.start().minusMonths(hit.match.group("previous") != null ? 3 : 0);
            hit.span =
                    DateSpan.between(start, YearMonth.from(start.plusMonths(2)).atEndOfMonth());
        }
    }

    private static void resolveSameYear(Hit hit, List<Hit> hits) {
        Hit before = null;
        for (Hit other : hits) {
            boolean earlier = other.isBefore(hit);
            if (earlier
                    && other.span != null
                    && other.span.start().getYear() == other.span.end().getYear()) {
                before = other;
            }
        }
        if (before == null) {
            return;
        }
        DateSpan year = DateSpan.year(Year.of(before.span.start().getYear()));
        hit.span = hit.match.group("later") != null ? year.approximately() : year;
    }

    private void resolveSequel(Hit hit, List<Hit> hits, List<String> paragraphs, LocalDate published) {
        Matcher m = hit.match;
        long amount = 1;
        ChronoUnit unit = ChronoUnit.DAYS;
        RelativeDate.Direction dir = RelativeDate.Direction.AFTER;
        if (hit.rule.equals("sameDay")) {
            amount = 0;
        } else {
            String d = m.group("dir") != null
                    ? m.group("dir")
                    : m.group("dir2") != null ? m.group("dir2") : m.group("dir3");
            String u = m.group("unit") != null
                    ? m.group("unit")
                    : m.group("unit2") != null ? m.group("unit2") : m.group("unit3");
            if (d.equals("previous") || d.equals("preceding") || d.equals("before")) {
                dir = RelativeDate.Direction.BEFORE;
            }
            unit = switch (u) {
                case "week" -> ChronoUnit.WEEKS;
                case "month" -> ChronoUnit.MONTHS;
                case "year" -> ChronoUnit.YEARS;
                default -> ChronoUnit.DAYS;
            };
        }
        Hit best = null;
        for (Hit other : hits) {
            boolean earlier = other.isBefore(hit);
            if (!earlier || other.span == null) {
                continue;
            }
            String lead = paragraphs.get(other.paragraph).substring(Math.max(0, other.start - 60), other.start);
            if (!BASELINE.matcher(lead).find()) {
                best = other;
            }
        }
        // "within the last hour the district was notified …, officials said on Thursday": the day of the telling,
        // whatever was dated before it; "in early trading" with no day told before it: the story's own day too.
        boolean lastHour = LAST_HOUR.matcher(hit.match.group()).find();
        boolean trading = TRADING.matcher(hit.match.group()).find();
        if (published != null
                && (lastHour || (trading && (best == null || best.span.precision() != DatePrecision.DAY)))) {
            hit.span = DateSpan.day(published).approximately();
            return;
        }
        if (best == null || unit == ChronoUnit.DAYS && best.span.precision() != DatePrecision.DAY) {
            return;
        }
        if (best.span.precision() != DatePrecision.DAY) {
            hit.span = moved(best.span, amount, unit, dir);
            return;
        }
        hit.span = RelativeDate.offset(best.span.start(), amount, unit, dir);
    }

    private static final Pattern LAST_HOUR = Pattern.compile("\\bthe\\s+(?:last|past)\\s+(?:hour|few\\s+hours)\\b");
    private static final Pattern TRADING = Pattern.compile("\\btrading\\b");

    private static char after(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() ? text.charAt(i) : '.';
    }

    private static int[] seasonMonths(String season, int[] otherwise) {
        return switch (season) {
            case "spring" -> new int[] {3, 5};
            case "summer" -> new int[] {6, 8};
            case "autumn", "fall" -> new int[] {9, 11};
            case "winter" -> new int[] {12, 12};
            default -> otherwise;
        };
    }

    private DateSpan dayRange(Integer year, int month, int d1, int d2, LocalDate published, List<String> warnings) {
        if (d2 <= d1) {
            return null;
        }
        YearMonth ym = year != null ? YearMonth.of(year, month) : monthNear(month, published, warnings);
        if (ym == null) {
            return null;
        }
        return DateSpan.between(ym.atDay(d1), ym.atDay(d2));
    }

    /** The month named without a year: the one nearest the publication date, the past preferred. */
    private static YearMonth monthNear(int month, LocalDate published, List<String> warnings) {
        if (published == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(published.getYear(), month);
        YearMonth pub = YearMonth.from(published);
        if (ym.isAfter(pub.plusMonths(3))) {
            ym = ym.minusYears(1);
        } else if (ym.isBefore(pub.minusMonths(8))) {
            ym = ym.plusYears(1);
        }
        return ym;
    }

    /** The day of the month given, or the month's last day when the day is past it ("March" read as March 31). */
    private static LocalDate lastValid(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return day > ym.lengthOfMonth() && day == 31 ? ym.atEndOfMonth() : validDate(year, month, day);
    }

    /** The date, or null when the month has no such day ("February 30"). */
    private static LocalDate validDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LocalDate dayNear(int month, int day, LocalDate published) {
        LocalDate date = LocalDate.of(published.getYear(), month, day);
        if (date.isAfter(published.plusMonths(3))) {
            date = date.minusYears(1);
        } else if (date.isBefore(published.minusMonths(8))) {
            date = date.plusYears(1);
        }
        return date;
    }

    private void resolveOffset(Hit hit, List<Hit> hits, List<String> paragraphs, List<String> warnings) {
        Matcher m = hit.match;
        long amount = amount(m.group(1));
        ChronoUnit unit = unit(m.group(2));
        String direction = m.group(3);
        RelativeDate.Direction dir = direction.equals("before")
                        || direction.equals("earlier")
                        || direction.equals("previously")
                        || direction.equals("prior")
                ? RelativeDate.Direction.BEFORE
                : RelativeDate.Direction.AFTER;
        String clause = hit.anchorClause == null ? "" : hit.anchorClause;
        // The phrase stops at the clause's first comma.
        int comma = clause.indexOf(',');
        if (comma >= 0) {
            clause = clause.substring(0, comma);
            hit.end = m.start(4) + comma;
        }
        while (hit.end > hit.start
                && Character.isWhitespace(paragraphs.get(hit.paragraph).charAt(hit.end - 1))) {
            hit.end--;
        }
        Set<String> words = contentWords(clause);
        Hit best = null;
        int bestScore = 0;
        for (Hit other : hits) {
            if (other == hit
                    || other.span == null
                    || other.span.approximate()
                    || other.span.precision() == DatePrecision.YEAR && clause.isBlank()) {
                continue;
            }
            String sentence = sentenceAround(paragraphs.get(other.paragraph), other.start);
            int score = 0;
            for (String w : contentWords(sentence)) {
                if (words.contains(w)) {
                    score++;
                }
            }
            if (score > bestScore || (score == bestScore && score > 0 && precise(other) > precise(best))) {
                best = other;
                bestScore = score;
            }
        }
        if (best == null) {
            // "Two days later": the last date before it.
            // (not the baseline of a comparison: "30,704 at the end of June – up from 30,317 at the end of May. This
            // was also 23% more than a year previously").
            for (Hit other : hits) {
                boolean earlier = other.isBefore(hit);
                String lead = paragraphs.get(other.paragraph).substring(Math.max(0, other.start - 60), other.start);
                if (earlier
                        && other.span != null
                        && other != hit
                        && !BASELINE.matcher(lead).find()) {
                    best = other;
                }
            }
            if (best == null) {
                warnings.add(
                        "no date to hang “" + paragraphs.get(hit.paragraph).substring(hit.start, hit.end) + "” on");
                return;
            }
            warnings.add("“" + paragraphs.get(hit.paragraph).substring(hit.start, hit.end)
                    + "” is dated from the date before it");
        }
        if (best.span.precision() != DatePrecision.DAY && (unit == ChronoUnit.YEARS || unit == ChronoUnit.MONTHS)) {
            // A whole month, a year or a window moved by years or months keeps its shape: "a year previously" after
            // "at the end of June" is the end of June a year before.
            hit.span = moved(best.span, amount, unit, dir);
            return;
        }
        if (best.paragraph == hit.paragraph
                && best.end <= hit.start
                && paragraphs
                        .get(hit.paragraph)
                        .substring(best.end, hit.start)
                        .matches("\\s*,\\s*(?:just\\s+|only\\s+)?")) {
            // "found dead on January 20, a day after he arrived in Dubai": set off after its date, the offset tells
            // when its own clause happened from that date, the other way (he arrived on January 19).
            dir = dir == RelativeDate.Direction.AFTER ? RelativeDate.Direction.BEFORE : RelativeDate.Direction.AFTER;
        }
        LocalDate anchor = best.span.precision() == DatePrecision.DAY ? best.span.start() : mid(best.span);
        hit.span = RelativeDate.offset(anchor, amount, unit, dir);
    }

    private static final Pattern YEAR_DIGITS = Pattern.compile("\\b(?:1[6-9]|20)\\d\\d\\b");

    private static final Pattern BASELINE = Pattern.compile(
            "(?:\\b(?:up|down|rising|falling|rose|fell|increased?|decreased?)\\s+from|compared\\s+(?:with|to))\\b(?:[^,.;]|(?<=\\d)[,.](?=\\d))*$");

    /** The two sentences name someone or something in common (a capitalised word not opening the sentence). */
    private static boolean shareAName(String a, int atA, String b, int atB) {
        Set<String> first = names(sentenceAround(a, atA));
        first.retainAll(names(sentenceAround(b, atB)));
        return !first.isEmpty();
    }

    private static Set<String> names(String sentence) {
        Set<String> names = new HashSet<>();
        String[] words = sentence.split("[^\\p{L}\\p{N}’'\\-]+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !MONTH_WORDS.contains(w)) {
                names.add(w);
            }
        }
        return names;
    }

    private static final Set<String> MONTH_WORDS = Set.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Sept",
            "Oct",
            "Nov",
            "Dec",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "On",
            "In",
            "The");

    private static LocalDate mid(DateSpan span) {
        return span.start().plusDays(ChronoUnit.DAYS.between(span.start(), span.end()) / 2);
    }

    private static int precise(Hit h) {
        if (h == null) {
            return -1;
        }
        return switch (h.span.precision()) {
            // "two days after the fatal shooting": the day the story gave with its year ("the March 26, 2021
            // slaying") before a weekday of the news.
            case DAY -> h.rule.equals("mdy") || h.rule.equals("dmy") ? 4 : 3;
            case SPAN -> 2;
            case MONTH -> 1;
            case YEAR -> 0;
        };
    }

    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "his", "her", "their", "its",
            "was", "were", "had", "has", "have", "been", "that", "this", "from", "by", "as", "it", "he", "she", "they",
            "made", "after", "before", "when", "which", "who");

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.length() >= 2 && !STOP.contains(lower)) {
                words.add(lower);
            }
        }
        return words;
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…]['’\"”]?\\s+(?=[\\p{Lu}“\"‘])");

    /**
     * How far from a position its sentence is looked for, each way. No news sentence is this long; a paragraph with
     * no full stop in 100 KB (a page of only quotations) would otherwise be read whole for every quotation in it.
     */
    private static final int SENTENCE_REACH = 2_000;

    static String sentenceAround(String text, int at) {
        int start = Math.max(0, at - SENTENCE_REACH);
        int end = Math.min(text.length(), at + SENTENCE_REACH);
        Matcher m = SENTENCE_BREAK.matcher(text).region(start, end).useTransparentBounds(true);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else {
                end = m.start() + 1;
                break;
            }
        }
        return text.substring(start, Math.min(end, text.length()));
    }

    /** Whose birth an age dates: "Birth of the 50-year-old suspect", "Birth of Kathleen Kane, 50". */
    private static String birthTitle(String text, int start, int end) {
        Matcher after = WHO_AFTER_AGE.matcher(text).region(end, Math.min(text.length(), end + 60));
        if (after.lookingAt() && text.startsWith("old", end - 3)) {
            return "Birth of the " + text.substring(start, after.end()).strip();
        }
        Matcher before = WHO_BEFORE_AGE.matcher(text).region(Math.max(0, start - 60), start);
        if (before.find()) {
            return "Birth of " + before.group(1) + ", " + text.substring(start, end);
        }
        Matcher named = NAME_BEFORE_TURNED.matcher(text).region(Math.max(0, start - 60), start);
        if (named.find()) {
            return "Birth of " + named.group(1) + " (" + text.substring(start, end) + ")";
        }
        return "Birth of one aged "
                + text.substring(start, end).replaceAll("\\D+", " ").strip();
    }

    private static final Pattern WHO_AFTER_AGE = Pattern.compile("(?:\\s+\\p{L}+){0,2}?\\s+(?:man|woman|boy|girl|son"
            + "|daughter|mother|father|suspect|victim|driver|resident|student|teenager|player|worker|officer|child|patient"
            + "|accused|defendant|pedestrian|cyclist|motorist|passenger|wife|husband)\\b");
    private static final Pattern NAME_BEFORE_TURNED = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}’'\\-]*\\s+){0,2}\\p{Lu}[\\p{L}’'\\-]*),?\\s+(?:who\\s+)?(?:has\\s+|just\\s+)?turn(?:ed|s)\\s+$");
    private static final Pattern WHO_BEFORE_AGE =
            Pattern.compile("((?:\\p{Lu}[\\p{L}’'\\-]*\\s+){0,2}\\p{Lu}[\\p{L}’'\\-]*),\\s+$");

    /** A short title: the sentence the phrase dates, without the phrase. */
    private static String title(String text, int start, int end) {
        String sentence = sentenceAround(text, start);
        int s = text.indexOf(sentence);
        String title = sentence;
        if (s >= 0 && start >= s && end <= s + sentence.length()) {
            title = sentence.substring(0, start - s) + sentence.substring(end - s);
        }
        title = title.replaceAll("[“”\"]", "")
                .replaceAll("\\s+,", ",")
                .replaceAll("\\s{2,}", " ")
                .replaceAll("^[\\s,;:—–-]+|[\\s,;:—–-]+$", "")
                .strip();
        if (title.length() > 120) {
            int cut = title.lastIndexOf(' ', 117);
            title = title.substring(0, cut > 40 ? cut : 117) + "…";
        }
        if (title.isEmpty()) {
            return text.substring(start, end);
        }
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /**
     * "has been", "’ve been" in the clause before "for 15 years": what lasts until the story, not a term ahead ("has
     * been jailed for two years") nor one that ended before it ("had been").
     */
    private static final Pattern LASTING_UNTIL_NOW = Pattern.compile(
            "(?<!\\b(?:would|could|might|will|should|must|may)\\s)(?:\\b(?:has|have)|['’](?:ve|s))\\s+been\\s+"
                    // doing something, or in a state: "been coaching", "been on hunger strike", "been vacant" (not a
                    // term ahead: "has been jailed for two years", "has been ruled out for six weeks")
                    + "(?:\\p{Ll}{2,}ing|on|in|at|with|without|under|out\\s+of|off|part\\s+of|a|an|the|his|her|their|its"
                    + "|our|my|there|here|vacant|empty|missing|married|homeless|unemployed|sober|open|involved|active"
                    + "|based|stuck|unable|able)\\b[^.;:!?“”\"]{0,90}$");

    private static long amount(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "fifteen" -> 15;
            case "twenty" -> 20;
            case "thirty" -> 30;
            default -> Long.parseLong(word);
        };
    }

    private static ChronoUnit unit(String word) {
        return switch (word) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "hour" -> ChronoUnit.HOURS;
            default -> ChronoUnit.YEARS;
        };
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static final Pattern STAMP_ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern STAMP_MDY = Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern STAMP_DMY = Pattern.compile(DAY + "\\s+" + MONTH2 + ",?\\s+" + YEAR);
    private static final Pattern STAMP_NUMERIC_DMY =
            Pattern.compile("\\b(\\d{2})[-./](\\d{2})[-./]((?:19|20)\\d\\d)\\b");

    /** The date a page's stamp line gives ("Published Nov. 13, 2017", "date 2024-02-08"), or null. */
    static LocalDate stampDate(String line) {
        if (line.length() > 160 || Furniture.isProse(line) && !line.matches("(?i)^(?:published|updated|posted).*")) {
            return null;
        }
        try {
            Matcher m = STAMP_ISO.matcher(line);
            if (m.find()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = STAMP_MDY.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = STAMP_DMY.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            // 21-02-2020 or 05.11.2015: day first, as most of the world writes it.
            m = STAMP_NUMERIC_DMY.matcher(line);
            if (m.find()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException | IllegalArgumentException impossible) {
            return null;
        }
        return null;
    }
}
