package com.newsdesk.domain.reading;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: the lines of a page a reader does not read as the story. Each rule is a convention pages share, not
 * a fit to one site:
 *
 * <ol>
 *   <li><b>Calls to act</b>: sign-ups, log-in boxes, share bars, app downloads, "Read more", "Watch", "Listen",
 *       "Advertisement" (a line that opens with such a word, or is one).
 *   <li><b>Widgets speaking to the reader</b>: a short line, not quoted speech, that says "you"/"your" together with
 *       an account, email, newsletter or notification word.
 *   <li><b>Captions and credits</b>: lines naming a photo or image credit ("AP Photo", "Getty Images", "Photo:",
 *       "( Video: IDF Spokesperson's Unit )" closing a line); a caption in the present tense that ends with the full
 *       date ("… tells journalists at the crime scene … on May 8, 2023.").
 *   <li><b>Slogans and players</b>: a masthead's line that speaks to the reader with a participle ("Connecting You to
 *       a World of Ideas"); a broadcaster's player strip ("Play Live Radio", "Next Up:", "Available On Air Stations").
 *   <li><b>Timestamps and metadata</b>: lines that are only a date, a time or a video length, or a scraper's
 *       {@code date 2024-02-08}, "Published"/"Updated" stamps, copyright notices.
 *   <li><b>Strips</b>: a short line that is not a sentence and holds an e-mail address or a telephone number, ends
 *       with two calls to act ("… Donate Subscribe") or a page number ("Home Blog Page 3245"), or runs three menu entries
 *       together ("FinancialGovernment SolutionsLegal…").
 *   <li><b>Not prose</b>: a line that does not end as a sentence ends, or is too short to be one, is never a body
 *       paragraph (it may still be the headline or a byline, which the reader decides).
 * </ol>
 */
final class Furniture {

    private Furniture() {}

    private static final Pattern CALL_TO_ACT = Pattern.compile(
            "^(?:sign (?:up|in)|sign-up|log ?in|log out|subscribe|register|download|install|get the app|share"
                    + "|share this|tweet|email this|bookmark|follow (?:us|@)|like us|click|tap|watch|listen"
                    + "|read more|read next|read also|also read|more on|more from|more:|related|recommended"
                    + "|see also|advertisement|advertising|sponsored|promoted|skip to|jump to|back to top"
                    + "|previous article|next article|comments|leave a comment|show comments|view comments"
                    + "|link copied|there are no comments|no comments yet|be the first to comment"
                    + "|cookie settings|we use cookies|newsletter|breaking news emails|trending|most read|most popular"
                    + "|top stories|editor'?s picks|photos?:|image:|video:|credit:|source:|copyright|©|all rights"
                    + "|published|updated|posted|last updated|first published|by signing up|play video|replay"
                    + "|open in app|continue reading|keep reading|story continues|article continues|news continues"
                    + "|content continues|report continues|follow the|tags(?=:)|topics(?=:)|filed under"
                    + "|you might also like|you may also like|recommended for you|don't miss|must read)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SIGN_UP_CALL =
            Pattern.compile("(?i)(?:register|subscribe|sign (?:up|in)|sign-up|log ?in|download|install)\\b");

    private static final Pattern SPEAKS_TO_READER =
            Pattern.compile("\\b(?:you|your|you're|you'll|you’re|you’ll)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern WIDGET_WORD = Pattern.compile(
            "\\b(?:e-?mail|newsletters?|inbox|sign|subscri\\w*|log|account|password|details|notifications?|alerts?"
                    + "|app|download|cookies?|browser|javascript|ad ?blocker|privacy|terms|credentials|chat|get back to"
                    + "|delivered|register\\w*|premium|trial|paywall|unlimited access)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SERVICE_BLURB = Pattern.compile(
            "\\b(?:news alerts|breaking news alerts|delivered (?:to your inbox|weekday|daily|every)|sign up for"
                    + "|our newsletter|in your inbox|special reports\\. the news|stories that matter"
                    // "We need your support so Novinite.com can keep delivering news …", opening its line
                    + "|^we need your support|^support (?:our|independent) journalism|keep delivering news"
                    // "This content is being provided for free as a public service … Please support local journalism
                    // by subscribing to CJOnline …"
                    // (not "Please support local journalism by subscribing to the Gazette, she wrote in her column.")
                    + "|^please support (?:local|our|independent|quality) journalism[^,“”\"]*$"
                    // "Stay informed with the LNN Daily Newsletter", "Add Tribune As Your Trusted Source"
                    + "|^stay informed with (?:the|our) [\\p{L}' ]{0,40}(?:newsletter|alerts|app)$"
                    + "|^add [\\p{L} ]{2,40} as (?:your|a) (?:trusted|preferred) source$"
                    + "|provided for free as a public service"
                    // "Readers like you keep news free for everyone.", "… pitched in to keep free access to The
                    // Journal."
                    + "|^readers like you|keep (?:news|access) free|pitched in to keep|keep paywalls away"
                    // "This copy is for your personal non-commercial use only.", "➤ Click here to follow our WhatsApp
                    // …"
                    + "|for your personal non-commercial use only|presentation-ready copies|click here to follow"
                    + "|follow our whatsapp channel"
                    // "This report by The Canadian Press was first published …", cut or whole
                    + "|^this (?:report|story|article) by (?:the )?\\p{Lu}[\\p{L} ]{1,40}? was\\b)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CREDIT = Pattern.compile(
            // (One word boundary before all the words: a boundary for each of them made this pattern the slowest of
            // the furniture's on long lines.)
            "(?:\\b(?:AP Photo\\b|Getty Images\\b|via Getty\\b|AFP\\b.*\\bGetty\\b|Reuters/|Photo(?:graph)?:"
                    + "|Photo by\\b|Photo taken by\\b|Picture by\\b|(?-i:Picture:\\s*\\p{Lu}[\\p{L}.&' ]{1,30}$)"
                    + "|Pictures? credit\\b|Pic:|Photo credit\\b|Image:|Image credit\\b|Credit:|PA Media\\b"
                    + "|Shutterstock\\b|File photo\\b|EPA-EFE\\b|IMAGE SOURCE\\b)|^Disclaimer:|\\(Photo\\b"
                    // a credit in brackets after a caption: "… in Gaza City ( Video: IDF Spokesperson's Unit )"
                    + "|\\(\\s*(?:Video|Photo|Image|Picture|Footage)s?\\s*:[^()]{2,80}\\)\\s*$"
                    // a source in capitals after a slash closing a caption: "… heavy rains started. /KENYA RED CROSS."
                    + "|(?-i:[.!?]\\s*/\\s?\\p{Lu}[\\p{Lu} .&'’\\-]{1,40}\\.?\\s*$)"
                    // an agency in capitals and its photographer closing a caption: "… on Tuesday, February 4, 2020.
                    // THE CANADIAN PRESS/Nathan Denette"
                    + "|(?-i:[.!?]\\s+\\p{Lu}[\\p{Lu} .&'’\\-]{1,40}/\\p{Lu}[\\p{L}.'’\\-]*(?:\\s\\p{Lu}[\\p{L}.'’\\-]*){0,3}\\s*$)"
                    // an agency in brackets closing a dated caption: "… in Beirut, Lebanon August 8, 2020. (Reuters)"
                    + "|(?-i:\\d{4}\\.\\s*\\((?:Reuters|AP|AFP|AAP|EPA|Getty Images|Xinhua|Bloomberg)\\)\\s*$)"
                    // a source and its outlet alone on a line: "Police media/One PNG News"
                    + "|(?-i:^\\p{Lu}[\\p{L} ]{1,30}/[\\p{L} ]{1,30}\\b(?:News|TV|Press|Images|Media|Photo)\\s*$)"
                    // a video player's close button before its caption: "CLOSE Gov. Lou Leon Guerrero extended …"
                    + "|(?-i:^CLOSE\\s+\\p{Lu}.*\\b(?:News|Times|Post|Journal|Herald|Press|Daily|Network|TV)$)"
                    // a byline without a name: "By A Correspondent-", "By Our Staff Reporter"
                    + "|^[Bb]y\\s+(?:[Aa]|[Oo]ur)\\s+(?:[Cc]orrespondent|[Ss]taff\\s+[Rr]eporter|[Rr]eporter)\\s*[-–—]?\\s*$)",
            Pattern.CASE_INSENSITIVE);

    /** A caption ending with its photographer and outlet: "… code of conduct. (Shane Magee/CBC)". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\((?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,4}/(?:\\p{Lu}[\\p{L}.&'’-]*\\s?){1,4}\\)$"
                    // "… in Chico on Thursday. (Brody Fernandez -- Enterprise-Record)", its bracket left open or not
                    + "|[.!?]\\s+\\((?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,4}\\s*--\\s*(?:\\p{Lu}[\\p{L}.&'’-]*\\s?){1,4}\\)?$");

    private static final Pattern MONTH = Pattern.compile(
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?", Pattern.CASE_INSENSITIVE);

    /** A line that is only a date, a time, a video length or a stamp: "Nov. 24, 201701:26", "4 hours ago". */
    private static final Pattern STAMP = Pattern.compile(
            "^(?:date\\s+)?(?:\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.+\\-Z]*)?"
                    + "|(?:[A-Z][a-z]+day,?\\s+)?" + MONTH.pattern() + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}.*"
                    + "|(?:[A-Z][a-z]+day,?\\s+)?\\d{1,2}\\s+" + MONTH.pattern() + ",?\\s+\\d{4}.*"
                    + "|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?.*"
                    + "|\\d+\\s+(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?)\\s+ago"
                    + "|\\d{1,2}/\\d{1,2}/\\d{2,4}.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern STAMPED_STORY =
            Pattern.compile("^\\d{1,2}\\s+(?:mins?|minutes?|hours?|hrs?|days?)\\s+ago\\s+\\p{Lu}.*[^.]$");

    /** The rules of the comments below the story: "Please read our comment policy before commenting." */
    private static final Pattern COMMENT_RULES = Pattern.compile(
            "\\b(?:comment(?:ing)? policy|before commenting|community (?:guidelines|standards)|house rules)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The newsroom asking the reader to write in: "Give us feedback, share a story tip or update, …". */
    private static final Pattern ASKS_THE_READER = Pattern.compile(
            "^(?:give us feedback|send us (?:a|your) (?:tip|story)|contact us|tip us|have a (?:news )?tip)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** A contact strip: an e-mail address or a telephone number on a short line. */
    private static final Pattern CONTACT = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\b\\d{3}[-. ]\\d{3}[-. ]\\d{4}\\b|\\(\\d{3}\\)\\s*\\d{3}-\\d{4}");

    /** A navigation strip that ends with a call to act ("Support independent journalism Donate Subscribe"). */
    private static final String CALL_WORD =
            "(?:Donate|Subscribe|Sign (?:up|in|Up|In)|Log ?(?:in|In)|Register|Menu|Search)";

    private static final Pattern ENDS_WITH_CALL = Pattern.compile("\\b" + CALL_WORD + "\\s+" + CALL_WORD + "$");

    /** A pager or breadcrumb ending with a page number: "Home Blog Page 3245". */
    private static final Pattern PAGER = Pattern.compile("\\bpage\\s+\\d+$", Pattern.CASE_INSENSITIVE);

    /** Menu entries run together by a scraper: "FinancialGovernment SolutionsLegal…" (a lower case letter, then upper). */
    private static final Pattern RUN_TOGETHER = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}");

    /** A sentence end, also before a credit in brackets: "… halted. (Reporting by Sven Nordenstam)". */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？]['’\"”)\\]」』）]*$"
            // … or with the next paragraph's opening mark left behind by the layout: "… capacity. “"
            + "|[.!?…]\\s+[“‘]$|[.!?…]\\s*\\(\\w+\\)$|[.!?…]\\s*\\((?:Reporting|Editing|Writing|Additional reporting)"
            + " by [^()]{2,120}\\)$"
            // … or before the agency's sign-off after a dash: "… he said. — Bernama"
            + "|[.!?…]['’\"”]?\\s+[—–]\\s*\\p{Lu}[\\p{L}&]+(?:\\s+\\p{Lu}[\\p{L}&]+){0,2}$"
            // … or before the reporter's sign-off: "… the robbery. Ella Dionisio/DMS"
            + "|[.!?…]['’\"”]?\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}/\\p{Lu}{2,8}$");

    /**
     * A photo caption in the agencies' style: the present tense ("… spokesperson tells journalists at the crime scene
     * …", "… speaks during a news conference …") and the full date at the end ("… on May 8, 2023."). A story tells its
     * events in the past; only a caption describes its picture in the present and then dates it.
     */
    private static final Pattern CAPTION_VERB = Pattern.compile(
            "\\b(?:speaks|tells|talks|gestures|looks on|looks|poses|walks|arrives|attends|addresses|holds|stands|waves"
                    + "|reacts|listens|sits|watches|prays|mourns|greets|inspects|carries|is seen|are seen)\\b");

    /** What many in a picture do, in the present. */
    private static final Pattern CAPTION_VERB_PLURAL =
            Pattern.compile("\\b(?:officers|players|people|protesters|residents"
                    + "|members|workers|supporters|firefighters|students|fans|children)\\s+(?:enter|leave|gather|stand|walk|arrive"
                    + "|attend|look|wait|march|work|sit|pose|watch|hold|carry|celebrate|react|search|inspect)\\b");

    /** A full date, month first or day first: "May 8, 2023", "8 May 2023". */
    private static final String FULL_DATE =
            "\\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},\\s+\\d{4}"
                    + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{4})";

    private static final Pattern ENDS_WITH_FULL_DATE = Pattern.compile(FULL_DATE + "\\.\\s*$");
    private static final Pattern DATED_THEN_MORE = Pattern.compile(FULL_DATE + "\\.\\s+\\p{Lu}");

    /**
     * A masthead's slogan speaking to the reader: "Connecting You to a World of Ideas", "Keeping You Informed" (a
     * participle and "you"; "Keeping your home warm" is a headline's way of saying it).
     */
    private static final Pattern SLOGAN = Pattern.compile("^\\p{Lu}\\p{Ll}+ing\\s+(?:You|you|YOU)\\b(?!['’])\\s+\\S.*");

    /** A broadcaster's player strip: "Play Live Radio", "Listen Live", "Now Playing", "Available On Air Stations". */
    private static final Pattern PLAYER = Pattern.compile(
            "^(?:play live radio|listen live|watch live|live radio|live tv|live stream|now playing|next up:?"
                    + "|on air(?: now)?)$|\\bon air (?:stations?|now|schedule)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A caption's participle ("… Sakaja speaking during an interview … on April 30, 2024"): taken as a caption only
     * when the line ends on the date with no full stop, as captions do and sentences do not.
     */
    private static final Pattern CAPTION_PARTICIPLE = Pattern.compile(
            "\\b(?:speaking|talking|addressing|gesturing|looking on|posing|walking|arriving|attending|holding"
                    + "|standing|waving|reacting|listening|sitting|watching|greeting|inspecting|carrying)\\b");

    private static final Pattern ENDS_WITH_FULL_DATE_NO_STOP = Pattern.compile(FULL_DATE + "\\s*$");

    /**
     * A post embedded from a social network, as its text comes out of the page: "… pic.twitter.com/0IZsMQSbNv — Met
     * Office (@metoffice) June 13, 2022".
     */
    private static final Pattern EMBEDDED_POST = Pattern.compile(
            "\\bpic\\.twitter\\.com/\\w+" + "|[—–-]\\s+[^()]{1,60}\\s+\\(@\\w{1,30}\\)\\s+" + FULL_DATE + "\\s*$");

    /** "… over a Facebook post by his nephew. (Express Photo)", "(Photo: Reuters)": a caption with its credit. */
    private static final Pattern CREDITED_CAPTION =
            Pattern.compile("[.!?]\\s+\\((?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){0,3}(?:Photo|Photograph|Pic|Picture|Image|File)"
                    + "(?:\\s*[:/]\\s*[^)]{1,40})?\\)$"
                    // "… on March 18, 2023. — Twitter/lahoreqalandars": after a dash, a social network and its account
                    // (not "“…,” the spokesman said. — AFP/Reuters", a story's paragraph and its agencies).
                    + "|^[^“”\"]*[.!?]\\s+[—–]\\s*(?:Twitter|Facebook|Instagram|X)\\s*/\\s*[\\w.@\\-]{2,40}$"
                    // "… at a press conference in Karachi on July 14, 2025. — Reporter": a dated caption, its credit
                    // after a dash.
                    + "|^[^“”\"]*" + FULL_DATE + "\\.\\s+[—–]\\s*\\p{Lu}[\\p{L}.]+(?:/\\p{Lu}[\\p{L}.]+)?$"
                    // "Out of control wildfires are currently burning in … West Kelowna. (Jordy Cunningham)": the
                    // photographer's name in brackets after the sentence.
                    // "Oil leaking from the MV Wakashio. | Picture: GWENDOLINE DEFENTE, EMAE via AP", "… this week, … |
                    // BEEKASH
                    // ROOPUN / L’express Maurice / AP": a credit after a bar.
                    + "|[.!?]\\s+\\|\\s*(?:(?:Picture|Photo|Image|Pic)s?\\s*:\\s*[^|]{2,80}"
                    + "|[^|]{2,60}/\\s*(?:AP|AFP|Reuters|EPA|Getty Images|PA|Bloomberg|Xinhua))$"
                    // "Press Photo Presidential Spokesman Bassam Rady - Press Photo"
                    + "|[-–—]\\s*(?:Press|File)\\s+Photo\\s*$"
                    // "… due to extremely high wind gusts on Sunday. … (Nancy Stone/ Chicago Tribune) | MORE PHOTOS"
                    + "|[.!?]\\s+\\(\\p{Lu}[\\p{L}.'’\\- ]{2,40}/\\s*\\p{Lu}[\\p{L}.'’\\- ]{2,40}\\)\\s*\\|\\s*MORE PHOTOS$"
                    // "… at Ataturk International Airport in Istanbul, Turkey, June 29, 2016 / TRT World and Agencies"
                    + "|^[^“”\"]*" + FULL_DATE + "\\s*/\\s*\\p{Lu}[\\p{L}.'’ ]{1,40}$"
                    // "… to the required standards. – The Malaysian Insight file pic, September 15, 2021.": the paper's
                    // file picture, dated.
                    + "|^[^“”\"]*[.!?]\\s+[—–-]\\s+(?:The\\s+)?(?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){1,4}file\\s+(?:pic|photo|picture|image)"
                    + "(?:,\\s*[^.]{4,30})?\\.?$"
                    // "Mugshot of Manuel Anthony Sierra, who was sentenced … for a s...": a caption the page cut short
                    + "|^(?:Mugshot|Photo|Image|Picture|File photo|A photo|An image)\\s+of\\s+[^“”\"]{10,300}(?:\\.\\.\\.|…)$"
                    // "• Merton Mann is led away after closing arguments … in Concord. GEOFF FORESTER": the
                    // photographer in
                    // capitals after the caption's sentence
                    // (only a dated one: "… the words they chose for her. FOREVER EMMA" is the story's)
                    + "|^[^“”\"]*" + FULL_DATE
                    + "[^“”\"]*[.!?]\\s+\\p{Lu}{2,}[\\p{Lu}'’\\-]*(?:\\s+\\p{Lu}{2,}[\\p{Lu}'’\\-]*){1,2}$"
                    // "Park City Municipal A rendering of redevelopment along Swede Alley.": an image's credit, then
                    // what it
                    // shows
                    // (a credit first: "A rendering of the project released by the city shows …" is the story's)
                    + "|^(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){1,4}(?:A|An)\\s+(?:rendering|artist['’]s\\s+impression|drone\\s+view"
                    + "|aerial\\s+view|map)\\s+of\\b[^“”\"]{3,250}$"
                    // "(Maricopa County Sheriff's Office)": a credit alone on its line
                    + "|^\\((?:\\p{Lu}[\\p{L}'’.\\-]*\\s*){2,6}\\)$"
                    // (a name of two or three words: "… on Friday night. (Maricopa County Sheriff's Office)" closes a
                    // police blotter's item, the story's)
                    + "|^[^“”\"()]*[.!?]\\s+\\(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2}"
                    + "(?:\\s*[/|–—-]\\s*[^()]{2,40})?\\)$");

    /** "Clare Foges 6pm - 9pm": a broadcaster's presenter and the hours of the show. */
    private static final Pattern SHOW_AND_HOURS = Pattern.compile(
            "\\s*\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,3}"
                    + "\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?\\s*[-–—]\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?\\s*");

    /**
     * "Craig Black, interim chief executive officer of the West Suffolk NHS Foundation Trust.": a photograph's caption
     * naming who is in it, a name and a role and no verb.
     */
    private static final Pattern NAME_AND_ROLE_ONLY =
            Pattern.compile("\\s*\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3},"
                    + "\\s+(?:the\\s+)?\\p{Ll}[\\p{Ll}\\s\\-]{2,80}?\\s+(?:of|at|for)\\s+(?:the\\s+)?"
                    // the body's name in capitals to the end (not "… at Kirklees Council says the work cannot wait")
                    + "\\p{Lu}[\\p{L}&'’\\-]*(?:\\s+(?:of|and|for|the|&|\\p{Lu}[\\p{L}&'’\\-]*)){0,8}\\.?\\s*");

    /** "Natasha Lindstrom | Monday, May 1, 2017, 6:18 p.m.": the writer and the time of posting. */
    private static final Pattern WRITER_AND_STAMP =
            Pattern.compile("\\s*\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,3}"
                    + "(?:\\s*\\|\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?" + FULL_DATE
                    + "(?:,?\\s+\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?"
                    // "TAMÁS NAGY-PÁL 2022.03.30 15:31": the writer and the stamp, written the Hungarian way
                    + "|\\s+\\d{4}\\.\\d{2}\\.\\d{2}\\.?\\s+\\d{1,2}:\\d{2})\\s*");

    /**
     * "Ominous storm clouds pass over Tarentum, May 1, 2017.": a caption in the agencies' style, its picture in the
     * present, then the place and the full date after a comma.
     */
    private static final Pattern PLACE_THEN_DATE_AT_THE_END =
            Pattern.compile("(?<!\\p{L})(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)\\p{Lu}[\\p{L}.'’\\-]+,\\s+"
                    + FULL_DATE + "\\.\\s*$");

    /** A verb of being, having or a future: a sentence of the story's ("The road is due to reopen …"), not a caption. */
    private static final Pattern AUXILIARY =
            Pattern.compile("\\b(?:is|are|was|were|will|would|shall|be|been|has|have|had|can|could|may|must)\\b");

    /** "08/08 12:25 Avisos activos hoy y mañana …": an item of a feed, stamped with its day and hour. */
    private static final Pattern FEED_ITEM = Pattern.compile("\\d{1,2}/\\d{1,2}\\s+\\d{1,2}:\\d{2}\\s+\\p{L}");

    /** Whether the line says where someone stands in a photograph: "Kai Anderson (right) keeps an eye on …". */
    static boolean placesInPhoto(String s) {
        return POSITION_IN_PHOTO.matcher(s).find();
    }

    static boolean isCaption(String s) {
        if (words(s) > 60) {
            return false;
        }
        if (CREDITED_CAPTION.matcher(s).find()) {
            return true;
        }
        // "Warriors players with Dallin Watene-Zelezniak (centre).": who stands where in a photograph.
        // (Up to 40 words: "… forward Kai Anderson (right) keeps an eye on … on Saturday, Dec. 13.By Justin Seward".)
        // (Not "Harry Dunn (left), 19, was killed when …": a story's sentence, told in the past.)
        if (POSITION_IN_PHOTO.matcher(s).find()
                && (words(s) <= 20
                        || words(s) <= 40
                                && !startsQuoted(s)
                                && s.indexOf('“') < 0
                                && s.indexOf('"') < 0
                                && !FINITE_VERB_PAST
                                        .matcher(POSITION_IN_PHOTO.matcher(s).replaceAll(""))
                                        .find())) {
            return true;
        }
        if (ENDS_WITH_FULL_DATE.matcher(s).find() && CAPTION_VERB.matcher(s).find()) {
            return true;
        }
        if (words(s) <= 30
                && NAME_AND_ROLE_ONLY.matcher(s).matches()
                && !FINITE_VERB_PAST.matcher(s).find()) {
            return true;
        }
        if (words(s) <= 25
                && PLACE_THEN_DATE_AT_THE_END.matcher(s).find()
                && !AUXILIARY.matcher(s).find()
                && s.indexOf('“') < 0
                && s.indexOf('"') < 0
                && !FINITE_VERB_PAST.matcher(s).find()) {
            return true;
        }
        // "Two Evansville Police Department officers enter the 600 block of Chandler Ave. … on July 18, 2018. Police
        // officers were interviewing …": the picture in the present and dated, then a sentence about it.
        Matcher dated = DATED_THEN_MORE.matcher(s);
        if (dated.find()
                && words(s) <= 80
                && !startsQuoted(s)
                && !FINITE_VERB_PAST.matcher(s.substring(0, dated.start())).find()
                && (CAPTION_VERB.matcher(s.substring(0, dated.start())).find()
                        || CAPTION_VERB_PLURAL
                                .matcher(s.substring(0, dated.start()))
                                .find())) {
            return true;
        }
        // "The Premier is speaking at the new … emergency department", "The mayor is pictured with …": a picture told
        // in
        // the present progressive.
        if (PICTURED.matcher(s).find() && words(s) <= 30 && !SAID.matcher(s).find()) {
            return true;
        }
        // "NT Chief Minister Eva Lawler at a press conference.": a person, where the picture was taken, and no verb.
        if (words(s) <= 14
                && PERSON_AT_EVENT.matcher(s).matches()
                && !FINITE_VERB.matcher(s).find()) {
            return true;
        }
        // "Waterford team news in...": a teaser of another item, cut with an ellipsis.
        if (words(s) <= 8 && CUT_TEASER.matcher(s).matches()) {
            return true;
        }
        // "A fruit vendor's stand in Nairobi.": a short line naming a thing and its place, with no verb.
        if (words(s) <= 10
                && THING_AT_PLACE.matcher(s).matches()
                && !FINITE_VERB.matcher(s).find()) {
            return true;
        }
        // "Detroit Police Chief James White, center, speaks about the shootings Sunday …": where someone stands in the
        // picture, and what the picture shows, in the present.
        if (POSITION_APPOSED.matcher(s).find() && CAPTION_VERB.matcher(s).find() && words(s) <= 40) {
            return true;
        }
        // "In doubt: Broncos ironman Corey Parker is battling a hamstring problem.": a label, then the picture in the
        // present.
        if (LABELLED_CAPTION.matcher(s).matches()) {
            return true;
        }
        // "Black Caps coach Gary Stead … inspect the Basin Reserve wicket as Matt Henry of New Zealand looks on.": a
        // picture described in the present, with someone looking on.
        if (words(s) <= 40
                && Character.isUpperCase(s.charAt(0))
                && !PAST_VERB.matcher(s).find()
                && LOOKS_ON.matcher(s).find()) {
            return true;
        }
        return ENDS_WITH_FULL_DATE_NO_STOP.matcher(s).find()
                && (CAPTION_VERB.matcher(s).find()
                        || CAPTION_PARTICIPLE.matcher(s).find());
    }

    /**
     * A syndication note: "This story originally appeared in Los Angeles Times.", "This article was first published
     * by …", "A version of this story …".
     */
    private static final Pattern SYNDICATION = Pattern.compile(
            "^(?:this (?:story|article|report|piece|post)(?: was)? (?:originally|first) (?:appeared|published|ran)"
                    + "|this (?:story|article|report|piece) (?:was|is|has been) (?:republished|reproduced|reprinted)"
                    + "|originally (?:published|appeared) (?:in|on|by|at)|a version of this (?:story|article))\\b.*",
            Pattern.CASE_INSENSITIVE);

    /**
     * The newsroom's promise of more: "WLTX.com will have more details as they become available.", "This story will be
     * updated.", "Check back for updates.", "This is a developing story."
     */
    private static final Pattern UPDATE_NOTICE = Pattern.compile(
            "^(?:this (?:story|article|report|post) (?:is developing|will be updated|is being updated|may be updated)"
                    + "|(?:\\S+\\s+){1,4}will (?:have|bring you|provide|post) more (?:details|information|updates)"
                    + "(?: on this story)? as (?:they|it|details|information) becomes? available\\W*$"
                    + "|check back (?:later )?for (?:more|updates)|more details (?:to come|will follow|as they become)"
                    + "|this is an? (?:developing|breaking)(?: news)? story)(?:\\b|$)",
            Pattern.CASE_INSENSITIVE);

    /** The names of a site's sections, as its menu runs them together. */
    private static final Set<String> SECTIONS = Set.of(
            "news",
            "sport",
            "sports",
            "business",
            "opinion",
            "views",
            "life",
            "lifestyle",
            "property",
            "motors",
            "tech",
            "technology",
            "farming",
            "entertainment",
            "world",
            "politics",
            "health",
            "travel",
            "culture",
            "weather",
            "video",
            "videos",
            "home",
            "money",
            "science",
            "arts",
            "food",
            "local",
            "national",
            "education",
            "crime",
            "environment",
            "markets",
            "economy",
            "jobs",
            "obituaries",
            "podcasts",
            "photos",
            "books",
            "music",
            "film",
            "tv",
            "style",
            "fashion",
            "comment",
            "analysis",
            "sections",
            "menu",
            "search",
            "more",
            // "About WD News Advertise with us Contact us": the site's own pages.
            "about",
            "advertise",
            "contact",
            "us",
            "with",
            "subscribe",
            "privacy",
            "careers",
            "newsletters");

    /** "News Sport Business Views Life Property Motors Tech Farming": four words or more, nearly all sections. */
    static boolean isMenu(String s) {
        String[] tokens = s.strip().split("\\s+");
        // "Crime. Jobs. Health. Education." is a sentence's rhythm; a menu has no stops.
        if (tokens.length < 4 || s.indexOf('.') >= 0) {
            return false;
        }
        int sections = 0;
        for (String token : tokens) {
            if (SECTIONS.contains(token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
                sections++;
            }
        }
        return sections * 4 >= tokens.length * 3;
    }

    private static final Pattern AGE_STAMP =
            Pattern.compile("[\\[(]\\s*\\d{1,3}\\s*(?:s|m|h|d|mins?|minutes?|hrs?|hours?|days?)\\s+ago\\s*[\\])]\\s*$");
    private static final Pattern TICKER =
            Pattern.compile("\\S\\s+[•·|]\\s+\\S.*\\S\\s+[•·|]\\s+\\S.*\\S\\s+[•·|]\\s+\\S");
    private static final Pattern BREADCRUMB = Pattern.compile(
            "(?i)you are here\\s*:"
                    // "/ Front page / News", "Home › World › Asia": short names parted by slashes or arrows
                    + "|(?:[/›»]\\s*)?(?:[\\p{L}&'’]+(?: [\\p{L}&'’]+){0,2}\\s+[/›»]\\s+){1,5}[\\p{L}&'’]+(?: [\\p{L}&'’]+){0,2}$");

    /** A bullet or a list number before a line ("• Sep. 9, 2015", "1. Skip to content"). */
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪►]\\s*|\\d{1,2}\\.\\s+(?=\\p{Lu}))");

    private static final Pattern POSITION_IN_PHOTO = Pattern.compile("\\((?i:centre|center|left|right|front"
            + "|rear|second (?:left|right|from (?:left|right))|far (?:left|right)|l-r|from left|top|bottom|inset)\\)");

    private static final Pattern PERSON_AT_EVENT = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*)+\\s+(?:at|during|after|before)\\s+(?:a|an|the)\\s+[\\p{L}'’ \\-]+\\.");
    private static final Pattern CUT_TEASER = Pattern.compile(
            "\\p{Lu}[^\"“‘]*\\s(?:in|on|at|for|of|to|the|a|an|and|with|from|by|as|after|before|over)(?:\\.\\.\\.|…)");
    /** A verb in the past, which a caption describing its picture does not use. */
    private static final Pattern FINITE_VERB_PAST =
            Pattern.compile("\\b(?:was|were|had|\\p{Ll}{3,}ed|went|came|took|began"
                    + "|set|made|held|won|lost|fell|broke|struck|saw|gave|found|left|told|sent|rose|led)\\b");

    private static final Pattern PICTURED = Pattern.compile("^(?:The\\s+)?\\p{Lu}[\\p{L}'’\\- ]{1,40}\\s(?:is|are)\\s+"
            // "is speaking at" only when no day is told: "The Duke is speaking at the awards on Tuesday evening" is
            // news.
            + "(?:pictured|photographed|seen here|speaking at(?!.*\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|today|tonight|tomorrow|yesterday|morning|evening)\\b))\\b");
    private static final Pattern SAID = Pattern.compile("\\b(?:said|says|told|will|would|tomorrow|next)\\b");
    private static final Pattern THING_AT_PLACE = Pattern.compile(
            "(?:A|An|The)(?:\\s+\\p{Ll}[\\p{L}'’\\-]*){1,4}\\s+(?:in|at|near)"
                    + "(?:\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}[\\p{L}'’\\-]*)+\\.");
    private static final Pattern FINITE_VERB = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says|\\p{Ll}+ed|went|shot|hit|came"
                    + "|took|fell|ran|made|gave|found|left|lost|won|held|saw|broke|began|struck|caught|brought|fled|fought"
                    + "|met|paid|rose|sent|stood|threw|drove|flew|grew|knew|spoke|stole|became|bought|built|sold|told|kept"
                    + "|blew|burst|sank|set|put|cut|hurt|quit|led|killed|one|two|three|four|five|six|seven|eight|nine|ten"
                    + "|people|\\d+)\\b");

    private static final Pattern POSITION_APPOSED =
            Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+,\\s+(?:centre|center|left|right|front|rear"
                    + "|second (?:left|right|from (?:left|right))|far (?:left|right)|from left),\\s");

    /** A weather or local-news widget asking where the reader is: "AZ City or ZIP", "Enter your postcode". */
    private static final Pattern WHERE_WIDGET =
            Pattern.compile("\\b(?:ZIP|[Zz]ip [Cc]ode|[Pp]ostcode|[Pp]ostal [Cc]ode)\\b");

    /**
     * What the site says about itself, not the story: "JavaScript is disabled in your web browser", "this feature is
     * currently unavailable", a comment box's "Welcome to the discussion." and "Keep it Clean.", "Newspapers from United
     * Kingdom".
     */
    private static final Pattern PAGE_NOTICE = Pattern.compile(
            "\\b(?:javascript is (?:disabled|turned off)|enable javascript|(?:this|the) feature is (?:currently )?"
                    + "unavailable|^welcome to the discussion|^keep it clean|please avoid obscene"
                    + "|^newspapers from|(?:browser|device) does not support (?:the )?(?:video|audio)"
                    // a comment form: "Please enter your comment!", "Please enter your name here"
                    + "|please enter your (?:comment|name|e-?mail)"
                    // "This is an archived article and the information in the article may be outdated."
                    + "|^this is an archived (?:article|story|page))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Another story's teaser cut short: "LOWER TOWNSHIP — Law enforcement officials … traffic advisories ahead o…". */
    private static final Pattern TEASER =
            Pattern.compile("^\\p{Lu}[\\p{Lu}\\s.,'’\\-]{1,40}\\s+[—–]\\s+\\p{Lu}.*\\p{L}…$");

    private static final Pattern LABELLED_CAPTION = Pattern.compile(
            // the picture's people named in capitals right after the label: "Broncos ironman Corey Parker"
            "^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}:\\s+\\p{Lu}\\p{L}+\\s+(?:\\p{Ll}+\\s+)?\\p{Lu}[^.:]{3,150}\\s(?:is|are)\\s+"
                    + "\\p{Ll}+ing\\b[^.:]*\\.$");

    // Word by word (no run of spaces can be shared between two parts of the pattern).
    private static final Pattern LOOKS_ON =
            Pattern.compile("\\s(?:as|while)(?:\\s+[^\\s.,;“”\"]+){1,14}\\s+(?:look|looks) on\\.?$");

    private static final Pattern PAST_VERB = Pattern.compile("\\b\\p{Ll}{3,}ed\\b");

    // (no sentence inside: "[The victim has been named as John Smith.]", "[Updated 11.30pm: …]" are the story's)
    private static final Pattern BRACKETED_LINE = Pattern.compile("\\[[^\\[\\].!?:]{2,120}\\]");
    private static final Pattern SITE_CLOCK =
            Pattern.compile("(?:\\p{Lu}\\p{L}+\\s+){1,2}Time:\\s*\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\b");
    private static final Pattern LISTEN_CALL = Pattern.compile(
            "(?:Hear|Listen|Tune in)\\b.{0,120}?\\b(?:DAB|smart ?speakers?|on the app)\\b", Pattern.CASE_INSENSITIVE);

    /** A sidebar item opening with its machine time stamp: "2023-12-09 07:17 Dnipro-1 head coach …". */
    private static final Pattern STAMPED_ITEM = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{1,2}:\\d{2}\\b.*");

    /**
     * The verdicts on the lines of the page being read. The reader asks of one line several times (as itself, as the
     * line after another, as a headline), and a verdict takes some thirty patterns; {@link ArticleReader} forgets them
     * when the page is read.
     */
    private static final ThreadLocal<Map<String, Boolean>> VERDICTS = ThreadLocal.withInitial(HashMap::new);

    /** Forgets the verdicts on the page just read. */
    static void forgetVerdicts() {
        VERDICTS.remove();
    }

    /** True when the line is furniture whatever its place on the page. */
    static boolean isFurniture(String line) {
        Map<String, Boolean> verdicts = VERDICTS.get();
        Boolean verdict = verdicts.get(line);
        if (verdict == null) {
            verdict = judge(line);
            verdicts.put(line, verdict);
        }
        return verdict;
    }

    private static boolean judge(String line) {
        // "• Sep. 9, 2015 5:00 p.m.": a bullet before a line is no part of what the line is.
        String s = BULLET.matcher(line.strip()).replaceFirst("");
        if (s.isEmpty()) {
            return true;
        }
        if (WHERE_WIDGET.matcher(s).find() && words(s) <= 6) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (isCaption(s)
                || EMBEDDED_POST.matcher(s).find()
                || FEED_ITEM.matcher(s).lookingAt()
                || WRITER_AND_STAMP.matcher(s).matches()
                || SHOW_AND_HOURS.matcher(s).matches()) {
            return true;
        }
        // "Crime": a section's label, one word without a stop.
        if (words(s) == 1 && !SENTENCE_END.matcher(s).find()) {
            return true;
        }
        // "Cooper Tire, based in Findlay, earned $22 million. Cooper Tire, based in Findlay, earned $22 million.": a
        // caption the page printed twice over (the story says a thing once).
        int half = (s.length() - 1) / 2;
        if (half >= 20
                && half <= 400
                && s.charAt(half) == ' '
                && s.substring(0, half).equals(s.substring(half + 1))) {
            return true;
        }
        if (startsQuoted(s)) {
            // Quoted speech is prose, however it begins.
            return CREDIT.matcher(s).find() && !SENTENCE_END.matcher(s).find();
        }
        if (CALL_TO_ACT.matcher(s).matches()
                && (lower.startsWith("advertisement")
                        || (words(s) <= 25
                                && (!endsAsSentence(s)
                                        || words(s) <= 12
                                        // "Register on SowetanLIVE at no cost to receive newsletters, …"
                                        || (SIGN_UP_CALL.matcher(s).lookingAt()
                                                && WIDGET_WORD.matcher(s).find()))))) {
            return true;
        }
        if (UPDATE_NOTICE.matcher(s).find() && words(s) <= 25) {
            return true;
        }
        if (isMenu(s)
                // "Kembara Digital programme to be held in Kuala Pilah this Saturday [ 11m ago ]": a sidebar item
                // stamped with its age.
                || AGE_STAMP.matcher(s).find()
                // "Indonesia's foreign tourist arrival up …  • Vietnam's crude oil exports …  • …": a ticker.
                || TICKER.matcher(s).find()
                // "You are here:   Home": a breadcrumb.
                || BREADCRUMB.matcher(s).lookingAt()) {
            return true;
        }
        if (SYNDICATION.matcher(s).matches() && words(s) <= 25) {
            return true;
        }
        if (s.startsWith("©") || lower.contains("all rights reserved")) {
            return true;
        }
        if (SERVICE_BLURB.matcher(s).find()) {
            return true;
        }
        if (SPEAKS_TO_READER.matcher(s).find() && WIDGET_WORD.matcher(s).find() && words(s) <= 40) {
            return true;
        }
        if (CREDIT.matcher(s).find() || CAPTION_CREDIT.matcher(s).find()) {
            return true;
        }
        if (COMMENT_RULES.matcher(s).find() && words(s) <= 25) {
            return true;
        }
        if (ASKS_THE_READER.matcher(s).matches() && words(s) <= 25) {
            return true;
        }
        if (PLAYER.matcher(s).find() && words(s) <= 6 && !endsAsSentence(s)) {
            return true;
        }
        if (SLOGAN.matcher(s).matches() && words(s) <= 10 && !endsAsSentence(s)) {
            return true;
        }
        if (STAMPED_ITEM.matcher(s).matches()) {
            return true;
        }
        // "[an error occurred while processing this directive]", "[Photo]": a placeholder of the page, not prose.
        if (BRACKETED_LINE.matcher(s).matches() && words(s) <= 12) {
            return true;
        }
        // "Fiji Time: 1:49 AM on Monday 21 April": the site's clock.
        if (SITE_CLOCK.matcher(s).lookingAt()) {
            return true;
        }
        // "Hear all the latest news … on Greatest Hits Radio on DAB, smartspeaker, at …": a station's call to listen.
        if (LISTEN_CALL.matcher(s).lookingAt() && words(s) <= 40) {
            return true;
        }
        if (PAGE_NOTICE.matcher(s).find() && words(s) <= 80 && !s.contains("“") && !s.contains("\"")) {
            return true;
        }
        if (TEASER.matcher(s).matches() && words(s) <= 40) {
            return true;
        }
        if (STAMP.matcher(s).matches() && words(s) <= 10) {
            return true;
        }
        // "5 hours ago Julian Clary honoured Paul O’Grady with Blankety Blank-style eulogy": a ticker's story, stamped.
        if (STAMPED_STORY.matcher(s).matches() && words(s) <= 40) {
            return true;
        }
        if (!endsAsSentence(s) && words(s) <= 15) {
            if (CONTACT.matcher(s).find()
                    || ENDS_WITH_CALL.matcher(s).find()
                    || PAGER.matcher(s).find()) {
                return true;
            }
            if (RUN_TOGETHER.matcher(s).results().count() >= 3) {
                return true;
            }
        }
        return s.chars().noneMatch(Character::isLetter);
    }

    /** True when the line could be a body paragraph: not furniture, and written as a sentence. */
    static boolean isProse(String line) {
        String s = line.strip();
        if (isFurniture(s)) {
            return false;
        }
        int words = words(s);
        if (words < 4) {
            return false;
        }
        // "IG CONFIRMS BLAST HAPPENED NEAR SAEED’S RESIDENCE:": a line in capitals is a subheading.
        if (s.chars().filter(Character::isUpperCase).count() >= 8 && s.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        if (SENTENCE_END.matcher(s).find()) {
            return true;
        }
        // A paragraph that leads into a quotation ("Vucic said:"), one a quotation runs on from, or one cut short by
        // the page: long enough, it is prose all the same.
        if (s.endsWith(":") && (INTRODUCES.matcher(s).find() || words >= 12)) {
            return true;
        }
        // "…Rolando Miranda said based on information they received, there are around four suspects," leads into the
        // quotation of the next paragraph as a colon does: a sentence with a speech verb ending on a comma.
        if (s.endsWith(",") && words >= 12 && SPEECH.matcher(s).find()) {
            return true;
        }
        return words >= 20 && !s.endsWith(",") && !s.endsWith("|");
    }

    private static final Pattern INTRODUCES = Pattern.compile(
            "\\b(?:" + QuoteReader.VERBS + "|following|statement|as follows"
                    // "Manager John Smith gave his reaction after the game:"
                    + "|(?:his|her|their|its)\\s+(?:reaction|verdict|thoughts|views?|take|assessment|response|reply"
                    + "|answer|reflections|explanation))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPEECH = Pattern.compile("\\b(?:" + QuoteReader.VERBS + ")\\b");

    /** A short line leading into a quotation: "She added:", "The statement said:". */
    static boolean introducesQuote(String line) {
        String s = line.strip();
        return s.endsWith(":") && words(s) <= 8 && INTRODUCES.matcher(s).find() && !isFurniture(s);
    }

    /** The line has a speech verb ("said", "told", "added"). */
    static boolean hasSpeechVerb(String line) {
        return SPEECH.matcher(line).find();
    }

    static boolean endsAsSentence(String line) {
        return SENTENCE_END.matcher(line.strip()).find();
    }

    static boolean startsQuoted(String s) {
        return !s.isEmpty() && "\"“‘'«„".indexOf(s.charAt(0)) >= 0;
    }

    /**
     * Words in a line: runs of non-space characters, except that Chinese, Japanese and Korean syllables and
     * ideographs, written without spaces, count one word for every two.
     */
    static int words(String s) {
        int n = 0;
        int cjk = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isCjk(c)) {
                cjk++;
                in = false;
                continue;
            }
            boolean letter = !Character.isWhitespace(c);
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n + (cjk + 1) / 2;
    }

    private static boolean isCjk(char c) {
        if (c < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
