package com.newsdesk.domain.reading;

import com.newsdesk.domain.reading.ImportedStory.ImportedQuote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations of a story and who said them. The rules:
 *
 * <ol>
 *   <li><b>Marks</b>: typographic (“…”), straight ("…") and guillemets («…») pair up in order; an opening mark left
 *       open runs to the end of the paragraph, and the next paragraph opening with a mark continues it, same speaker.
 *       Single marks (‘…’, '…') quote too outside double ones, apostrophes left alone ({@link #singleMarked}).
 *   <li><b>Not quotes</b>: a single quoted word (scare quotes) and a title in quotation marks (every word capitalised,
 *       no sentence punctuation inside: "“NBC Nightly News”").
 *   <li><b>Partial</b>: a quotation that starts in lower case is part of a sentence, so partial.
 *   <li><b>Speaker</b>, nearest first: after the quote ("…,” said X" / "…,” X said" / "…,” X, a spokesman, said"),
 *       before it in the same sentence ("X said that …" / "X told NBC: …" / "according to X"), then another quote's
 *       speaker in the same paragraph, then (for a paragraph that opens with a quote) the previous quote's speaker,
 *       else the next quoted paragraph's. A message is its sender's; an answer to a quoted question is the other one's;
 *       a description in the lead is the person later named with that role.
 *   <li><b>Names</b>: pronouns are the person last named; a surname or a title and surname ("Oh", "Mr. Smith") is the
 *       full name given earlier, and so is a rank before the surname ("Garda Geary", "Supt O’Neill"); a word the
 *       story also writes as a common noun is a title ("a garda"); a description ("a spokesman") is the person an
 *       apposition gave it to ("Michael
 *       Kobold, a spokesman,"), else it stays as written ("a police source"). Leading titles ("President", "Dr.")
 *       go; organisations ("the United Nations", "a Reuters report") keep their name and are marked as such.
 * </ol>
 */
final class QuoteReader {

    static final String VERBS = "said|says|say|told|tells|tell|added|adds|recalled|recalls|explained|explains"
            + "|revealed|reveals|disclosed"
            + "|wrote|writes|asked|asks|noted|notes|continued|continues|insisted|insists|argued|argues|stated|states"
            + "|warned|warns|claimed|claims|declared|declares|replied|replies|responded|responds|admitted|admits"
            + "|acknowledged|acknowledges|tweeted|tweets|posted|announced|announces|remarked|observed|suggested"
            + "|suggests|cautioned|urged|urges|conceded|concedes|testified|added|shouted|yelled|whispered|joked"
            + "|jokes|agreed|agrees|recounted|recounts|described|describes|countered|predicted|predicts|vowed"
            + "|vows|pledged|promised|stressed|stresses|emphasized|emphasised|reiterated|confirmed|confirms"
            + "|denied|denies|maintained|maintains|concluded|mused|boasted|complained|complains|lamented"
            + "|laments|quipped|teased|pointed out|went on|wrote in|said in a statement|texted|texts|messaged|emailed"
            + "|e-mailed|informed|informs|termed|terms|branded|dubbed|summed up|sums up|summarised|summarized";

    /** Bodies of people quoted without a name: "…,” officials said", "…,” local residents told the paper". */
    static final String GROUPS = "officials|authorities|investigators|prosecutors|experts|analysts|witnesses"
            + "|residents|critics|researchers|scientists|protesters|protestors|demonstrators|villagers|parents|fans"
            + "|workers|nurses|doctors|students|campaigners";

    private static final Pattern PLURAL_BODY = Pattern.compile(
            "(?i)(?:(?:the|some|several|many)\\s+)?(?:\\p{L}+\\s+)?(?:" + GROUPS + "|sources|police|officers|members"
                    + "|ministers|leaders|people|families|relatives|neighbours|neighbors)");

    /** People quoted by what they are, at or for a body: the groups, and those who speak for one unnamed. */
    static final String UNNAMED_GROUPS = GROUPS + "|economists|sources";

    private static final Pattern VERB = Pattern.compile("\\b(?:" + VERBS + ")\\b");

    /**
     * Speech, and the verbs that report a stand ("Corporal Rohan James has also condemned the attack." then a quoted
     * paragraph naming nobody: his words).
     */
    private static final Pattern REPORTING = Pattern.compile("\\b(?:" + VERBS + "|condemned|condemns|welcomed|welcomes"
            + "|criticised|criticized|slammed|praised|defended|blamed|hit out|appealed|called on|called for)\\b");

    // A weekday is no part of a name: "In another press conference Monday Ryan confirmed …".
    private static final String NAME_WORD =
            "(?:(?=\\p{Lu})(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b(?!\\s+(?:Times|Telegraph|Mail|Express|Post"
                    + "|Independent|Herald|Star|Tribune|Mirror|World|Sport|Observer|Journal)\\b))\\p{Lu}[\\p{L}’'.\\-]*"
                    + "|\\p{Lu}\\.)";
    // "Stacey van der Putten", "Ursula von der Leyen": two particles before a surname.
    private static final String NAME = NAME_WORD
            + "(?:\\s+(?:(?:de|da|del|van|von|der|den|bin|al|la|le|of|for|the|&)\\s+"
            + "|(?:van|von|de)\\s+(?:der|den|la|le)\\s+)?" + NAME_WORD + "){0,7}";

    private static final Pattern PRONOUN = Pattern.compile("^(?:he|she|they|it|we|I)$", Pattern.CASE_INSENSITIVE);

    /** "…,” said X" — the verb first, then who. */
    private static final Pattern AFTER_VERB_FIRST = Pattern.compile(
            "^[,.!?…]?\\s*(?:" + VERBS + ")\\s+((?:" + NAME + ")|(?:(?:a|an|the|one|another)\\s+[\\p{L}\\- ]{2,60}?))"
                    + "(?=\\s*(?:[,.;:!?]|$|\\s+(?:in|on|at|to|of|for|with|from|who|during|after|before|when|while|last|this)\\b))");

    /** "…,” X said" — who, then the verb (with an apposition between them allowed). */
    private static final Pattern AFTER_NAME_FIRST = Pattern.compile(
            "^[,.!?…]?\\s*((?:" + NAME + ")|he|she|they|it|we|I|(?:(?:a|an|the|one|another)\\s+[\\p{L}\\- ]{2,60}?"
                    // "the victim’s mother said": a description by whose relative or employee.
                    + "(?:['’]s\\s+\\p{Ll}[\\p{L}\\- ]{1,30}?)?)"
                    + "|(?:\\p{Ll}+\\s+)?(?:" + GROUPS + "))"
                    + "(?:,\\s+([^,“”\"]{2,80}),)?\\s+(?:also\\s+|later\\s+|then\\s+|had\\s+|has\\s+|have\\s+|would\\s+)?(?:"
                    + VERBS + "|was\\s+quoted\\s+as\\s+saying"
                    // "…,” the statement read.": a document's words are read, not said (a sign's too, but a sign is
                    // nobody's: "The sign read “closed”" stays without a speaker).
                    + "|(?<=(?:statement|letter|message|notice|release|post|tweet)\\s)reads?)\\b");

    /**
     * "…,” Utrecht police chief Rob van Bree told" — a role in lower case, then the name, then the verb; not "…”, to
     * which Garda Geary replied" (the one who answers the quotation).
     */
    private static final Pattern AFTER_ROLE_NAME = Pattern.compile("^[,.!?…]?\\s*(?:" + NAME
            + "\\s+)?(?!(?:to\\s+)?(?:which|whom)\\b|(?:when|while|as|and|but|after|before|until)\\s)"
            + "(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){1,3}(" + NAME + ")\\s+(?:" + VERBS + ")\\b");

    private static final Pattern SUBJECT_WITH_APPOSITION = Pattern.compile(
            "(?:^|[.!?]\\s+)(" + NAME + "),\\s+[^,“”\"]{2,80}(?:,\\s+[^,“”\"]{2,80})?,\\s+(?:" + VERBS + ")\\b");

    // (bounded: a run of two thousand capitalised words overflowed the stack, the fourth review)
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,6}['’]s\\b");

    private static final Pattern TAIL_NAME = Pattern.compile("^\\p{Lu}.*\\b" + NAME_WORD + "\\s+" + NAME_WORD + "$");

    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\b[Aa]ccording to\\s+((?:" + NAME + ")|(?:(?:a|an|the)\\s+[\\p{L}\\- ]{2,60}?))(?=\\s*(?:[,.;:]|$))");

    private static final Pattern TITLES = Pattern.compile("^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Capt|Lt|Sgt|Gov|Sen|Rep"
            + "|Rev|Sir|Dame|Lord|Lady|St)\\.?"
            + "|President|Vice|Prime|Minister|Chancellor|Secretary|Governor|Senator"
            + "|Representative|Mayor|Judge|Justice|Chief|Police|Officer|Detective|Inspector|Superintendent"
            + "|Commissioner|Director|General|Colonel|Captain|Professor|Doctor|Coach|Pope|King|Queen|Prince"
            + "|Princess|Ambassador|Spokesman|Spokeswoman|Spokesperson|Deputy|Foreign|Defense|Defence|Health"
            + "|Interior|Finance|Justice|Attorney|State|Sheriff|Leader|Chairman|Chairwoman|CEO|Founder|Former"
            + "|Acting|Interim|Assistant|Executive|Senior|Lead|U\\.S\\.|US|UK|British|American|Russian"
            + "|Ukrainian|Chinese|French|German|Israeli|Palestinian|Iranian)(?:-elect|-designate)?\\s+");

    private static final Pattern ORGANIZATION = Pattern.compile(
            "\\b(?:Nations|Ministry|Department|Dept|Police|Agency|Council|Committee|Company|Inc|Corp|Corporation"
                    + "|Prosecution|Directorate|Secretariat|Tribunal|Assembly|Municipality|Command|Brigade|Regiment"
                    + "|Prison|NHS"
                    + "|Group|University|Government|Office|Court|Service|Services|Association|Party|Bank|Board"
                    + "|Commission|Union|News|Reuters|Press|Institute|Foundation|Organization|Organisation|Authority"
                    + "|Ltd|LLC|Times|Post|Network|Federation|Fund|Army|Navy|Force|Forces|Guard|Administration"
                    + "|Parliament|Congress|Senate|House|Kremlin|Pentagon|Church|Club|League|Society|Center|Centre"
                    // a ship: "MV Benita", "HMS Victory"
                    + "|MV|HMS|USS|RMS"
                    + "|Hospital|School|Trust|Alliance|Coalition|Bureau|Embassy|Cabinet|Commission|Korea|States"
                    + "|Kingdom|Republic|Airlines|Motors|Technologies|Media|Studios|Records|City\\s+Hall|Town\\s+Hall)\\b"
                    + "|^[A-Z]{2,6}$");

    private static final Set<String> NOT_NAMES = Set.of(
            "The",
            "A",
            "An",
            "But",
            "And",
            "In",
            "On",
            "At",
            "It",
            "This",
            "That",
            "Then",
            "When",
            "If",
            "As",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Today",
            "Yesterday",
            "Tomorrow",
            "However",
            "Still",
            "Now",
            "So",
            "We",
            "They",
            "He",
            "She",
            "I",
            "You",
            "My",
            "Our",
            "His",
            "Her",
            "Their",
            "One",
            "Some",
            "Many",
            "Most",
            "Asked",
            "Speaking",
            "Later",
            "Earlier",
            // Words that open a sentence before its subject ("Perhaps “running scared” …", "After the decision, …").
            "Perhaps",
            "Commenting",
            "Responding",
            "Reacting",
            "Addressing",
            "Writing",
            "Referring",
            "After",
            "Before",
            "During",
            "Following",
            "Meanwhile",
            // "However Neil Pearson said …" ("However" is in the list above)
            "Moreover",
            "Furthermore",
            "Nevertheless",
            "Also",
            "Instead",
            "Despite",
            "Although",
            "Though",
            "While",
            "Since",
            "Until",
            "Once",
            "Yet",
            "Even",
            "Only",
            "Here",
            "There",
            "Last",
            "Next",
            "For",
            "From",
            "With",
            "Without",
            "By",
            "Under",
            "Amid",
            "Among",
            "Finally",
            "Eventually",
            "Recently",
            "Previously",
            "Indeed",
            "Overall");

    private static final Pattern APPOSITION_AFTER = Pattern.compile(
            // Not "his win in London, the third in as many attempts": a place after its preposition.
            "(?=\\p{Lu})(?<!\\b(?:in|at|from|to|near|into|of|for)\\s)(" + NAME
                    + "),\\s+(?:a|an|the)\\s+([\\p{Ll}][\\p{L}\\- ]{2,50}?)(?:\\s+(?:for|of|at|with|in)\\b[^,]*)?,");
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(
            "\\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne of (?:the|those|these|its|his|her|their))\\s+"
                    + "([\\p{Ll}][\\p{L}\\- ]{2,40}?),\\s+("
                    + NAME + "),");
    /** What the apposition patterns cannot match without: a name after a comma, a description after one. */
    private static final Pattern APPOSED_NAME_CUE = Pattern.compile(",\\s+\\p{Lu}");

    private static final Pattern APPOSED_DESCRIPTION_CUE = Pattern.compile(",\\s+(?:a|an|the)\\s");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NAMED_SPEAKER =
            Pattern.compile("(" + NAME + ")(?:,\\s+\\d{1,3},)?\\s+(?:" + VERBS + ")\\b");
    private static final Pattern TITLED_NAME = Pattern.compile(NAME);
    private static final Set<String> TITLE_WORDS = Set.of(
            "Minister",
            "President",
            "Judge",
            "Secretary",
            "Chief",
            "Spokesperson",
            "Spokesman",
            "Spokeswoman",
            "Officer",
            "Captain",
            "Firefighter",
            "Resident",
            "Commissioner",
            "Director",
            "Governor",
            "Gov",
            "Mayor",
            "Senator",
            "Sen",
            "Rep",
            "Representative",
            "Chancellor",
            "Ambassador",
            "Inspector",
            "Superintendent",
            "Sheriff",
            "Detective",
            "Sergeant",
            "Sgt",
            "Lieutenant",
            "Lt",
            "Colonel",
            "Col",
            "General",
            "Gen",
            "Professor",
            "Prof",
            "Dr",
            "Mr",
            "Mrs",
            "Ms",
            "Miss",
            "Messrs",
            "Coach",
            "Chairman",
            "Chairwoman",
            "CEO",
            "Counsel",
            "Attorney",
            "Prosecutor",
            "Councillor",
            "Councilman",
            "Councilwoman",
            "Premier",
            "Leader",
            "King",
            "Queen",
            "Prince",
            "Princess",
            "Pope",
            "Bishop",
            "Archbishop",
            "Rabbi",
            "Imam",
            "Reverend",
            "Rev",
            "Editor",
            "Manager",
            "Founder",
            "Executive",
            "Deputy",
            "Constable",
            "Marshal",
            "Admiral",
            "Trooper",
            // Ranks of armies and police forces, and their abbreviations ("Corporal Julie Courchaine", "Brig Felix
            // Kulayigye", "Cpl", "Cst.").
            "Corporal",
            "Cpl",
            "Brigadier",
            "Brig",
            "Maj",
            "Private",
            "Pte",
            "Commander",
            "Cmdr",
            "Cdr",
            "Commodore",
            "Cst",
            "Const",
            "Supt",
            "Insp",
            "Det");

    /**
     * Offices met on later pages. They are titles before a name, but not abbreviated: a short word is never taken for
     * one of them ("Dan", "Matt", "Amy" would read as "Dean", "Magistrate", "Assemblyman").
     */
    static final Set<String> OFFICES = Set.of(
            "Head",
            "Speaker",
            "Whip",
            "Administrator",
            "Supervisor",
            "Coordinator",
            "Treasurer",
            "Clerk",
            "Coroner",
            "Warden",
            "Principal",
            "Trustee",
            "Alderman",
            "Assemblyman",
            "Assemblywoman",
            "Congressman",
            "Congresswoman",
            "Collector",
            "Magistrate",
            "Recorder",
            "Registrar",
            // "Senate President Pro Tem Rodric Bray"
            "Pro",
            "Tem",
            "Tempore",
            // A relation or a trade written as a title: "Grandmother Constance Dingle said", "Lawyer Luke Docherty".
            "Grandmother",
            "Grandfather",
            "Granddaughter",
            "Grandson",
            "Lawyer",
            // "Advocate Willis Otieno": a lawyer's title in East Africa and South Asia.
            "Advocate",
            "Barrister",
            "Solicitor",
            "Chair",
            "Chairperson",
            // "Boss Nigel Clough said", "Stags boss Nigel Clough": a sports page's word for the manager.
            "Boss",
            "Skipper",
            // "PM Kaja Kallas said on Friday", "FM Judeh said"
            "PM",
            "FM",
            // "Board Member Janice Dalbo", "PTA Member Crystal Richardville"
            "Member",
            "Cllr",
            "Coun",
            // Police ranks of South Asia: "SP Gunasekara told a news briefing", "ASP Prasanna Alwis", "DIG Nalaka".
            "SP",
            "SSP",
            "ASP",
            "DSP",
            "DIG",
            "IGP",
            // An Australian councillor: "Cr Ross Bartley and Cr Russell Wantling".
            "Cr",
            // Ireland's deputy prime minister and prime minister: "Tánaiste Leo Varadkar", "said the Tánaiste".
            "Tánaiste",
            "Taoiseach",
            "Asst",
            "Comm",
            "Hon");

    /** A title before a name: the newsroom's titles and the offices of later pages. */
    static boolean isTitle(String word) {
        // "Mayor-elect Christian Provenzano": an office about to be held is still a title.
        String w = word.replace(".", "");
        if (w.indexOf('-') > 0) {
            w = ELECT.matcher(w).replaceFirst("");
        }
        return TITLE_WORDS.contains(w) || OFFICES.contains(w);
    }

    private static final Pattern ELECT = Pattern.compile("-(?:elect|designate)$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An)\\s+");

    /** Whether a run of capitalised words holds a title at all (no title, no role: the run need not be cleaned). */
    private static boolean holdsTitle(String run, Set<String> storyTitles) {
        for (String w : People.SPACES.split(run)) {
            if (isTitle(w) || storyTitles.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The role a run of capitalised words gives the name it ends with: "Prime Minister Aleksandar Vucic". */
    static String roleOf(String run, String name) {
        return roleOf(run, name, Set.of());
    }

    static String roleOf(String run, String name, Set<String> storyTitles) {
        int at = run.lastIndexOf(name);
        if (at <= 0) {
            return null;
        }
        String role = LEADING_ARTICLE.matcher(run.substring(0, at).strip()).replaceFirst("");
        if (role.isEmpty()) {
            return null;
        }
        boolean titled = false;
        for (String w : People.SPACES.split(role)) {
            if (isTitle(w) || storyTitles.contains(w)) {
                titled = true;
            }
        }
        return titled ? role.toLowerCase(Locale.ROOT) : null;
    }

    /** Jobs and roles a story writes in lower case before a name ("defence lawyer Mario Mifsud"). */
    static final String ROLES = "prosecutor|spokesman|spokeswoman|spokesperson|lawyer|attorney|counsel|solicitor"
            + "|barrister|advocate|official|resident|minister|president|director|officer|captain|chief|judge|magistrate"
            + "|senator|governor|mayor|coach|analyst|professor|economist|author|adviser|advisor|aide|manager|founder"
            + "|owner|leader|chairman|chairwoman|chairperson|chair|secretary|commissioner|detective|inspector"
            + "|sergeant|constable|superintendent|councillor|councilor|neighbor|neighbour|witness|teacher|student"
            + "|head|executive|editor|doctor|nurse|principal|member|boss|skipper|MP|MLA|MEP|TD|MSP"
            // "said forward Kai Anderson": a player by position
            + "|forward|defenceman|defenseman|goaltender|goalie|midfielder|striker|winger|defender|quarterback"
            + "|linebacker|pitcher|batsman|bowler|jockey|guard|center|centre|wing|flanker|fullback|halfback"
            + "|goalkeeper|keeper|catcher|shortstop|outfielder|wicketkeeper|all-rounder";

    /** "told prosecutor John Crabb", "said spokesman Aaron Pickus": a role in lower case, then the name. */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("\\b(" + ROLES + ")\\s+(" + NAME + ")");

    /** The word before a role ("defence" lawyer, "Presidential" spokesperson), read apart to keep the search fast. */
    private static final Pattern MODIFIER_BEFORE = Pattern.compile("(\\p{L}[\\p{Ll}\\-]*)\\s+$");

    private static final String FIELD_WORD =
            "(?!(?:the|a|an|of|for|to|in|on|at|by|with|and|his|her|their|its|family|parents|children|victim|victims)\\b)"
                    + "\\p{Ll}[\\p{Ll}\\-]*";

    /** "…,” said INMO general secretary Phil Ni Sheaghdha": the verb, a body and a role in lower case, the name. */
    private static final Pattern AFTER_VERB_ROLE_NAME = Pattern.compile("^[,.!?…]?\\s*(?:" + VERBS
            // "said 28-year-old resident Ade Syahputra"
            // "said the company’s chief executive …": a body in lower case, its possessive too
            + ")\\s+(?:the\\s+)?(?:" + NAME
            // (not "said Jude Bellingham of striker Kylian Mbappé": who is spoken of)
            + "\\s+)?(?:\\d{1,3}-year-old\\s+)?(?:(?!of\\s)\\p{Ll}[\\p{Ll}\\-]*(?:['’]s)?\\s+){0,2}(?:"
            + ROLES + ")"
            // "said Unicef Pacific’s chief of communications Cate Heinrich": the role's field, in lower case
            // (words of a field, not "an attorney for the family of George Floyd": no "the", "of" or "for" in it)
            + "(?:\\s+(?:of|for)\\s+" + FIELD_WORD + "(?:\\s+(?:and\\s+)?" + FIELD_WORD + "){0,2})?"
            + "\\s+(" + NAME
            + ")");

    /** A word in lower case inside a sentence, or a capitalised one after "a"/"an": a common noun. */
    private static final Pattern COMMON_NOUN =
            Pattern.compile("\\b(?:an?|An?)\\s+(\\p{Lu}\\p{Ll}{2,})\\b|(?<=\\p{L}[,;]?\\s)(\\p{Ll}{3,})\\b");

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");

    private static final Pattern ARTICLE_TITLE = Pattern.compile("(A|An|The|a|an|the)\\s+(\\p{Lu}\\p{Ll}+)");

    /** "Johannesburg Mayor, Dada Morero, says": a title, then the name set off by commas. */
    private static final Pattern TITLE_THEN_APPOSED =
            Pattern.compile("(" + NAME + "),\\s+(" + NAME + ")(?:\\s+\\(\\p{Lu}{2,5}\\))?,");

    private static final Pattern OFFICE_OF_BODY_THEN_APPOSED =
            Pattern.compile("((\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}\\p{Ll}+)?"
                    + "\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,3}),\\s+(" + NAME
                    + "),");

    private static final Pattern APPOSED_NAME = Pattern.compile("^,\\s+(" + NAME + ")(?:,|$)");

    private static final Pattern AGE = Pattern.compile("(" + NAME + "),\\s+\\d{1,3},");

    private static final Pattern BY_NAME = Pattern.compile("\\bby\\s+(?:the\\s+)?(" + NAME + ")");
    private static final Pattern PRONOUN_BEFORE_VERB = Pattern.compile(
            "(?:^|[\\s,])(he|she|they|it|we|I|He|She|They|We)(?:\\s+(?:also|then|later|again|had|has|have|would|will))?$");
    private static final Pattern APPOSITION_BEFORE_VERB =
            Pattern.compile("^(.*?)(?:,\\s+(?:a|an|the|who)\\s+[^,]*,?)$");
    private static final Pattern NAME_RUN = Pattern.compile(NAME);
    private static final Pattern DESCRIPTION =
            Pattern.compile("\\b((?i:a|an|the|one|another)\\s+[\\p{Ll}\\- ]{2,50}(?:['’]s\\s+[\\p{Ll}\\- ]{2,30})?)$");
    /**
     * "County Administrator Karen St. Hilaire", "Mr. Smith": the stop of an abbreviation ends no sentence, nor does an
     * initial's ("Terrance C.Z. Egger", "Andrew C. White").
     */
    private static final String NOT_AN_ABBREVIATION = "(?<!\\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr|Gov|Sen|Rep|Sgt|Lt|Col|Gen"
            + "|Capt|Det|Insp|Supt|Cpl|Const|No|Prof|Rev|Hon|Brig|Maj|Cmdr|Adm|Atty|Supt|Pres|Corp|Inc|Co|\\p{Lu})\\.)";

    private static final Pattern SENTENCE_END_AFTER =
            Pattern.compile("(?:[!?…]|\\." + NOT_AN_ABBREVIATION + ")(?:\\s+\\p{Lu}|\\s*$)");
    private static final Pattern SENTENCE_END_BEFORE =
            Pattern.compile("(?:[!?…]|\\." + NOT_AN_ABBREVIATION + ")['’\"”]?\\s+(?=\\p{Lu}|[“\"])");

    /** Honours, silk and seats written after a name: "Mike Jones QC", "Jane Smith MP", "John Roe OBE". */
    static final Pattern POST_NOMINALS =
            Pattern.compile("(?:,?\\s+(?:QC|KC|SC|MP|MPP|MSP|MLA|MEP|TD|OBE|MBE|CBE|KBE|DBE|PhD|Esq\\.?))+$");

    /**
     * A police or army rank in capitals before a person's given name and surname ("ASP Luke Owoyesigyire", "DCI Jane
     * Hill", "PC John Roe"); not initials that are the given name ("AK Abdul Momen").
     */
    private static final Pattern RANK_INITIALS = Pattern.compile(
            "^(?:ASP|DSP|SSP|SP|ACP|DCP|CP|IGP|AIGP|DIGP|DCI|DCS"
                    + "|DI|DS|DC|PC|WPC|PS|CID|OC|NCO|SSGT|SGT|CPL|LCPL|PTE|CO)\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){1,2}$)");

    private static final Pattern OWN_ATTRIBUTION =
            Pattern.compile("[,.!?…]?\\s*[”\"’']\\s*(?:\\p{L}+\\s+){0,4}(?:" + VERBS + ")\\b");
    private static final Pattern ACCORDING_TO_ADDING = Pattern.compile(
            "\\baccording\\s+to\\s+[^,;“”\"]{0,80}?(" + NAME + "),\\s+(?:who\\s+)?add(?:ing|ed)\\s+(?:that\\s+)?$");
    private static final Pattern STRAIGHT_CLOSE_THEN_SAID =
            Pattern.compile("[,.!?]\"\\s+(?:\\p{L}+\\s+){1,4}?(?:" + VERBS + ")\\b[^\"“”]{0,40}?[.,:]\\s*(?=\")");
    private static final Pattern REPORTED_THEN_ASKED =
            Pattern.compile("\\b(?:said|says|told|recalled|explained)\\b[^.!?]*$");
    private static final Pattern ASKED_THE_SPEAKER = Pattern.compile(
            "\\b(?:asked|questioned|pressed)\\s+(?:him|her)\\s+(?:how|what|why|whether|if|about|when|who)\\b");
    private static final Pattern MARKS_ONLY = Pattern.compile("[^\\p{L}\\p{N}]*");
    private static final Pattern PRONOUN_AFTER = Pattern.compile(
            "[,.!?…]?\\s*[”\"’']\\s*(he|she)\\s+(?:also\\s+)?(?:said|says|added|adds|continued|continues|explained"
                    + "|went on|asked|asks)\\b");
    private static final Pattern ATTRIBUTION_BETWEEN =
            Pattern.compile("[,!?…]?\\s*[”\"’']\\s*(?:the\\s+|a\\s+)?\\p{L}[^“”\"‘.!?;]{0,60}?\\s(?:" + VERBS
                    + ")\\b[^“”\"‘.!?;:]{0,60}[.]\\s*[“\"‘']\\s*");
    private static final Pattern PRONOUN_BETWEEN = Pattern.compile(
            "[,.!?…]?\\s*[”\"’']\\s*(?:he|she)\\s+(?:said|says|added|adds|continued|explained|told\\s+\\p{Lu}\\p{L}+)"
                    + "[.,:]?\\s*[“\"‘']\\s*");

    /** A quoted span in a paragraph: offsets of its text (inside the marks), and whether the quote stays open. */
    record Span(int start, int end, boolean open) {}

    List<ImportedQuote> read(List<String> paragraphs, List<String> warnings) {
        return read(paragraphs, null, warnings);
    }

    /**
     * The quotes of the paragraphs; the standfirst, when there is one, only introduces people ("Dan McFarland was
     * pleased …" above the story makes "McFarland" in it Dan McFarland).
     */
    List<ImportedQuote> read(List<String> paragraphs, String standfirst, List<String> warnings) {
        return read(paragraphs, standfirst, warnings, Deadline.none());
    }

    /** The same, given up once the deadline has passed. */
    List<ImportedQuote> read(List<String> paragraphs, String standfirst, List<String> warnings, Deadline deadline) {
        // "‘‘I would have said last week …,’’ he said.": two single marks stand for a double one. A quote carries its
        // paragraph's number and its own words, which lie inside the marks, so they are still the page's own.
        paragraphs = paragraphs.stream().map(QuoteReader::doubledSingles).toList();
        List<ImportedQuote> found = new ArrayList<>();
        People people = new People(paragraphs);
        people.deadline = deadline;
        if (standfirst != null) {
            people.learnRuns(standfirst);
        }
        String previousSpeaker = null;
        boolean previousOpen = false;
        boolean previousOrganization = false;
        String introducer = null;
        // The introducer was only reported speech before a quoted paragraph, not a "said:" leading into it.
        boolean introducerReported = false;
        // Which quotes took the previous speaker only because nobody was named (weak), and where the quotation
        // running over paragraphs began.
        List<Boolean> weak = new ArrayList<>();
        int runStart = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            deadline.check();
            String text = paragraphs.get(p);
            people.learn(text);
            runStart = previousOpen ? runStart : p;
            List<Span> spans = previousOpen ? goingOn(text, paragraphs, p) : spans(text);
            if (spans.size() > MAX_QUOTES_IN_A_PARAGRAPH) {
                // No story quotes a hundred times in one paragraph; a page that does is read for its first hundred
                // (each is read against its sentence: thousands would take seconds).
                spans = new ArrayList<>(spans.subList(0, MAX_QUOTES_IN_A_PARAGRAPH));
                warnings.add("paragraph " + (p + 1) + " holds more than " + MAX_QUOTES_IN_A_PARAGRAPH
                        + " quotations: only the first " + MAX_QUOTES_IN_A_PARAGRAPH + " were read");
            }
            // Scare quotes and titles are not quotations, nor do they part a sentence from its speaker.
            List<Span> quoted = new ArrayList<>();
            for (Span span : spans) {
                String quote = text.substring(span.start, span.end);
                if (isQuotation(quote) && !nameNotSpeech(text, span, quote)) {
                    quoted.add(span);
                }
            }
            List<ImportedQuote> here = new ArrayList<>();
            String paragraphSpeaker = null;
            boolean paragraphOrganization = false;
            List<Integer> unattributed = new ArrayList<>();
            for (Span span : quoted) {
                String quote = text.substring(span.start, span.end);
                boolean partial = partial(quote);
                // "Nankhumwa has also reminded …": the auxiliary after a subject is no part of who.
                String speaker = withoutAuxiliary(attribute(text, span, quoted, people), people, span.start);
                // "“I am truly sorry,” he said. “I miss …”": a pronoun between two quotations attributes both, to the
                // one it stood for in the first.
                if (!here.isEmpty()
                        && here.get(here.size() - 1).speaker() != null
                        // not when this quotation has its own attribution after it ("“They always have,” he said.")
                        && !OWN_ATTRIBUTION
                                .matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 40)))
                                .lookingAt()
                        && (PRONOUN_BETWEEN
                                        .matcher(text.substring(
                                                quoted.get(here.size() - 1).end(), span.start()))
                                        .matches()
                                // "“Adoption takes time,” the Prime Minister said in response. “But it is about …”":
                                // the first one's attribution, then the second quotation with none of its own.
                                || ATTRIBUTION_BETWEEN
                                                .matcher(text.substring(
                                                        quoted.get(here.size() - 1)
                                                                .end(),
                                                        span.start()))
                                                .matches()
                                        // (not a question and its answer: "“What’s he like?” Supt O’Neill asked by
                                        // text. “He’s straight enough …”")
                                        && !here.get(here.size() - 1)
                                                .text()
                                                .strip()
                                                .endsWith("?")
                                        && !ANSWER.equals(speaker))) {
                    speaker = here.get(here.size() - 1).speaker();
                }
                // "“Adoption takes time,” the Prime Minister said. … He warned …": a bare title for the one the
                // paragraph
                // has quoted under it.
                if (speaker != null
                        && !speaker.contains(" ")
                        && isTitle(speaker)
                        && !here.isEmpty()
                        && here.get(here.size() - 1).speaker() != null
                        && here.get(here.size() - 1).speaker().endsWith(" " + speaker)) {
                    speaker = here.get(here.size() - 1).speaker();
                }
                // "“… so am I.” “We have experienced players …,” he added.": two quotations only marks apart, the
                // second
                // attributed to a pronoun, are the first one's speaker's (not a name the lead-in mentioned).
                if (!here.isEmpty()
                        && here.get(here.size() - 1).speaker() != null
                        && !ANSWER.equals(here.get(here.size() - 1).speaker())
                        && MARKS_ONLY
                                .matcher(text.substring(
                                        quoted.get(here.size() - 1).end(), span.start()))
                                .matches()
                        && PRONOUN_AFTER
                                .matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 40)))
                                .lookingAt()) {
                    speaker = here.get(here.size() - 1).speaker();
                }
                Matcher pronounAfter =
                        PRONOUN_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 40)));
                if (speaker != null
                        && !ANSWER.equals(speaker)
                        && speaker.contains(" ")
                        && pronounAfter.lookingAt()
                        && !ORGANIZATION.matcher(speaker).find()
                        // (only when nobody else is named before it: "Sam Ortiz met Maria Lopez. “…,” he said." tells
                        // nothing sure)
                        && !namesSomeoneElse(text.substring(0, span.start()), speaker)) {
                    // "“…,” he said, following a question from Rusnah Aluai." then "“…?” she asked.": the one "he"
                    // stood for is a man, so the next "she" is someone else.
                    people.sex.putIfAbsent(speaker, pronounAfter.group(1).equals("he") ? 'm' : 'f');
                }
                if (ANSWER.equals(speaker)) {
                    // "“What’s he like?” Supt O’Neill asked by text. “He’s straight enough.”": the other one answers.
                    String asker = here.get(here.size() - 1).speaker();
                    speaker = null;
                    for (int f = found.size() - 1; f >= 0 && asker != null; f--) {
                        String earlier = found.get(f).speaker();
                        if (!earlier.equals(asker) && !earlier.equals("unknown")) {
                            speaker = earlier;
                            break;
                        }
                    }
                    here.add(new ImportedQuote(p, speaker, false, quote, partial));
                    continue;
                }
                if (speaker != null) {
                    paragraphSpeaker = speaker;
                    paragraphOrganization = ORGANIZATION.matcher(speaker).find();
                } else {
                    unattributed.add(here.size());
                }
                here.add(new ImportedQuote(p, speaker, false, quote, partial));
            }
            // Quotes of the paragraph without their own attribution share the paragraph's speaker; a paragraph
            // that opens with a quote and names nobody continues the previous speaker.
            String fallback = paragraphSpeaker;
            boolean fallbackOrganization = paragraphOrganization;
            if (fallback == null && introducer != null) {
                fallback = introducer;
                fallbackOrganization = ORGANIZATION.matcher(introducer).find();
            }
            // "However, the hospital authorities have denied the allegations." then "“No wrong treatment was given. …"
            // left open and closed by "…,” Fazlul Haque, managing director of the hospital, told": reported speech
            // before a run gives way to the speaker its closing paragraph names.
            boolean fallbackWeak = fallback == null || (introducerReported && fallback.equals(introducer));
            if (fallback == null && previousSpeaker != null && (previousOpen || startsWithQuote(text))) {
                fallback = previousSpeaker;
                fallbackOrganization = previousOrganization;
            }
            if (fallback == null
                    && p > 0
                    && !here.isEmpty()
                    && here.get(0).speaker() == null
                    && here.get(0).partial()
                    && startsWithQuote(text)
                    && !paragraphs.get(p - 1).strip().matches("(?s).*[.!?:;,\"”’]$")) {
                // "NHS Dumfries and Galloway paid … to put 13 patients up" / "“during periods of excessive bed
                // pressure.”": the layout broke the sentence; its subject is the quotation's speaker.
                String previous = paragraphs.get(p - 1).strip();
                fallback = subjectOfSentence(lastSentence(previous), people, 0);
                fallbackOrganization =
                        fallback != null && ORGANIZATION.matcher(fallback).find();
            }
            for (int i = 0; i < here.size(); i++) {
                ImportedQuote q = here.get(i);
                String speaker = q.speaker() != null ? q.speaker() : fallback;
                if (speaker == null) {
                    speaker = "unknown";
                }
                boolean organization =
                        q.speaker() != null ? ORGANIZATION.matcher(speaker).find() : fallbackOrganization;
                found.add(new ImportedQuote(p, speaker, organization, q.text(), q.partial()));
                weak.add(q.speaker() == null && fallbackWeak);
                previousSpeaker = speaker.equals("unknown") ? previousSpeaker : speaker;
                people.lastSpeaker = previousSpeaker;
                people.lastSpokeIn = speaker.equals("unknown") ? people.lastSpokeIn : p;
                previousOrganization = organization;
            }
            previousOpen = !spans.isEmpty() && spans.get(spans.size() - 1).open;
            if (!previousOpen && runStart < p && !here.isEmpty() && here.get(0).speaker() != null) {
                // "“The prosecutor must not …" (left open) then "“He must not … without him,” said Nkomo.": a
                // quotation running over paragraphs has one speaker, the one its closing paragraph names.
                ImportedQuote closer = found.get(found.size() - here.size());
                for (int f = found.size() - here.size() - 1;
                        f >= 0 && found.get(f).paragraph() >= runStart;
                        f--) {
                    if (weak.get(f)) {
                        ImportedQuote q = found.get(f);
                        found.set(
                                f,
                                new ImportedQuote(
                                        q.paragraph(), closer.speaker(), closer.organization(), q.text(), q.partial()));
                    }
                }
            }
            // "Vucic said:" (or "…Miranda said …, there are around four suspects,") introduces the quotation of the
            // next paragraph.
            introducer = null;
            introducerReported = false;
            String reportedHere = null;
            if (spans.isEmpty() && text.strip().matches("(?s).*[:,]$")) {
                introducer = introducer(text, people);
            } else if (spans.isEmpty() && p + 1 < paragraphs.size() && startsWithQuote(paragraphs.get(p + 1))) {
                // "Mr McDonald said one of the challenges was …" then a paragraph of quoted speech naming nobody:
                // the one whose words were just reported goes on in his own.
                introducer = reporter(text, people);
                // "Nemzeti Sport asked him how he liked Callum Styles' game." then the answer: the one asked, who spoke
                // last.
                // (not "Councilman Tom Reed said a reporter asked him what he thought": the one who reports it was
                // asked)
                Matcher asked = ASKED_THE_SPEAKER.matcher(text);
                if (previousSpeaker != null
                        && !previousOrganization
                        && asked.find()
                        && !REPORTED_THEN_ASKED
                                .matcher(text.substring(0, asked.start()))
                                .find()) {
                    introducer = previousSpeaker;
                }
                if (introducer == null) {
                    // "Lusaka, however, quashed Moses Kuria's claims …" then a quoted paragraph naming nobody: the
                    // story returns to one who has spoken before, named as the paragraph's subject.
                    introducer = returningSpeaker(text, found);
                }
                if (introducer == null && !attributed(paragraphs.get(p + 1))) {
                    // "Prosecuting, Miss Audrey Chogumaira opposed the application …" then a paragraph of quoted
                    // speech naming nobody: the one the story has just brought in, as the subject, speaks.
                    introducer = introducedSpeaker(text, people);
                }
                reportedHere = introducer;
                introducerReported = introducer != null;
            }
            if (reportedHere != null && ORGANIZATION.matcher(reportedHere).find()) {
                // "Inspector-General of Police Tan Sri Razarudin Husain": the person, without the office.
                String name = people.clean(reportedHere);
                reportedHere = name != null && !ORGANIZATION.matcher(name).find() ? name : reportedHere;
            }
            people.reportedInstitution =
                    reportedHere != null && ORGANIZATION.matcher(reportedHere).find() ? reportedHere : null;
            people.reported = reportedHere == null
                            || ORGANIZATION.matcher(reportedHere).find()
                            || PRONOUN.matcher(reportedHere).matches()
                    ? null
                    : reportedHere;
        }
        identifyLater(found, people);
        attributeFromNext(found, paragraphs);
        for (int i = 0; i < found.size(); i++) {
            // "“…,” it said." after "The IMD has issued …" and "the India Meteorological Department (IMD)": the body
            // by the name the story gave it in full.
            ImportedQuote q = found.get(i);
            String full = people.acronyms.get(q.speaker());
            if (full != null) {
                found.set(i, new ImportedQuote(q.paragraph(), full, true, q.text(), q.partial()));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            ImportedQuote q = found.get(i);
            // (a statement, not a chant: "“Justice for Baby Pendo! Justice for Baby Pendo!”")
            String reported = q.speaker().equals("unknown")
                            && startsWithQuote(paragraphs.get(q.paragraph()))
                            && Furniture.words(q.text()) >= 12
                    ? reportedBefore(paragraphs, q.paragraph(), people)
                    : null;
            if (reported != null) {
                found.set(i, new ImportedQuote(q.paragraph(), reported, false, q.text(), q.partial()));
            }
        }
        for (ImportedQuote q : found) {
            if (q.speaker().equals("unknown")) {
                warnings.add("quote without a speaker in paragraph " + (q.paragraph() + 1) + ": “"
                        + abbreviate(q.text()) + "”");
            }
        }
        return found;
    }

    /**
     * "Enanga explains that the hunt … is still ongoing." then "Police are now calling upon Ugandans …" then a paragraph
     * of quoted speech that names nobody, nor does the next: the person whose words one of the two paragraphs before
     * it reported, without quotation marks; else null. (Read once the quotes are all attributed: reading a paragraph
     * for its speaker tells the story's people who was named last.)
     */
    private String reportedBefore(List<String> paragraphs, int p, People people) {
        for (int b = p - 1; b >= Math.max(0, p - 2); b--) {
            String before = paragraphs.get(b);
            if (!spans(before).isEmpty()) {
                return null;
            }
            String who = reporter(before, people);
            if (who != null && !ORGANIZATION.matcher(who).find()) {
                String clean = people.clean(who);
                return clean != null ? clean : who;
            }
            // (not past a paragraph that brings someone in: "But patient Mary Walsh, 74, has waited two years …")
            if (namesSomeoneElse(before, null)) {
                return null;
            }
        }
        return null;
    }

    /** Whether the text names a person (a run of two capitalised words or more) who is not {@code speaker}. */
    private static boolean namesSomeoneElse(String text, String speaker) {
        Matcher run = NAME_RUN.matcher(text);
        while (run.find()) {
            String name = run.group();
            if (name.strip().split("\\s+").length >= 2
                    && !ORGANIZATION.matcher(name).find()
                    && (speaker == null || !name.contains(speaker) && !speaker.contains(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A Garda told detectives he had “definitely not” …", then "an interview with Garda Colm Geary": a lead that
     * describes its speaker and names him further down (delayed identification). A description left as the speaker is
     * the one person the story later gives that role.
     */
    private static void identifyLater(List<ImportedQuote> found, People people) {
        for (int i = 0; i < found.size(); i++) {
            ImportedQuote q = found.get(i);
            Matcher d = LEFT_DESCRIBED.matcher(q.speaker());
            if (!d.matches()) {
                continue;
            }
            String who = people.roles.get(d.group(1));
            if (who != null) {
                found.set(i, new ImportedQuote(q.paragraph(), who, false, q.text(), q.partial()));
            }
        }
    }

    // (not "the Prime Minister" made the last Prime Minister named, who may be a former one, another country's or the
    // late one: the fourth review)
    private static final Pattern LEFT_DESCRIBED =
            Pattern.compile("(?:a|an|the)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}[\\p{Ll}\\-]+)");

    /**
     * A paragraph of quoted speech that names nobody, with no one quoted before it, is the speaker of the next
     * paragraph's quotation ("“We are now hopeful…”" then "“The challenges are …,” adds Morero.").
     */
    private static void attributeFromNext(List<ImportedQuote> found, List<String> paragraphs) {
        for (int i = found.size() - 2; i >= 0; i--) {
            ImportedQuote q = found.get(i);
            ImportedQuote next = found.get(i + 1);
            if (q.speaker().equals("unknown")
                    && !next.speaker().equals("unknown")
                    && next.paragraph() == q.paragraph() + 1
                    && startsWithQuote(paragraphs.get(q.paragraph()))
                    && startsWithQuote(paragraphs.get(next.paragraph()))) {
                found.set(
                        i,
                        new ImportedQuote(q.paragraph(), next.speaker(), next.organization(), q.text(), q.partial()));
            }
        }
    }

    /** What {@link #attribute} says of an answer to a question just quoted: the other one speaks. */
    private static final String ANSWER = "\u0000answer";

    private static final Pattern ASKED_BETWEEN = Pattern.compile(
            "^\\s*(?:(?:" + NAME + "|he|she|they)\\s+asked|asked\\s+(?:" + NAME + "))\\b[^.“”\"?!]*\\.\\s*$");

    /** Who a paragraph ending with a colon gives the floor to: the subject of its verb, or who "by" names. */
    private String introducer(String text, People people) {
        String s = text.strip();
        s = s.substring(0, s.length() - 1);
        Matcher verb = VERB.matcher(s);
        int last = -1;
        while (verb.find()) {
            if (!notSpoken(s, verb)) {
                last = verb.start();
            }
        }
        if (last > 0) {
            String who = subject(s.substring(0, last), people, last);
            if (who != null) {
                return who;
            }
        }
        Matcher by = BY_NAME.matcher(s);
        if (by.find()) {
            return people.resolve(by.group(1), by.start(1));
        }
        // "Manager David Power gave his reaction to Tipp FM’s Stephen Gleeson after the game:": the one who gave it.
        Matcher gave = GAVE_A_VIEW.matcher(s);
        // (not "… shared his thoughts in a letter to spokeswoman Ann Price, who replied:": the last to speak has it)
        if (gave.find()
                && gave.start() > 0
                && !VERB.matcher(s.substring(gave.end())).find()) {
            String who = subject(s.substring(0, gave.start()), people, gave.start());
            if (who != null) {
                return who;
            }
        }
        return ownerOfMessage(s, people);
    }

    private static final Pattern GAVE_A_VIEW = Pattern.compile("\\b(?:gave|gives|offered|offers|shared|shares)\\s+"
            + "(?:his|her|their)\\s+(?:reaction|verdict|thoughts|views?|take|assessment|response|reflections)\\b");

    /**
     * "The FBI apparently is involved now, too. This is its recently posted statement:", "His statement, posted to
     * the district website, indicates …": the one whose statement it is, by the pronoun that owns it.
     */
    private static String ownerOfMessage(String text, People people) {
        Matcher owner = MESSAGE_OWNER.matcher(text);
        if (!owner.find()) {
            return null;
        }
        String pronoun = switch (owner.group(1).toLowerCase(Locale.ROOT)) {
            case "his" -> "he";
            case "her" -> "she";
            case "its" -> "it";
            default -> "they";
        };
        return people.resolve(pronoun, owner.start(1));
    }

    private static final Pattern MESSAGE_OWNER = Pattern.compile("\\b([Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+"
            + "(?:(?:recently|newly|latest|recent|own|first|full|\\p{Ll}+ed)\\s+){0,3}"
            + "(?:statement|letter|message|post|e-?mail|tweet|note|release|remarks)\\b");

    /**
     * Whose words a paragraph of reported speech gives: in its last sentence with a speech verb, the subject of the
     * first one ("Ms Zakeyo claimed Chikore directed …" is Ms Zakeyo's claim, not Chikore's).
     */
    private String reporter(String text, People people) {
        String sentence = null;
        for (String s : text.strip().split("(?<=[.!?…])\\s+(?=\\p{Lu})")) {
            Matcher v = REPORTING.matcher(s);
            while (v.find()) {
                if (!notSpoken(s, v)) {
                    sentence = s;
                    break;
                }
            }
        }
        Matcher quoted = QUOTED_WHOM.matcher(text);
        if (quoted.find()) {
            String who = people.resolve(quoted.group(1), quoted.start(1));
            if (who != null && !ORGANIZATION.matcher(who).find()) {
                return who;
            }
        }
        if (sentence == null) {
            return null;
        }
        Matcher v = REPORTING.matcher(sentence);
        while (v.find()) {
            // "He was an apparel trader at Dhaka's New Market, said Kajal Akter, Liton's relative.": the name after
            // the verb speaks.
            Matcher after = AFTER_VERB_FIRST.matcher(sentence).region(v.start(), sentence.length());
            if (v.start() > 0
                    && v.group().matches("said|says|added|adds")
                    && sentence.substring(0, v.start()).matches("(?s).*,\\s*$")
                    && after.lookingAt()
                    && !after.group(1).matches("(?:The|A|An|One|Another)\\s.*")
                    && Character.isUpperCase(after.group(1).charAt(0))) {
                String who = people.resolve(after.group(1), text.indexOf(sentence) + after.start(1));
                if (who != null) {
                    return who;
                }
            }
            if (v.start() > 0 && !notSpoken(sentence, v)) {
                String head = sentence.substring(0, v.start());
                // (not "Police arrested Mark Lee, 34, who later broke down and said …": a clause of its own)
                if (JOINED_BY_AND.matcher(head).find()
                        && !WHO_CLAUSE.matcher(head).find()) {
                    // "Mayor Melissa Hamilton called it a responsible budget and said …": a verb joined by "and"
                    // shares the subject the sentence opens with, not the words before "and".
                    String who = subjectOfSentence(head, people, text.indexOf(sentence));
                    if (who != null) {
                        return who;
                    }
                    // "McVay is a well-known campaigner, and slammed council staff": a surname the story gave in full.
                    Matcher lead = LEADING_SUBJECT.matcher(head);
                    String named = lead.find() ? people.resolve(lead.group(1), text.indexOf(sentence)) : null;
                    if (named != null
                            && named.contains(" ")
                            && !ORGANIZATION.matcher(named).find()) {
                        return named;
                    }
                }
                return subject(head, people, text.indexOf(sentence) + v.start());
            }
        }
        return null;
    }

    /**
     * The quoted words inside the remarks' own clause: no one else speaks, calls or dismisses in between ("dismissed Tom
     * Reid's claims as “utter nonsense”", "Asked about Tom Reid's comments, Ann Price said they were “simply wrong”"
     * are Ann Price's).
     */
    private static final Pattern REMARKS_OF = Pattern.compile("(" + NAME + ")['’]s?\\s+(?:remarks?|comments?|words"
            + "|claims?|suggestions?|assertions?|warnings?|predictions?)\\s+(?:that\\s+|about\\s+)?"
            + "(?:(?!\\b(?:" + VERBS + "|called|calls|dismissed|dismisses|described|branded|labell?ed|termed|response"
            + "|responded|drew|as)\\b)[^.;:!?“”\",]){1,80}$");

    private static final Pattern INVERTED_AT_THE_END = Pattern.compile(
            ",\\s+(?:" + VERBS + ")\\s+((?:the|an?)\\s+\\p{Ll}[\\p{L}\\-]*(?:\\s+\\p{Ll}[\\p{L}\\-]*){0,3}"
                    + "|\\p{Lu}[\\p{L}’'.\\-]*(?:\\s+\\p{Lu}[\\p{L}’'.\\-]*){0,3})[.!]\\s*$");

    private static final Pattern PRONOUN_RESPONSE = Pattern.compile("\\b([Hh]is|[Hh]er)\\s+(?:response|reply|answer"
            + "|verdict|view|take|thoughts|message|statement|explanation|assessment)\\s*:\\s*$");

    private static final Pattern NAME_THEN_POSSESSED = Pattern.compile(
            // (not "Thanking Detective Sergeant Tom Reid, Ann Price’s mother said", "Like Tom Reid, …")
            "(?!\\p{Lu}\\p{Ll}+ing\\b|(?:Like|Unlike|As|With|After|Before|For|To|From|Despite)\\b)(" + NAME
                    + "),\\s+(?:" + NAME + ")['’]s\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}\\p{Ll}[\\p{Ll}\\-]*,?");

    private static final Pattern CLAUSE_IT = Pattern.compile("(?:,\\s*|\\s)(?:as|and|but|because|while|when)\\s+it$");

    private static final Pattern RELATIVE_OF =
            Pattern.compile("(?:\\p{Lu}[\\p{L}\\-]+\\s+){0,2}\\p{Lu}[\\p{L}\\-]+['’]s\\s+"
                    + "(?:widow|widower|wife|husband|mother|father|son|daughter|brother|sister|parents|family|fiancée?"
                    + "|girlfriend|boyfriend|grandmother|grandfather|aunt|uncle|niece|nephew)");

    private static final Pattern OPENING_PARTICIPLE_PHRASE =
            Pattern.compile("^\\s*\\p{Lu}\\p{Ll}+ing\\b[^,“”\"]{0,80},\\s*(?=\\p{Lu})");

    private static final Pattern HE_OR_SHE = Pattern.compile("[Hh]e|[Ss]he");

    private static final Pattern WHO_CLAUSE = Pattern.compile("\\b(?:who|which|whom)\\b");

    private static final Pattern JOINED_BY_AND = Pattern.compile("\\band\\s*$");

    /**
     * A few words in quotation marks in a sentence that says nobody said them are a name or a scare quote (Washington's
     * “joints for jabs” program), not a quotation.
     */
    private static boolean nameNotSpeech(String text, Span span, String quote) {
        if (Furniture.words(quote) > 4 || !partial(quote)) {
            return false;
        }
        String sentence = DateReader.sentenceAround(text, span.start);
        String rest = sentence.replace(quote, " ");
        return !VERB.matcher(rest).find()
                && !PARTICIPLE_ANYWHERE.matcher(rest).find()
                && !rest.matches(
                        "(?is).*\\b(?:according to|called|calls|dubbed|described|reported|reports|statement|branded|brands"
                                + "|labell?ed|labels|termed)\\b.*");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static boolean startsWithQuote(String text) {
        return Furniture.startsQuoted(text);
    }

    /**
     * The quoted spans of a paragraph that follows a quotation left open. A paragraph without an opening mark still
     * goes on with it when a closing mark comes before any opening one (here, or in one of the next two paragraphs:
     * the page dropped the marks of the middle one), or when it speaks in the first person ("We can’t go on like
     * this."): a quotation running over paragraphs whose marks the page lost.
     */
    static List<Span> goingOn(String text, List<String> paragraphs, int p) {
        List<Span> spans = spans(text);
        int close = firstClose(text);
        int open = firstOpen(text);
        if (close >= 0 && (open < 0 || close < open)) {
            List<Span> all = new ArrayList<>();
            all.add(new Span(0, close, false));
            for (Span span : spans(text.substring(close + 1))) {
                all.add(new Span(span.start + close + 1, span.end + close + 1, span.open));
            }
            return all;
        }
        if (open >= 0 || !spans.isEmpty()) {
            return spans;
        }
        boolean closedLater = false;
        for (int q = p + 1; q < Math.min(paragraphs.size(), p + 3) && !closedLater; q++) {
            int c = firstClose(paragraphs.get(q));
            int o = firstOpen(paragraphs.get(q));
            if (o >= 0 && (c < 0 || o < c)) {
                break;
            }
            closedLater = c >= 0;
        }
        return closedLater || FIRST_PERSON.matcher(text).find() ? List.of(new Span(0, text.length(), true)) : spans;
    }

    private static final Pattern FIRST_PERSON =
            Pattern.compile("^\\s*(?:I|I’m|I'm|I’ve|I've|We|We’re|We're|We’ve|Our|My)\\b");

    /**
     * The first closing mark: a typographic one, or a straight one glued to the word before it ("…every match,"
     * Maksymov said.), which closes; a straight mark after a space or at the start opens.
     */
    private static int firstClose(String text) {
        int typographic = text.indexOf('”');
        int straight = firstStraight(text, true);
        return typographic < 0 ? straight : straight < 0 ? typographic : Math.min(typographic, straight);
    }

    private static int firstOpen(String text) {
        int typographic = text.indexOf('“');
        int straight = firstStraight(text, false);
        return typographic < 0 ? straight : straight < 0 ? typographic : Math.min(typographic, straight);
    }

    private static int firstStraight(String text, boolean closing) {
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
            boolean glued =
                    i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "([—–-".indexOf(text.charAt(i - 1)) < 0;
            if (glued == closing) {
                return i;
            }
        }
        return -1;
    }

    static final int MAX_QUOTES_IN_A_PARAGRAPH = 100;

    private static final Pattern WIRE_CLOSE = Pattern.compile("\"|''|”");

    /** The quoted spans of a paragraph, in order. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char close;
            if (c == '`' && i + 1 < n && text.charAt(i + 1) == '`') {
                // ``It is not too late to get a flu shot." : a wire system's opening mark, two backticks, closed by a
                // straight mark (or two single ones).
                Matcher wireClose = WIRE_CLOSE.matcher(text);
                if (!wireClose.find(i + 2)) {
                    spans.add(new Span(i + 2, n, true));
                    break;
                }
                spans.add(new Span(i + 2, wireClose.start(), false));
                i = wireClose.end();
                continue;
            }
            if (c == '“') {
                close = '”';
            } else if (c == '«') {
                close = '»';
            } else if (c == '„') {
                // German marks close with “ (a ” inside them is an inner quotation's); Hungarian and Polish ones with
                // ”,
                // in a paragraph with no “ after them.
                close = text.indexOf('“', i + 1) < 0 && text.indexOf('”', i + 1) >= 0 ? '”' : '“';
            } else if (c == '"') {
                close = '"';
            } else if (c == '”'
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                    && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))
                    && text.indexOf('”', i + 1) > 0) {
                // "there’s ”no opportunity to be static …,” so she’s": a closing mark set where an opening one
                // belongs, after a space and before a word.
                close = '”';
            } else if (c == '”'
                    && i + 2 < n
                    && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2))
                    && text.indexOf('”', i + 2) > 0
                    && (i == 0
                                    // (not a stray mark before narration: "” The council will vote … “enough”")
                                    && (text.indexOf('“', i + 2) < 0
                                            || text.indexOf('“', i + 2) > text.indexOf('”', i + 2))
                            || SPEECH_BEFORE_MARK
                                    .matcher(text)
                                    .region(Math.max(0, i - 30), i)
                                    .find())) {
                // "Mr Sule said ” We would be asking for an adjournment …”.": the same, with a space after it, after a
                // verb of speech, or opening the paragraph ("” Their job is to do justice …”, Mr Tettey said.").
                int end = text.indexOf('”', i + 2);
                spans.add(new Span(i + 2, end, false));
                i = end + 1;
                continue;
            } else {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            if (c == '“' && end > 0) {
                // "“You’ve got to take it one week at a time," he said. "This is the next step …”": closed by a
                // straight
                // mark before its attribution, the next quotation opened by another.
                Matcher straight = STRAIGHT_CLOSE_THEN_SAID.matcher(text).region(i + 1, end);
                if (straight.find()) {
                    spans.add(new Span(i + 1, straight.start() + 1, false));
                    i = straight.start() + 2;
                    continue;
                }
            }
            if (c == '“') {
                // A second opening mark before any closing one: the first quote was left open by a typo; close it.
                int reopen = text.indexOf('“', i + 1);
                if (reopen >= 0 && (end < 0 || reopen < end)) {
                    // (a straight mark after the quotation's own comma or stop: not an inch, "a 6" pipe", nor a
                    // quotation inside it, "told me "go home" and …")
                    int straight = text.indexOf('"', i + 1);
                    while (straight > 0 && straight < reopen && ",.!?…".indexOf(text.charAt(straight - 1)) < 0) {
                        straight = text.indexOf('"', straight + 1);
                    }
                    if (straight > 0 && straight < reopen) {
                        // "“I think it will be great competition," Norris said. “It’ll be …": closed by a straight
                        // mark before the next opens.
                        spans.add(new Span(i + 1, straight, false));
                        i = straight + 1;
                        continue;
                    }
                    end = -1;
                    spans.add(new Span(i + 1, reopen, false));
                    i = reopen;
                    continue;
                }
            }
            if (end < 0 && c == '"' && text.indexOf('”', i + 1) > 0) {
                // "You can understand people being tired …” she explained.": a straight mark closed by a
                // typographic one.
                end = text.indexOf('”', i + 1);
            }
            if (end < 0 && c == '“' && text.indexOf('"', i + 1) > 0) {
                // "“Teams are on their way. Rescue will be ramped up," the collector said.": a typographic mark closed
                // by a straight one.
                end = text.indexOf('"', i + 1);
            }
            if (end < 0 && (c == '“' || c == '"')) {
                // "…or admitted to other hospitals,' told Prakash.": a double mark closed by a single one after the
                // quotation's last comma or stop.
                Matcher single = MISMATCHED_CLOSE.matcher(text);
                if (single.find(i + 1)) {
                    end = single.start() + 1;
                }
            }
            if (end < 0) {
                spans.add(new Span(i + 1, n, true));
                break;
            }
            spans.add(new Span(i + 1, end, false));
            i = end + 1;
        }
        spans.addAll(singleMarked(text, spans));
        spans.removeIf(s -> s.end <= s.start);
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }

    private static final Pattern SPEECH_BEFORE_MARK = Pattern.compile("\\b(?:" + VERBS + ")\\s*[:,]?\\s*$");

    private static final Pattern MISMATCHED_CLOSE = Pattern.compile("[,.!?…]['’](?=\\s|$)");

    /** An elision, not an opening mark: "the '90s", "rock 'n' roll", "'til", "'em". */
    private static final Pattern ELISION =
            Pattern.compile("['‘](?:\\d0s|n['’]|em|til|cause|tis|twas|bout|round|cos)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Quotations in single marks (British and Irish style: ‘We will rebuild,’ she said), outside any double-marked one.
     * A single mark opens at the start of the paragraph or after a space, a bracket or a dash, before a letter or a
     * digit; it closes after the quotation's punctuation (‘…rebuild,’ / ‘…rebuild.’) or before punctuation or a space
     * (‘…a disgrace’ and), so apostrophes inside words (it's, O'Neill) and of plurals (the parents' house) are not
     * marks. With no close, only a paragraph that opens with the mark runs to its end (a quotation going on).
     */
    static List<Span> singleMarked(String text, List<Span> doubles) {
        List<Span> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c != '‘' && c != '\'') || inside(i, doubles) || !opens(text, i)) {
                i++;
                continue;
            }
            int end = -1;
            int loose = -1;
            int j = i + 1;
            while (j < n) {
                char d = text.charAt(j);
                if (d == '‘' && opens(text, j)) {
                    break; // another opening mark first: this one was an apostrophe after all
                }
                if ((d == '’' || d == '\'') && closes(text, j)) {
                    end = j;
                    break;
                }
                if ((d == '’' || d == '\'')
                        && loose < 0
                        && text.charAt(j - 1) == 's'
                        && j + 1 < n
                        && text.charAt(j + 1) == ' ') {
                    loose = j; // "‘a shambles’ and" or "the parents’ house": the close only if no other comes
                }
                if (loose >= 0 && ".!?".indexOf(d) >= 0) {
                    break; // the sentence ended: the mark after the s was the close
                }
                j++;
            }
            if (loose >= 0 && (end < 0 || sentenceEndBetween(text, loose, end))) {
                end = loose;
            }
            if (end > 0) {
                found.add(new Span(i + 1, end, false));
                i = end + 1;
            } else if (i == 0 && c == '‘') {
                found.add(new Span(1, n, true));
                break;
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean sentenceEndBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (".!?".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(int at, List<Span> spans) {
        for (Span s : spans) {
            if (at >= s.start - 1 && at <= s.end) {
                return true;
            }
        }
        return false;
    }

    private static boolean opens(String text, int at) {
        if (at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1))) {
            return false;
        }
        if (ELISION.matcher(text).region(at, text.length()).lookingAt()) {
            return false;
        }
        return at == 0 || " \t([—–-".indexOf(text.charAt(at - 1)) >= 0;
    }

    private static boolean closes(String text, int at) {
        char before = text.charAt(at - 1);
        boolean last = at + 1 >= text.length();
        char after = last ? ' ' : text.charAt(at + 1);
        if (".,!?…".indexOf(before) >= 0) {
            return last || Character.isWhitespace(after) || ")—–".indexOf(after) >= 0;
        }
        if (!Character.isLetterOrDigit(before)) {
            return false;
        }
        if (last || ".,;:!?)…".indexOf(after) >= 0) {
            return true;
        }
        // "‘a disgrace’ and": a space after the mark closes too, but not a plural's apostrophe ("the parents' house").
        return Character.isWhitespace(after) && before != 's';
    }

    /** A quoted run of words, not a title of a work nor a single scare-quoted word. */
    static boolean isQuotation(String quote) {
        String s = quote.strip();
        int words = Furniture.words(s);
        if (words < 2) {
            return false;
        }
        // "a new book called “If I Knew Then,”": the comma the marks close over is the sentence's, not the title's.
        boolean punctuated = s.replaceFirst(",$", "").matches("(?s).*[.,!?;:…].*");
        if (!punctuated && words <= 10) {
            int capitalised = 0;
            int counted = 0;
            for (String w : s.split("\\s+")) {
                if (w.matches("(?i)of|the|a|an|and|&|in|on|at|to|for|with|from|by|or|vs\\.?")) {
                    continue;
                }
                counted++;
                if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                    capitalised++;
                }
            }
            if (counted > 0 && capitalised == counted && words >= 2) {
                return false;
            }
        }
        return true;
    }

    static boolean partial(String quote) {
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    static String doubledSingles(String text) {
        // "''I'm not doing this to be spiteful,'' she said": two apostrophes are a straight double mark.
        return text.indexOf("‘‘") < 0 && text.indexOf("’’") < 0 && text.indexOf("''") < 0
                ? text
                : text.replace("‘‘", "“").replace("’’", "”").replace("''", "\"");
    }

    /** Two or more words in capitals, none an acronym of three letters or fewer. */
    private static final Pattern SHOUTED = Pattern.compile("\\p{Lu}{4,}(?:\\s+\\p{Lu}{3,})+");

    private static final Set<String> TRAILING_ADVERBS =
            Set.of("also", "then", "later", "again", "further", "too", "previously");
    private static final Set<String> TRAILING_AUXILIARIES = Set.of("has", "have", "had");

    /** {@code s} without its last word when that word is one of {@code words}. */
    private static String withoutLastWord(String s, Set<String> words) {
        int space = s.length() - 1;
        while (space >= 0 && !Character.isWhitespace(s.charAt(space))) {
            space--;
        }
        if (space < 0 || !words.contains(s.substring(space + 1))) {
            return s;
        }
        int end = space;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static final Pattern TRAILING_AUXILIARY = Pattern.compile("\\s+(?:has|have|had)$");

    private static String withoutAuxiliary(String speaker, People people, int position) {
        if (speaker != null && SHOUTED.matcher(speaker).matches()) {
            // "IRISH RAIL HAS said …": a paper's capitals opening its paragraph are a name in its own case.
            StringBuilder name = new StringBuilder();
            for (String word : People.SPACES.split(speaker)) {
                if (!TRAILING_AUXILIARIES.contains(word.toLowerCase(Locale.ROOT))) {
                    name.append(name.isEmpty() ? "" : " ")
                            .append(word.charAt(0))
                            .append(word.substring(1).toLowerCase(Locale.ROOT));
                }
            }
            speaker = name.toString();
        }
        if (speaker == null || !TRAILING_AUXILIARY.matcher(speaker).find()) {
            return speaker;
        }
        String subject = TRAILING_AUXILIARY.matcher(speaker).replaceFirst("");
        String who = people.resolve(subject, position);
        return who != null ? who : subject;
    }

    private String attribute(String text, Span span, List<Span> spans, People people) {
        int index = spans.indexOf(span);
        int afterEnd = index + 1 < spans.size() ? spans.get(index + 1).start - 1 : text.length();
        int closeMark = Math.min(text.length(), span.end + 1);
        String after = span.open ? "" : text.substring(closeMark, Math.max(closeMark, afterEnd));
        int beforeStart = index > 0 ? Math.min(span.start - 1, spans.get(index - 1).end + 1) : 0;
        String before = text.substring(beforeStart, Math.max(beforeStart, span.start - 1));
        if (index > 0) {
            Span asked = spans.get(index - 1);
            if (text.substring(asked.start, asked.end).strip().endsWith("?")
                    && ASKED_BETWEEN.matcher(before).matches()) {
                return ANSWER;
            }
        }

        // "Asked about Ange Postecoglou's remarks the UAE would be ‘fearful of the Socceroos’, the national coach
        // said":
        // words quoted from someone's remarks are that one's, whoever answers them.
        Matcher remarks = REMARKS_OF.matcher(lastSentence(before));
        if (remarks.find()) {
            String who = people.resolve(remarks.group(1), span.start);
            if (who != null) {
                return who;
            }
        }

        // After the quote, in the same sentence.
        String afterSentence = firstSentence(after);
        // "“…” he replied." after "another health worker asked a doctor:": the one asked answers.
        Matcher m = PRONOUN_REPLIED.matcher(afterSentence);
        if (m.find()) {
            Matcher asked = ASKED_WHOM.matcher(text.substring(0, Math.max(0, span.start - 1)));
            String whom = null;
            while (asked.find()) {
                whom = asked.group(1);
            }
            if (whom != null) {
                String who = people.resolve(whom, span.start);
                if (who != null) {
                    return who;
                }
            }
        }
        String byRoleAfterVerb = named(AFTER_VERB_ROLE_NAME, afterSentence, people, span.end);
        if (byRoleAfterVerb != null) {
            return byRoleAfterVerb;
        }
        m = AFTER_VERB_FIRST.matcher(afterSentence);
        if (m.find()) {
            // "…,” said one resident, Maria Alvarez, who …": the name set beside the description.
            Matcher apposed = APPOSED_NAME.matcher(afterSentence.substring(m.end()));
            if (Character.isLowerCase(m.group(1).charAt(0)) && apposed.find()) {
                String who = people.resolve(apposed.group(1), span.end);
                if (who != null) {
                    return who;
                }
            }
            String who = people.resolve(m.group(1), span.end);
            if (who != null) {
                return who;
            }
        }
        m = AFTER_NAME_FIRST.matcher(afterSentence);
        if (m.find()) {
            // "…,” the Defence spokesperson, Brig Felix Kulayigye, tweeted": the name set beside the description.
            if (m.group(2) != null
                    && m.group(1).matches("(?i:a|an|the|one|another)\\s.*")
                    && NAME_RUN.matcher(m.group(2).strip()).matches()) {
                String who = people.resolve(m.group(2), span.end);
                if (who != null) {
                    return who;
                }
            }
            // "“…,” he added." after a paragraph quoting Karki that named the president in passing: the one who
            // spoke goes on.
            if (PRONOUN_GOING_ON.matcher(m.group()).find() && !namesAnother(text.substring(0, span.start), people)) {
                String goingOn = people.goingOn(m.group(1).toLowerCase(Locale.ROOT));
                if (goingOn != null) {
                    return goingOn;
                }
            }
            String who = people.resolve(m.group(1), span.end);
            if (who != null) {
                return who;
            }
        }
        m = AFTER_SUBJECT_THEN_VERB.matcher(afterSentence);
        String subjectBeforeVerb = m.find() ? m.group(1).strip() : null;
        if (subjectBeforeVerb != null
                && GROUP_AT_BODY.matcher(subjectBeforeVerb).matches()) {
            // "…,” analysts at XP Investimentos said": people unnamed keep the body they speak for.
            return subjectBeforeVerb;
        }
        String byRoleBeforeVerb = named(AFTER_ROLE_NAME, afterSentence, people, span.end);
        if (byRoleBeforeVerb != null) {
            return byRoleBeforeVerb;
        }
        // "…,” the Uganda People’s Defence Force spokesperson, UPDF spokesperson Brig Flavia Byekwaso said": who
        // stands before the verb, however described.
        if (subjectBeforeVerb != null && !PRONOUN.matcher(subjectBeforeVerb).matches()) {
            String who = subject(subjectBeforeVerb, people, span.end);
            if (who != null) {
                return who;
            }
        }
        // Before the quote, in the same sentence.
        String beforeSentence = lastSentence(before);
        // "A text message from Supt O’Neill following up on the matter, read, “Any hope”": whose message it is.
        Matcher from = MESSAGE_FROM.matcher(beforeSentence);
        if (from.find() && READS.matcher(beforeSentence).find()) {
            String who = people.resolve(from.group(1), span.start);
            if (who != null) {
                return who;
            }
        }
        m = ACCORDING_TO.matcher(beforeSentence);
        // "Martino told reporters, according to a translation. “…”": the one who speaks, not the source of the text.
        if (m.find() && !VERB.matcher(beforeSentence.substring(0, m.start())).find()) {
            String who = people.resolve(m.group(1), span.start);
            if (who != null) {
                return who;
            }
        }
        // "Civil defence teams said they put out a fire, while the US embassy issued a warning of “reports of a
        // possible
        // missile”": the subject of the clause the quotation closes.
        Matcher clause = CLOSING_CLAUSE_SUBJECT.matcher(beforeSentence);
        if (clause.find()) {
            String who = people.resolve(clause.group(1), span.start);
            if (who != null) {
                return who;
            }
        }
        // "Detective Constable Victoria Hazlewood: “Thankfully …": a name and a colon give the floor, as in a
        // transcript.
        Matcher colon = NAME_THEN_COLON.matcher(beforeSentence);
        if (colon.matches()) {
            String name = people.clean(colon.group(1));
            if (name != null
                    && name.contains(" ")
                    && !ORGANIZATION.matcher(name).find()) {
                String who = people.resolve(colon.group(1), span.start);
                if (who != null) {
                    return who;
                }
            }
        }
        // "We asked head coach Sam Williams for his take on the season. Here’s his response: “Well we won …": the one
        // the pronoun stands for.
        Matcher response = PRONOUN_RESPONSE.matcher(beforeSentence);
        if (response.find()) {
            String who = people.resolve(response.group(1).equalsIgnoreCase("his") ? "he" : "she", span.start);
            if (who != null) {
                return who;
            }
        }
        Matcher verb = VERB.matcher(beforeSentence);
        List<Integer> verbs = new ArrayList<>();
        while (verb.find()) {
            if (!notSpoken(beforeSentence, verb)) {
                verbs.add(verb.start());
            }
        }
        int lastVerb = verbs.isEmpty() ? -1 : verbs.get(verbs.size() - 1);
        // "…said addressing Tasovac, and added that …": a verb joined by "and" shares the first verb's subject.
        for (int v = verbs.size() - 1; v > 0; v--) {
            if (beforeSentence.substring(0, verbs.get(v)).strip().matches("(?s).*(?:\\band|\\bbut|,)$")) {
                lastVerb = verbs.get(v - 1);
            } else {
                break;
            }
        }
        if (verbs.isEmpty() && beforeSentence.strip().matches(NAME)) {
            String who = people.resolve(beforeSentence.strip(), span.start);
            if (who != null) {
                return who;
            }
        }
        // "Agius’s previous conviction was for an administrative offence, said the lawyer. “He is trustworthy …”": the
        // one the sentence before names after its verb goes on speaking.
        Matcher inverted = INVERTED_AT_THE_END.matcher(beforeSentence);
        if (inverted.find()) {
            String who = people.resolve(inverted.group(1), span.start);
            if (who != null) {
                return who;
            }
        }
        if (lastVerb > 0) {
            String head = beforeSentence.substring(0, lastVerb);
            // "He explained that Wade and others were being moved … “The officers received …”": a pronoun subject
            // stands for one named before it, not for a name in the clause it reports.
            int at = HE_OR_SHE.matcher(head.strip()).matches()
                    ? Math.max(0, span.start - 1 - beforeSentence.length()) + head.indexOf(head.strip())
                    : span.start;
            String who = subject(head, people, at);
            if (who != null) {
                return who;
            }
        }
        // "More than 50 angry Great Glen residents left the meeting, some shouting ‘shame on you’": the crowd.
        m = SHOUTING.matcher(beforeSentence);
        if (m.find()) {
            Matcher crowd = CROWD.matcher(beforeSentence.substring(0, m.start()));
            if (crowd.find()) {
                return crowd.group(1);
            }
        }
        // "She cancelled the meeting, saying it was not appropriate “to carry on …”": the sentence's subject.
        m = PARTICIPLE.matcher(beforeSentence);
        if (m.find()) {
            Matcher subject = SENTENCE_SUBJECT.matcher(beforeSentence.substring(0, m.start()));
            if (subject.find()) {
                // Resolved where the subject stands: "She demanded an apology from Philip Dunne, saying: …" is not
                // Philip Dunne, named after her.
                int at = Math.max(0, span.start - 1 - beforeSentence.length()) + subject.start(1);
                String who = people.resolve(subject.group(1), at);
                if (who != null) {
                    return who;
                }
            }
        }
        // "…a “howling northwesterly wind flow” will move in, producing gusts …, Fishel predicted.": said at the end
        // of the sentence the quotation is in.
        m = SENTENCE_FINAL.matcher(afterSentence);
        if (m.find()) {
            String who = people.resolve(m.group(1) != null ? m.group(1) : m.group(2), span.end);
            if (who != null) {
                return who;
            }
        }
        // "There were “a lot of people behaving badly” in a CCTV clip, the presiding magistrate said.": a role said it
        // at the sentence's end.
        String byRoleAtTheEnd = named(SENTENCE_FINAL_ROLE, afterSentence, people, span.end);
        if (byRoleAtTheEnd != null) {
            return byRoleAtTheEnd;
        }
        String byBodyAtTheEnd = named(SENTENCE_FINAL_BODY, afterSentence, people, span.end);
        if (byBodyAtTheEnd != null) {
            return byBodyAtTheEnd;
        }
        m = ACCORDING_TO.matcher(afterSentence);
        if (m.find()) {
            return people.resolve(m.group(1), span.end);
        }
        // "The council branded the plan “unaffordable”": words quoted in a sentence where nobody else speaks are its
        // subject's.
        if (partial(text.substring(span.start, span.end))) {
            // "…, according to … spokesman Bruce Krasnow, adding that “the company is exceeding its target.”": the
            // one the words are according to goes on.
            Matcher adding = ACCORDING_TO_ADDING.matcher(beforeSentence);
            if (adding.find()) {
                String who = people.resolve(adding.group(1), span.start);
                if (who != null && !ORGANIZATION.matcher(who).find()) {
                    return who;
                }
            }
            // (past an opening participle's phrase: "Reflecting on their defeat, Pakistan captain Agha rued … that it
            // was
            // still ‘under control’")
            return subjectOfSentence(
                    OPENING_PARTICIPLE_PHRASE.matcher(beforeSentence).replaceFirst(""), people, span.start);
        }
        return null;
    }

    /**
     * The person named in full as the subject of the paragraph's last sentence, with a verb in the past after the
     * name ("Prosecuting, Miss Audrey Chogumaira opposed the application"); else null.
     */
    private static String introducedSpeaker(String text, People people) {
        String strip = text.strip();
        int from = 0;
        Matcher stop = SENTENCE_END_BEFORE.matcher(strip);
        while (stop.find()) {
            from = stop.end();
        }
        Matcher m = INTRODUCED_SUBJECT.matcher(strip.substring(from));
        if (!m.lookingAt()) {
            return null;
        }
        // Brought in by what they do in the story ("Prosecuting, …", "Defending, …") or by a title ("Miss Audrey
        // Chogumaira"), not only named ("Tom Hughes died at the scene": the dead do not go on speaking).
        String run = m.group(2);
        boolean introducedAs = m.group(1) != null
                || isTitle(run.strip().split("\\s+")[0])
                || STANCE.matcher(m.group(3)).matches();
        String name = people.clean(run);
        if (introducedAs && name != null && !name.contains(" ")) {
            // "Cr Bartley disagreed, saying …" after "Cr Ross Bartley": a title and a surname stand for the whole name
            // the story gave before.
            String full = people.lastWithSurname(name);
            name = full != null ? full : name;
        }
        return introducedAs
                        && name != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()
                        && !People.PLACE_NAME.matcher(name).find()
                ? name
                : null;
    }

    /** Whether the paragraph says, outside its quotation marks, who spoke: "…,” she explained." */
    private static boolean attributed(String paragraph) {
        String outside = paragraph.replaceAll("[“\"][^”\"]*(?:[”\"]|$)", " ");
        return VERB.matcher(outside).find();
    }

    private static final Pattern INTRODUCED_SUBJECT = Pattern.compile(
            "\\s*(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,3},\\s+)?(" + NAME + ")\\s+(?:(?:\\p{Ll}+ly|also)\\s+)?"
                    // "Captain Ikanivere also shares similar sentiments.": told in the past or the present.
                    // (not "was", "has": "Cr Tom Reid was absent", "Dr Anna Price has since left the trust"; nor
                    // the dead)
                    + "(?!(?:was|has|is|does|goes|dies|died)\\b)(\\p{Ll}{2,}(?:ed|s))\\b");

    /** Verbs of a view held or argued: who does them speaks next, however named ("Werner also objected to …"). */
    private static final Pattern STANCE = Pattern.compile("objected|objects|disagreed|disagrees|argued|argues|insisted"
            + "|insists|warned|warns|urged|urges|questioned|criticised|criticized|criticises|criticizes|countered"
            + "|counters|conceded|concedes|stressed|stresses|maintained|maintains"
            // "Osborne repeatedly pointed to the ongoing negotiations …": an answer given in reported speech.
            + "|pointed|points|responded|responds|replied|replies|defended|defends|rejected|rejects|dismissed"
            + "|dismisses|acknowledged|acknowledges|admitted|admits|denied|denies");

    /** The person, quoted before, whose name (or surname) opens the paragraph as its subject; else null. */
    private static String returningSpeaker(String text, List<ImportedQuote> found) {
        Matcher m = LEADING_SUBJECT.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = People.clean(m.group(1), Set.of());
        if (name == null) {
            return null;
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            String speaker = found.get(i).speaker();
            if (speaker.contains(" ")
                    && !ORGANIZATION.matcher(speaker).find()
                    && (speaker.equals(name) || speaker.endsWith(" " + name))) {
                return speaker;
            }
        }
        return null;
    }

    private static final Pattern LEADING_SUBJECT = Pattern.compile("^\\s*(" + NAME
            + ")(?:,\\s+(?:however|though|meanwhile|too|also|in turn|for (?:his|her|its|their) part),)?\\s+\\p{Ll}");

    /** The person or body a sentence opens with, when it is its subject: "NHS Dumfries and Galloway paid …". */
    private static String subjectOfSentence(String sentence, People people, int position) {
        // "His statement, posted to the district website, indicates …": the statement's owner says it.
        if (MESSAGE_OWNER.matcher(sentence).lookingAt()) {
            String owner = ownerOfMessage(sentence, people);
            if (owner != null) {
                return owner;
            }
        }
        // "Lusaka, however, quashed …": an aside between the subject and its verb.
        sentence = ASIDE.matcher(sentence).replaceFirst("$1");
        // "After the decision, Great Glen parish council chairman Bill Glasper called …": past the opening phrase.
        Matcher opening = OPENING_PHRASE.matcher(sentence);
        if (opening.find()) {
            sentence = sentence.substring(opening.end());
        }
        Matcher role = SUBJECT_ROLE_NAME.matcher(sentence);
        if (role.find()) {
            String who = people.resolve(role.group(1), position);
            if (who != null) {
                return who;
            }
        }
        Matcher body = BODY_SUBJECT.matcher(sentence);
        if (body.find() && ORGANIZATION.matcher(body.group(1)).find()) {
            return body.group(1);
        }
        // "Newton police had issued a new request that residents “remain alert and vigilant”": a town's police.
        Matcher police = PLACE_POLICE_SUBJECT.matcher(sentence);
        if (police.find()) {
            return police.group(1);
        }
        // "A Norfolk County youth who put …": only a name followed by its verb is the subject.
        Matcher subject = SENTENCE_SUBJECT.matcher(sentence);
        return subject.find()
                        && VERB_AFTER_SUBJECT
                                .matcher(sentence)
                                .region(subject.end(), sentence.length())
                                .lookingAt()
                ? people.resolve(subject.group(1), position)
                : null;
    }

    private static final Pattern PLACE_POLICE_SUBJECT = Pattern.compile(
            "^\\s*((?:\\p{Lu}[\\p{Ll}\\-]+\\s+){1,3}police)\\s+(?:(?:had|has|have|also|then)\\s+)?\\p{Ll}+(?:ed|s)\\b");

    private static final Pattern ASIDE = Pattern.compile(
            "^(\\s*" + NAME + "),\\s+(?:however|though|meanwhile|too|also|in turn|for (?:his|her|its|their) part),");

    private static final Pattern OPENING_PHRASE = Pattern.compile(
            "^\\s*(?:After|Before|During|Following|In|On|At|Since"
                    + "|When|While|As|Despite|Speaking|Meanwhile|However|Later|Earlier|Yesterday|Today|Last|Asked)\\b[^,“”\"]{0,60},\\s+");
    /** "Great Glen parish council chairman Bill Glasper called": a body and a role, then the name and a verb. */
    private static final Pattern SUBJECT_ROLE_NAME = Pattern.compile("^\\s*(?:(?:The|the)\\s+)?(?:" + NAME
            + "\\s+)?(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}(?:" + ROLES + ")\\s+(" + NAME + ")(?=\\s+\\p{Ll})");

    private static final Pattern VERB_AFTER_SUBJECT =
            Pattern.compile("\\s+(?:also\\s+)?(?:\\p{Ll}+(?:ed|s)|has|had|was|is"
                    + "|were|are|will|would|put|told|said|made|gave|took|saw|got|met|won|lost|left|sent|paid|set|cut|hit|held"
                    + "|kept|led|ran|came|went|spoke|wrote)\\b");

    /** An institution's name may join its places with "and": "NHS Greater Glasgow and Clyde". */
    private static final Pattern BODY_SUBJECT = Pattern.compile(
            "^\\s*((?:The\\s+)?" + NAME + "(?:\\s+and\\s+" + NAME + ")?)(?=\\s+(?:also\\s+)?\\p{Ll}+(?:ed|id|aid)\\b)");

    /**
     * A speech word where nobody speaks: after a form of "be" it is passive, something done to someone ("the suspect
     * who had been admitted to hospital", "he was told to leave"); before a verb of its own it is a noun, the subject
     * ("some unpleasant texts had been sent", "the claims were false").
     */
    static boolean notSpoken(String text, Matcher verb) {
        return PASSIVE_AUXILIARY.matcher(text.substring(0, verb.start())).find()
                // "quashed Moses Kuria's claims", "the minister's notes": after an owner, a noun.
                || NOUN_AFTER_OWNER.matcher(text.substring(0, verb.start())).find()
                // "Guam had 29 confirmed cases": after a number, a word describing what is counted.
                // "its recently posted statement": a participle before what was posted.
                || MESSAGE_AFTER.matcher(text).region(verb.end(), text.length()).lookingAt()
                || COUNT_BEFORE
                                .matcher(text.substring(Math.max(0, verb.start() - 24), verb.start()))
                                .find()
                        && COUNTED_AFTER
                                .matcher(text)
                                .region(verb.end(), text.length())
                                .lookingAt()
                // "Boyd had asked him to apologise": a request, not words spoken here.
                || ASKED_TO.matcher(text).region(verb.end(), text.length()).lookingAt()
                        && verb.group().matches("asked|asks|told|tells|urged|urges")
                || NOUN_BEFORE_VERB
                        .matcher(text)
                        .region(verb.end(), text.length())
                        .lookingAt();
    }

    private static final Pattern SHOUTING = Pattern.compile(
            ",\\s+(?:some\\s+|many\\s+|others\\s+|one\\s+)?(?:shouting|chanting|yelling|screaming|crying)\\b");
    /** "More than 50 angry Great Glen residents": the crowd, by its place and kind. */
    private static final Pattern CROWD =
            Pattern.compile("^\\s*(?:[\\p{L}\\d\\- ]{0,40}?\\s)?((?:" + NAME + "\\s+)?(?:" + GROUPS + "))\\b");

    private static final Pattern PRONOUN_REPLIED =
            Pattern.compile("^[,.!?…]?\\s*(?:he|she)\\s+(?:replied|answered|responded)\\b");
    private static final Pattern ASKED_WHOM =
            Pattern.compile("\\basked\\s+((?:a|an|the)\\s+[\\p{Ll}\\- ]{2,30}?|" + NAME + ")\\s*[:,]");

    private static final Pattern MESSAGE_AFTER =
            Pattern.compile("\\s+(?:statement|letter|message|e-?mail|tweet|note|remarks)\\b");

    private static final Pattern CLOSING_CLAUSE_SUBJECT = Pattern.compile(",\\s+(?:while|whereas)\\s+((?:the|a|an)\\s+"
            + "(?:\\p{Lu}[\\p{L}.\\-]*\\s+){0,3}\\p{Ll}[\\p{Ll}\\-]+|" + NAME
            + ")\\s+(?:also\\s+)?(?:issued|gave|sent|posted"
            + "|published|released|put out)\\s+(?:a|an|its|his|her|their)\\s+(?:\\p{Ll}+\\s+){0,2}(?:warning|statement"
            + "|message|notice|advisory|alert)\\b[^,“”\"]{0,40}$");

    private static final Pattern COUNTED_AFTER = Pattern.compile("\\s+\\p{Ll}{3,}s\\b");

    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?:\\b\\d[\\d,.]*|\\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several))\\s+$");

    private static final Pattern NOUN_AFTER_OWNER = Pattern.compile(
            "(?:(?<!\\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Ww]ho|[Tt]here|[Ww]hat))['’]s|\\b(?:the|his|her|their"
                    + "|its|these|those|such|any|no))\\s+$");

    private static final Pattern ASKED_TO = Pattern.compile(
            "\\s+(?:him|her|them|me|us|it|the\\s+\\p{Ll}+|\\p{Lu}\\p{L}+)\\s+(?:not\\s+)?to\\s+\\p{Ll}");

    private static final Pattern NOUN_BEFORE_VERB = Pattern.compile(
            "\\s+(?:had|have|has|were|was|are|is|would|will|could|can|did|do)\\b(?!\\s+(?:to|that)\\b)");

    private static final Pattern PASSIVE_AUXILIARY =
            Pattern.compile("\\b(?:been|being|was|were|is|are|be|get|got|gets)\\s+(?:\\p{Ll}+ly\\s+)?$");

    private static final Pattern MESSAGE_FROM = Pattern.compile("\\b(?i:text|message|statement|letter|note|e-?mail"
            + "|tweet|post|reply)(?:\\s+message)?\\s+from\\s+(" + NAME + ")");
    private static final Pattern READS = Pattern.compile("\\b(?:read|reads)[,:]?\\s*$");
    private static final Pattern PARTICIPLE = Pattern.compile(",\\s+(?:(?:later|also|then|further|again)\\s+)?"
            + "(?:saying|adding|insisting|noting|arguing|explaining|warning|writing|stressing|claiming)\\b");
    /** "…, later adding that NHS boards had put “robust planning” in place": someone speaks in the sentence. */
    private static final Pattern PARTICIPLE_ANYWHERE = Pattern.compile(
            "\\b(?:saying|adding|insisting|noting|arguing|explaining|warning|writing|stressing|claiming|shouting"
                    + "|chanting|yelling|screaming|crying)\\b");

    private static final Pattern SENTENCE_SUBJECT =
            Pattern.compile("^\\s*(He|She|They|We|" + NAME + "(?:\\s+(?!(?:" + VERBS + ")\\b)\\p{Ll}+s)?)"
                    // "Courteney Batya Ross, George Floyd’s girlfriend, thanked a crowd …, saying": past an apposition.
                    + "(?:,\\s+[^,“”\"]{2,80},)?(?=\\s+\\p{Ll})");
    private static final Pattern SENTENCE_FINAL = Pattern.compile(",\\s+(?:(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,2}(?:(?:"
            + ROLES + ")\\s+)?(" + NAME
            + "|he|she|they)\\s+(?:also\\s+)?(?:" + VERBS + ")|(?:" + VERBS + ")\\s+(" + NAME + "))\\b[^,“”\"]{0,40}$");

    /** "an IDF statement", "the ministry's release" is not this (lower case), "a White House press release". */
    private static final Pattern ISSUED_BY =
            Pattern.compile("(?:a|an|the)\\s+(" + NAME + ")(?:['’]s)?\\s+(?:press\\s+|news\\s+)?"
                    + "(?:statement|report|release|tweet|letter|post|announcement|communiqu[eé]|notice|bulletin)");

    /** "Amsterdam City Hall", "Leeds City Council", "the Municipality of Lisbon". */
    private static final Pattern NAMED_CITY_GOVERNMENT = Pattern.compile("((?:\\p{Lu}[\\p{L}\\-]*\\s+){1,3}"
            + "(?:City|Town|County|Borough|District|Municipal)\\s+(?:Hall|Council|Government|Administration)"
            + "|Municipality\\s+of\\s+\\p{Lu}[\\p{L}\\-]*)");

    /** A town's police in lower case anywhere in the story ("Jonesboro police said"), to tell two forces apart. */
    private static final Pattern TOWN_POLICE = Pattern.compile(
            "\\b(?!(?:The|When|After|Before|But|And|Then|Now|Meanwhile|Later|Earlier|Today|Yesterday|Local|State|City"
                    + "|County|Federal)\\b)\\p{Lu}\\p{Ll}+\\s+police\\b");

    /** A police force by its place: "Moose Jaw RCMP", "West Midlands Police", "Dallas Police Department". */
    private static final Pattern NAMED_POLICE_FORCE = Pattern.compile("(?<!\\b(?:of|the|The)\\s)"
            + "((?:\\p{Lu}[\\p{Ll}\\-]+\\s+){1,3}(?:RCMP|OPP|Police(?:\\s+(?:Service|Department|Force))?|Constabulary)"
            // "Police Scotland is appealing for information": the national forces named place last.
            + "|Police\\s+Scotland|Police\\s+Service\\s+of\\s+Northern\\s+Ireland"
            // "McKee was arrested by Paragould police": a town's police in lower case, after a preposition.
            + "|(?<=\\b(?:by|from|with|told)\\s)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|The|Local|State|City|County|Federal)\\b)"
            + "\\p{Lu}[\\p{Ll}\\-]+(?:\\s+\\p{Lu}[\\p{Ll}\\-]+){0,2}\\s+police)"
            + "\\b(?!\\s+(?:\\p{Lu}|officers?\\b|chief|spokes|department|station|force|service))");

    /** "the city administration", "the local government", "city authorities", "the municipality", "city hall". */
    private static final Pattern CITY_GOVERNMENT =
            Pattern.compile("(?i)(?:(?:the|a)\\s+)?(?:(?:city|town|county|borough"
                    + "|municipal|local)\\s+(?:government|administration|authorities|authority|council|hall)|municipality)"
                    + "(?:['’]s)?(?:\\s+(?:statement|release|spokesperson|spokesman|spokeswoman))?");

    /** "…, city authorities in the Dutch capital said Saturday.": a body of officials speaks at the sentence's end. */
    private static final Pattern SENTENCE_FINAL_ROLE = Pattern.compile(",\\s+((?:the|a|an)\\s+(?:\\p{Ll}+\\s+)?(?:"
            + ROLES + "))\\s+(?:also\\s+)?(?:" + VERBS + ")\\b[^,“”\"]{0,40}$");

    private static final Pattern SENTENCE_FINAL_BODY = Pattern.compile(",\\s+((?:the\\s+)?(?:\\p{Ll}+\\s+)?"
            + "(?:authorities|officials|government|administration)|the\\s+(?:story|article|paper|newspaper))"
            + "(?:\\s+(?:in|of|at|for)\\s+[^,“”\"]{1,40}?)?"
            + "\\s+(?:also\\s+)?(?:" + VERBS + "|reports|reported)\\b[^,“”\"]{0,40}$");

    /** A newspaper, magazine or agency by its name: "The Wall Street Journal", "the Irish Times". */
    private static final Pattern PUBLICATION_WORD = Pattern.compile("(?:Journal|Times|Post|Herald|Gazette|Tribune"
            + "|Telegraph|Guardian|Observer|Chronicle|Mail|Express|Independent|Courier|Examiner|Standard|Globe|Star|Sun"
            + "|Magazine|Weekly|Daily)\\b");

    private static final Pattern NAMED_PUBLICATION = Pattern.compile("(?:\\p{Lu}[\\p{L}\\-]*\\s+){0,3}(?:Journal|Times"
            + "|Post|Herald|Gazette|Tribune|Telegraph|Guardian|Observer|Chronicle|Mail|Express|Independent|Courier"
            + "|Examiner|Standard|Globe|Star|Sun|Magazine|Weekly|Daily)\\b");

    /** "the story reports", "the newspaper said": the publication the story cites. */
    private static final Pattern THE_PUBLICATION = Pattern.compile("the\\s+(?:story|article|paper|newspaper|magazine)");

    private static final Pattern FEMALE_HONORIFIC = Pattern.compile("\\b(?:Miss|Mrs|Ms|Mme|Madam|Dame|Lady)\\.?\\s+$");
    private static final Pattern MALE_HONORIFIC = Pattern.compile("\\b(?:Mr|Sir|Lord)\\.?\\s+$");

    /** "The Shah Alam MP", "the Selangor Chief Minister": an office by its place, with no name. */
    private static final Pattern SEAT_OR_OFFICE = Pattern.compile(
            "(?:The|the)\\s+(?:\\p{Lu}[\\p{L}\\-]*\\s+){1,3}"
                    + "(?:MP|MPP|MSP|MLA|MEP|TD|[Mm]inister|[Ss]enator|[Cc]ongress(?:man|woman)|[Mm]ayor|[Gg]overnor|[Ll]awmaker)");

    /** "a spokeswoman for NHS Greater Glasgow and Clyde", "an official at the Ministry of Health". */
    private static final Pattern DESCRIPTION_FOR_BODY = Pattern.compile("(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\\s+"
            // "analysts at XP Investimentos": a group of people at a body, without an article.
            + "|(?=(?:" + UNNAMED_GROUPS + ")\\s))"
            + "\\p{Ll}[\\p{Ll}\\- ]{2,40}?\\s+(?:for|of|at|from|with)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*"
            + "(?:\\s+(?:and|of|for|the|&|\\p{Lu}[\\p{L}'’.\\-]*))*");

    private static final Pattern DESCRIBED_OFFICE_OF =
            // Only an office held before ("The former chairman of …"): "The chairman of the Federal Reserve said" is a
            // new speaker, not the last one.
            Pattern.compile("^(?:The|the)\\s+((?:former|outgoing)\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,1}(?:" + ROLES
                    + "))\\s+(?:of|for|at|on)\\s+(?:the\\s+)?\\p{Lu}[^“”\"]{2,120}$");

    private static final Pattern BODY_SPOKESPERSON =
            Pattern.compile("(?:[Aa]n?|[Tt]he)\\s+(?:\\p{Lu}[\\p{L}’'&\\-]*\\s+){1,5}"
                    + "(?:spokesperson|spokesman|spokeswoman|source|official)");

    private static final Pattern NAME_APPOSED_LAST = Pattern.compile("^(?:" + NAME + "),\\s+(" + NAME + "),$");

    private static final Pattern NAME_APPOSED_AT_END = Pattern.compile(",\\s+(" + NAME + "),\\s+[^,“”\"]{2,80},$");

    private static final Pattern NAME_WITH_OFFICE = Pattern.compile("^(" + NAME + "),\\s+([^“”\"]{2,120}),$");

    private static final Pattern NAME_WITH_CAPITAL_OFFICE = Pattern.compile("(?:^|.*,\\s+)(" + NAME
            + "),\\s+((?:\\p{Lu}[\\p{L}\\-]*\\s+){1,4}(?:of|for|at)\\s+(?:the\\s+)?\\p{Lu}[^“”\",]{2,80})$");

    /** "Police Inspector Frank Hall of GMP’s Wigan District, said": the person, then the body he is of. */
    private static final Pattern NAME_OF_BODY =
            Pattern.compile("^(" + NAME + ")\\s+(?:of|from|at|with)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'.&\\-]*"
                    + "(?:\\s+(?:(?:of|the|and|for|&)\\s+)?\\p{Lu}[\\p{L}’'.&\\-]*){0,6},?$");

    private static final Pattern NAME_WITH_LOWER_OFFICE = Pattern.compile("(?:^|.*,\\s+)(" + NAME
            + "),\\s+((?:the\\s+)?(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}(?:" + ROLES
            + ")\\s+(?:of|for|at|on|with)\\s+(?:the\\s+)?\\p{Lu}[^“”\",]{2,80})$");

    // Word by word, each run of spaces belonging to one place only: no backtracking over long runs of spaces.
    private static final Pattern AFTER_SUBJECT_THEN_VERB = Pattern.compile("^[,.!?…]?\\s*((?:(?:the|a|an|The|A|An)"
            + "|(?=(?:" + UNNAMED_GROUPS + ")\\s+(?:at|for|of|from|with)\\s)\\p{Ll}+)"
            + "(?:\\s+[^\\s“”\".!?;:]+){1,20}?)\\s+(?:(?:" + VERBS + ")\\b|was\\s+quoted\\s+as\\s+saying\\b)");

    private static final Pattern GROUP_AT_BODY = Pattern.compile("(?:" + UNNAMED_GROUPS
            + ")\\s+(?:at|for|of|from|with)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.&\\-]*"
            + "(?:\\s+(?:and|of|for|the|&|\\p{Lu}[\\p{L}'’.&\\-]*))*");

    private static final Pattern THE_TITLE_AT_END = Pattern.compile("(?:^|\\s)((?:[Tt]he)\\s+(\\p{Lu}\\p{Ll}+))$");

    private static final Pattern NAME_THEN_COLON = Pattern.compile("^\\s*(" + NAME + ")\\s*:\\s*$");

    private static final Pattern PARENTHESES = Pattern.compile(" ?\\((?!\\p{Lu}{2,8}\\))[^()“”\"]{1,40}\\)");

    private static final Pattern PARTICIPLE_ASIDE =
            Pattern.compile(",\\s+(?:(?:not|never|also)\\s+)?\\p{Ll}{2,}ing\\b[^,“”\"]{0,120},$");

    private static final Pattern CLAUSE_SUBJECT =
            Pattern.compile("\\s(?:when|while|whereas|as|after|before|because|since|until|where)\\s+(" + NAME + ")$");

    private static final Pattern AGE_AND_ADDRESS = Pattern.compile(
            "(?<=\\p{L}),\\s+(?:\\d{1,3},\\s+(?:(?:of|from)\\s+\\p{Lu}[^,“”\"]{1,40}(?:,\\s+\\p{Lu}[^,“”\"]{1,30}){0,2},?)?"
                    + "|(?:of|from)\\s+\\p{Lu}[^,“”\"]{1,40}(?:,\\s+\\p{Lu}[^,“”\"]{1,30}){0,2},)$");

    /** An apposition naming an office: a title or an institution in it. */
    private static boolean holdsOffice(String apposition) {
        for (String w : People.SPACES.split(apposition)) {
            if (isTitle(w.replaceAll("[(),]", ""))) {
                return true;
            }
        }
        return ORGANIZATION.matcher(apposition).find();
    }

    /** "Commenting on the matter senior journalist Brezhnev Malaba": the name right after a role in lower case. */
    private static final Pattern NAME_AFTER_LOWER_ROLE = Pattern.compile("(?:^|\\s)(?!(?:on|in|at|of|for|to|by|with"
            + "|from|the|a|an|and|or|but|than|as|that|who|which|when|while)\\s)\\p{Ll}[\\p{Ll}\\-]+\\s+(" + NAME
            + ")$");

    /** "The Herald on Wednesday quoted Nyathi who confirmed …": the one quoted speaks. */
    static final Pattern QUOTED_WHOM =
            Pattern.compile("\\bquoted\\s+(" + NAME + ")(?=\\s+(?:as\\s+saying|who|saying)\\b|,)");

    private static final Pattern LEADING_NAME_WITH_APPOSITION =
            Pattern.compile("^(" + NAME + "),\\s+\\p{Ll}[^“”\"]*,$");

    /** Who the first group of a pattern names in {@code words}, resolved; null when it does not match or names nobody. */
    private static String named(Pattern pattern, String words, People people, int at) {
        Matcher m = pattern.matcher(words);
        return m.find() ? people.resolve(m.group(1), at) : null;
    }

    /** The one who speaks in the words before a verb: the nearest pronoun, name or description. */
    /** The person a whole name (given name and surname, no body) found by a pattern is; null when it is not one. */
    /** Two or three capitalised words closing the subject, after an office that holds a preposition. */
    private static final Pattern NAME_ENDING =
            Pattern.compile("\\s(?:in|of|for|at)\\s.*?\\s(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})$");

    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{Ll}’'\\-]*\\.?\\s+$");

    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("\\b(?:of|for|to|with|by|from|at|and|on|about|against|the|a|an)\\s*$");

    private static String wholePerson(String words, People people, int position) {
        String name = people.clean(words);
        if (name == null || !name.contains(" ") || ORGANIZATION.matcher(name).find()) {
            return null;
        }
        return people.resolve(words, position);
    }

    /**
     * Whether the words name a person other than the last speaker ("Police Commissioner Edward Caban said officers had
     * made four arrests overnight. “More arrests will follow,” he added.": Caban goes on, not the mayor before him).
     */
    private static boolean namesAnother(String words, People people) {
        Matcher run = NAME_RUN.matcher(words);
        while (run.find()) {
            String name = run.group().strip().split("\\s+").length >= 2 ? people.clean(run.group()) : null;
            if (name != null
                    && name.contains(" ")
                    && !ORGANIZATION.matcher(name).find()
                    && !name.equals(people.lastSpeaker)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PRONOUN_GOING_ON = Pattern.compile(
            "^[,.!?…]?\\s*(?:he|she)\\s+(?:also\\s+|then\\s+)?(?:added|adds|continued|continues|went on)\\b");

    private static final Pattern PARTICIPLE_OPENING = Pattern.compile("^\\s*(?:Talking|Speaking|Writing|Responding"
            + "|Reacting|Addressing|Commenting)\\s+(?:to|with|on|at|about)\\s+[^,“”\".]{1,60}\\s+"
            + "(?=\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,3}\\s*$)");

    private static final Pattern WHO_CLAUSE_BEFORE_VERB = Pattern.compile("(" + NAME + ")(?:,\\s+\\d{1,3})?"
            + "(?:,\\s+(?:from|of)\\s+[^,;:“”\"]{1,40})?,\\s+who\\b(?!\\s+(?:" + VERBS + ")\\b\\s*\\S)"
            + "[^,;:“”\"]{0,200}$");

    private String subject(String words, People people, int position) {
        // "The ministry also said": an adverb between the subject and its verb is not part of who.
        // Word by word from the end, not a pattern anchored at the end (which a long run of spaces makes slow).
        String s = withoutLastWord(words.strip(), TRAILING_ADVERBS);
        s = withoutLastWord(s, TRAILING_AUXILIARIES);
        // "Another employee Ben Jones, 32, of Joeys Lane, Bilbrook, said": an age and an address after the name
        // describe it; the place is nobody.
        s = AGE_AND_ADDRESS.matcher(s).replaceFirst("");
        // "Coun Dan Cohen (Lab), responded": a party or a place in brackets is no one; "Mr Quinn, saying he hadn't
        // an opportunity …, claimed": an aside of a participle between the subject and its verb neither.
        s = PARENTHESES.matcher(s).replaceAll("");
        s = PARTICIPLE_ASIDE.matcher(s).replaceFirst("");
        // "Talking with Setopati on Friday Karki has stated": the participle's phrase, without its comma, is not who.
        s = PARTICIPLE_OPENING.matcher(s).replaceFirst("");
        // "Maerdy Boxing Club paid tribute to Morgan, who was a champion, as it said in a statement": the pronoun of
        // the clause the verb is in stands for the body the sentence opens with.
        Matcher clausePronoun = CLAUSE_IT.matcher(s);
        if (clausePronoun.find()) {
            String body = subjectOfSentence(s.substring(0, clausePronoun.start()), people, position);
            if (body != null && ORGANIZATION.matcher(body).find()) {
                return body;
            }
        }
        // "coach Sandeep Mayanna, who was a player … and now has been appointed as a coach for Team India said", "led
        // by
        // retired farmer Barry Croke, from Kialla, who said": the one the relative clause is about, not a name in it.
        Matcher antecedent = WHO_CLAUSE_BEFORE_VERB.matcher(s);
        if (antecedent.find()) {
            String who = people.resolve(antecedent.group(1), position);
            if (who != null && !ORGANIZATION.matcher(who).find()) {
                return who;
            }
        }
        // "Rodney Floyd, George Floyd’s brother, said": the name, not the one its description belongs to.
        Matcher namedRelative = NAME_THEN_POSSESSED.matcher(s);
        if (namedRelative.matches()) {
            String who = people.resolve(namedRelative.group(1), position);
            if (who != null) {
                return who;
            }
        }
        // "Degamo’s widow welcomed Teves’s arrest": one's relative, unnamed, is not the one the possessive names.
        Matcher relative = RELATIVE_OF.matcher(s);
        if (relative.matches()) {
            return s;
        }
        // "… when Judge Seamus Hughes recalled": the subject of the clause the verb is in, not of the sentence.
        Matcher clause = CLAUSE_SUBJECT.matcher(s);
        if (clause.find()) {
            String name = people.clean(clause.group(1));
            if (name != null && !ORGANIZATION.matcher(name).find()) {
                String who = people.resolve(clause.group(1), position);
                if (who != null) {
                    return who;
                }
            }
        }
        // "The former chairman of the Parliamentary Select Committee on Health, Science and Innovation said": a person
        // described by an office of a body, whom the story has not named in that office, is the one it is about (the
        // one who last spoke), not a word of the body's name.
        Matcher describedOffice = DESCRIBED_OFFICE_OF.matcher(s);
        if (describedOffice.matches()) {
            String holder = people.roleHolder(describedOffice.group(1).toLowerCase(Locale.ROOT));
            String who = holder != null ? holder : people.lastSpeaker;
            if (who != null) {
                return who;
            }
        }
        // "Chairman of the Jamaica Police Federation, Corporal Rohan James, has also condemned": the name set off by
        // commas just before the verb.
        Matcher lastApposed = NAME_APPOSED_LAST.matcher(s);
        if (lastApposed.find() && !ORGANIZATION.matcher(lastApposed.group(1)).find()) {
            String who = people.resolve(lastApposed.group(1), position);
            if (who != null) {
                return who;
            }
        }
        // "Bazlur Rashid, Deputy Assistant Director of Fire Service and Civil Defence, said": a person, then an office
        // in capitals set off by commas.
        Matcher office = NAME_WITH_OFFICE.matcher(s);
        // "Deb Williams, Managing Partner for Clapham Road Surgery said:": an office in capitals of a place, its
        // closing comma left out.
        Matcher capitalOffice = NAME_WITH_CAPITAL_OFFICE.matcher(s);
        if (!capitalOffice.matches()) {
            // "Coun Stewart Golton, leader of the Liberal Democrats on Leeds City Council said:": a role of a body.
            capitalOffice = NAME_WITH_LOWER_OFFICE.matcher(s);
        }
        boolean withOffice = office.matches() && holdsOffice(office.group(2));
        if (!withOffice && capitalOffice.matches()) {
            office = capitalOffice;
            withOffice = true;
        }
        if (withOffice) {
            String name = people.clean(office.group(1));
            if (name != null
                    && name.contains(" ")
                    && !ORGANIZATION.matcher(name).find()) {
                String who = people.resolve(office.group(1), position);
                if (who != null) {
                    return who;
                }
            }
        }
        Matcher ofBody = NAME_OF_BODY.matcher(s);
        String ofBodyPerson = ofBody.matches() ? wholePerson(ofBody.group(1), people, position) : null;
        if (ofBodyPerson != null) {
            return ofBodyPerson;
        }
        // "Raymond Thomas Dalio, co-chief investment officer of …, Bridgewater Associates, said": the name the
        // appositions describe, not the last name in them.
        Matcher apposed = LEADING_NAME_WITH_APPOSITION.matcher(s);
        if (apposed.matches()) {
            String who = people.resolve(apposed.group(1), position);
            if (who != null) {
                return who;
            }
        }
        // "The crash happened at 3am, Chief Prosecutor Omar Haddad, Head of … Prosecution, said": the name set off by
        // commas at the sentence's end, before its apposition.
        Matcher closing = NAME_APPOSED_AT_END.matcher(s);
        if (closing.find()) {
            String who = people.resolve(closing.group(1), position);
            if (who != null && !ORGANIZATION.matcher(who).find()) {
                return who;
            }
        }
        // "Another text from Garda Geary informed …": the one who sent it.
        Matcher from = MESSAGE_FROM.matcher(s);
        if (from.find()) {
            String who = people.resolve(from.group(1), position);
            if (who != null) {
                return who;
            }
        }
        // "During the session, he also said": the pronoun just before the verb.
        Matcher pronoun = PRONOUN_BEFORE_VERB.matcher(s);
        if (pronoun.find()) {
            return people.resolve(pronoun.group(1), position);
        }
        // "Still addressing Tasovac, Vucic said": the subject follows the last comma (an apposition ends with one).
        int comma = s.lastIndexOf(", ");
        if (comma >= 0 && !s.endsWith(",") && comma + 2 < s.length()) {
            s = s.substring(comma + 2);
        }
        Matcher afterRole = NAME_AFTER_LOWER_ROLE.matcher(s);
        String afterRolePerson = afterRole.find() ? wholePerson(afterRole.group(1), people, position) : null;
        if (afterRolePerson != null) {
            return afterRolePerson;
        }
        // "The Deputy Special Representative in the United Nations … Mission in Mali Arnauld Akodjenou said": a whole
        // name right before the verb, after a long office, is who speaks.
        Matcher ending = NAME_ENDING.matcher(s);
        if (ending.find()
                && !PREPOSITION_BEFORE.matcher(s.substring(0, ending.start(1))).find()
                // the whole run, not the end of "Metro Rail Limited" or "Tan Sri Razarudin Husain"
                && !CAPITALISED_BEFORE.matcher(s.substring(0, ending.start(1))).find()) {
            String who = wholePerson(ending.group(1), people, position);
            if (who != null) {
                return who;
            }
        }
        // "The ministry in a statement on Monday" -> "The ministry"; "A United Nations report in 2014" -> "... report".
        s = s.replaceFirst(
                "^(\\S.*?)\\s+(?:in|on|at|during|last|this|earlier|later|from|after|before|while|when|with"
                        + "|speaking|addressing)\\s.*$",
                "$1");
        // An apposition between the name and the verb: "Michael Kobold, a spokesman," -> before its comma.
        Matcher app = APPOSITION_BEFORE_VERB.matcher(s);
        if (app.matches() && !app.group(1).isBlank()) {
            s = app.group(1).strip();
        }
        String[] tokens = People.SPACES.split(s);
        if (tokens.length == 0) {
            return null;
        }
        String last = tokens[tokens.length - 1].replaceAll("[,;:]$", "");
        if (PRONOUN.matcher(last).matches()) {
            return people.resolve(last, position);
        }
        // "A spokeswoman for NHS Greater Glasgow and Clyde", "A Leeds City Council spokesperson": an unnamed source
        // keeps its whole description, the body it speaks for included (its last capitalised word is no name).
        if (BODY_SPOKESPERSON.matcher(s).matches()) {
            return s;
        }
        if (DESCRIPTION_FOR_BODY.matcher(s).matches()) {
            return people.resolve(s, position);
        }
        // "In a statement, the Spanish club said": a kind of body, described; its capitalised word is no name.
        if (People.KIND_BEFORE_NAME.matcher(s).matches()) {
            return people.resolve(s, position);
        }
        // "In regards to medicine, the Minister said": a title with its article is the one the story gave it.
        Matcher theTitle = THE_TITLE_AT_END.matcher(s);
        if (theTitle.find() && isTitle(theTitle.group(2))) {
            String who = people.resolve(theTitle.group(1), position);
            if (who != null && !who.equals(theTitle.group(2))) {
                return who;
            }
        }
        // The last run of capitalised words.
        Matcher names = NAME_RUN.matcher(s);
        String lastName = null;
        int lastEnd = -1;
        while (names.find()) {
            lastName = People.afterPlace(s, names.start(), names.group());
            lastEnd = names.end();
        }
        if (lastName != null) {
            String rest = s.substring(lastEnd).strip();
            // The name must be the speaker's, not the object of a phrase ("a report on Iraq by officials").
            if (rest.split("\\s+").length <= 4 || rest.matches("(?i)(report|statement|study|spokes\\w*).*")) {
                String who = people.resolve(lastName, position);
                if (who != null) {
                    return who;
                }
            }
        }
        Matcher description = DESCRIPTION.matcher(s);
        if (description.find()) {
            return people.resolve(description.group(1), position);
        }
        if (tokens.length <= 2
                && last.matches("[\\p{Ll}]+")
                && last.matches(
                        "officials|police|authorities|"
                                + "investigators|prosecutors|experts|analysts|witnesses|residents|critics|researchers|scientists")) {
            return last.equals("police") ? people.resolve(last, position) : last;
        }
        return null;
    }

    private static String firstSentence(String after) {
        Matcher m = SENTENCE_END_AFTER.matcher(after);
        // The first character may be the sentence end that closed the quote; skip it.
        int from = after.isEmpty() || ".!?…".indexOf(after.charAt(0)) < 0 ? 0 : 1;
        return m.find(from) ? after.substring(0, m.start()) : after;
    }

    private static String lastSentence(String before) {
        Matcher m = SENTENCE_END_BEFORE.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return before.substring(start);
    }

    /** The people and organisations named so far, for pronouns, surnames and descriptions. */
    static final class People {
        private final List<String> known = new ArrayList<>();
        /** When reading the story must be over: asked for each name compared, as a paragraph may name thousands. */
        private Deadline deadline = Deadline.none();
        /** The same names, to ask whether one is known without reading the list. */
        private final Set<String> knownSet = new HashSet<>();
        /** Whether each known name is an organisation's, and its words: asked of every name for every paragraph. */
        private final Map<String, Boolean> organizations = new HashMap<>();

        private final Map<String, String[]> words = new HashMap<>();

        private boolean organization(String full) {
            return organizations.computeIfAbsent(
                    full, f -> ORGANIZATION.matcher(f).find());
        }

        private String[] wordsOf(String full) {
            return words.computeIfAbsent(full, f -> f.split("\\s+"));
        }

        /**
         * Which known names a paragraph can mention, without reading every name the story knows for every paragraph
         * (a page naming thousands of people took minutes): the names by a run of letters or digits of each of their
         * words. A word the paragraph holds between word boundaries has its runs among the paragraph's runs, so no
         * name the paragraph mentions is left out; names with a word of no such run are always read.
         */
        private final Map<String, List<Integer>> byRun = new HashMap<>();

        private final List<Integer> unkeyed = new ArrayList<>();

        private static final Pattern NOT_RUN = Pattern.compile("[^A-Za-z0-9]+");

        private void index(String name, int at) {
            boolean keyed = true;
            Set<String> keys = new HashSet<>();
            for (String word : wordsOf(name)) {
                String longest = "";
                for (String run : NOT_RUN.split(word)) {
                    longest = run.length() > longest.length() ? run : longest;
                }
                if (longest.isEmpty()) {
                    keyed = false;
                } else {
                    keys.add(longest);
                }
            }
            if (!keyed) {
                unkeyed.add(at);
            }
            for (String key : keys) {
                byRun.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
            }
        }

        /** The known names {@code text} may mention, in the order the story named them. */
        private List<String> mayBeIn(String text) {
            // (A story of a few dozen names is read whole: splitting the paragraph would cost more than it saves.)
            if (known.size() <= 64) {
                return known;
            }
            BitSet at = new BitSet(known.size());
            unkeyed.forEach(at::set);
            for (String run : NOT_RUN.split(text)) {
                List<Integer> names = byRun.get(run);
                if (names != null) {
                    names.forEach(at::set);
                }
            }
            List<String> names = new ArrayList<>(at.cardinality());
            for (int i = at.nextSetBit(0); i >= 0; i = at.nextSetBit(i + 1)) {
                names.add(known.get(i));
            }
            return names;
        }

        private final Map<String, Pattern> mentions = new java.util.HashMap<>();
        private final Map<String, String> roles = new LinkedHashMap<>();
        private String lastPerson;
        /** The last person a "he" (not a "Miss Jones") or a "she" (not a "Mr Jones") can stand for. */
        private String lastHe;

        private String lastShe;
        /** The last newspaper or magazine the story named, for "the story reports". */
        private String lastPublication;

        String lastSpeaker;
        /** The paragraph {@link #lastSpeaker} was last quoted in, or -1. */
        int lastSpokeIn = -1;
        /** How many paragraphs {@link #learn} has read: the one being read is this less one. */
        private int paragraphsRead;

        /**
         * The one quoted in this paragraph or the one before, when the pronoun can stand for them (not a body, not one
         * the story made the other sex); else null.
         */
        String goingOn(String pronoun) {
            if (lastSpeaker == null
                    || lastSpokeIn < paragraphsRead - 2
                    || !lastSpeaker.contains(" ")
                    || ORGANIZATION.matcher(lastSpeaker).find()
                    || sex.getOrDefault(lastSpeaker, 'x') == (pronoun.equals("he") ? 'f' : 'm')) {
                return null;
            }
            return lastSpeaker;
        }
        /** Whose words the previous paragraph reported without quoting them ("Razarudin said that …"), or null. */
        String reported;
        /** The institution whose words the previous paragraph reported ("the Courts Service said …"), or null. */
        String reportedInstitution;

        private String paragraph = "";
        /** Capitalised words this story also uses as common nouns ("a garda", "the meteorologist"). */
        private final Set<String> storyTitles;
        /**
         * The runs of three capitalised words or more read so far ("Garda Colm Geary"), each once, in the order of
         * their first mention. (A run told again adds nothing a search in first-mention order could find: kept twice,
         * a paragraph naming "Mrs Jones" and "Mr Smith" a thousand times made every look-up a thousand times longer.)
         */
        private final List<String> longRuns = new ArrayList<>();
        /** The runs of two capitalised words or more read so far ("Jim O’Mahony"), each once, by first mention. */
        private final List<String> runs = new ArrayList<>();
        /** Each run of {@link #runs} with the count of runs read when it was last mentioned. */
        private final Map<String, Integer> lastMentioned = new java.util.HashMap<>();
        /** Each run of {@link #longRuns}, for the check that keeps it once. */
        private final Set<String> longRunSet = new java.util.HashSet<>();

        private int runsRead;

        /**
         * The person who issued the statement the story last introduced ("The police in a statement issued on
         * Wednesday by Benjamin Hundeyin, said …"), so that "“…,” the statement read." is that person's; null when the
         * sentence introducing it names nobody ("In a statement, the Courts Service said").
         */
        String statementBy;
        /** Whether {@link #statementBy} came from a news release ("the release said"). */
        private boolean statementFromRelease;

        private static final Pattern A_STATEMENT =
                Pattern.compile("\\b(?:a|an|their|its)\\s+(?:\\p{Ll}+\\s+)?statement\\b");

        private void learnStatement(String text) {
            // "according to an Ada County Sheriff’s Office news release" then "“…,” the release said.": its issuer.
            Matcher release = NAMED_RELEASE.matcher(text.contains("release") ? text : "");
            if (statementFromRelease && ANOTHER_RELEASE.matcher(text).find() && !release.find()) {
                // "St. Luke's hospital later issued its own release": another release, whose issuer is not sure.
                statementBy = null;
                statementFromRelease = false;
            }
            release.reset();
            if (release.find()) {
                // (as the page names it: "Ada County Sheriff’s Office" is the office, not the sheriff's)
                String body = release.group(1).strip();
                if (body.contains(" ") && ORGANIZATION.matcher(body).find()) {
                    statementBy = body;
                    statementFromRelease = true;
                }
            }
            // (No "statement", no search: most paragraphs have none.)
            Matcher introduced = A_STATEMENT.matcher(text.contains("statement") ? text : "");
            if (!introduced.find()) {
                return;
            }
            statementBy = null;
            // "a statement issued … by Benjamin Hundeyin", "a statement from Jane Roe", "Jane Roe said in a
            // statement": the person the statement is tied to, not any name in its sentence ("The family of Tyre
            // Nichols said in a statement", "In a statement, Chelsea said Mason Mount had been assessed").
            Matcher by =
                    STATEMENT_BY.matcher(text).region(introduced.end(), Math.min(text.length(), introduced.end() + 90));
            Matcher said =
                    SAID_IN_A_STATEMENT.matcher(text).region(Math.max(0, introduced.start() - 90), introduced.end());
            String who = by.lookingAt() ? by.group(1) : said.find() ? said.group(1) : null;
            // "The Ministry of Health issued a statement on Monday night.": the body that issued it.
            Matcher issued =
                    ISSUED_A_STATEMENT.matcher(text).region(Math.max(0, introduced.start() - 90), introduced.end());
            if (who == null && issued.find()) {
                String body = clean(issued.group(1));
                if (body != null
                        && body.contains(" ")
                        && !PLACE_NAME.matcher(body).find()
                        && !STATES.contains(body)) {
                    statementBy = body;
                    return;
                }
            }
            String name = who == null ? null : clean(who);
            if (name != null
                    && name.contains(" ")
                    && !ORGANIZATION.matcher(name).find()
                    && !PLACE_NAME.matcher(name).find()
                    && !STATES.contains(name)) {
                statementBy = name;
            }
        }

        private static final Pattern ANOTHER_RELEASE = Pattern.compile(
                "\\b(?:issued|put\\s+out|sent\\s+out|released)\\s+"
                        + "(?:its\\s+own|their\\s+own|a|another|an)\\s+(?:\\p{Ll}+\\s+)?(?:news\\s+|press\\s+)?release\\b");

        private static final Pattern NAMED_RELEASE =
                Pattern.compile("\\b(?:an?|the)\\s+(" + NAME + ")\\s+(?:news|press|media)\\s+release\\b");

        private static final Pattern ISSUED_A_STATEMENT = Pattern.compile("(" + NAME + ")\\s+(?:has\\s+|have\\s+)?"
                + "(?:issued|released|put\\s+out|published)\\s+(?:a|an)\\s+(?:\\p{Ll}+\\s+)?statement$");

        private static final Pattern STATEMENT_BY = Pattern.compile("[^.;“”\"]{0,60}?\\b(?:by|from)\\s+"
                + "(?:(?:its|the|their|his|her)\\s+[\\p{Ll}\\s]{1,40}?,?\\s+)?(" + NAME + ")");
        private static final Pattern SAID_IN_A_STATEMENT = Pattern.compile("(?<!\\bof\\s)(?<!\\p{L})(" + NAME
                + ")(?:,[^,]{1,60},)?\\s+(?:said|says)\\s+in\\s+(?:a|an|their|its)\\s+"
                + "(?:\\p{Ll}+\\s+)?statement$");

        private void mentioned(String run, int words) {
            if (words >= 3 && longRunSet.add(run)) {
                longRuns.add(run);
            }
            if (words >= 2 && lastMentioned.put(run, runsRead++) == null) {
                runs.add(run);
            }
        }
        /** "Garda Geary" → "Colm Geary": the full names short forms were found to stand for. */
        private final Map<String, String> givenAs = new java.util.HashMap<>();

        People() {
            this(List.of());
        }

        People(List<String> story) {
            this.storyTitles = storyTitles(story);
            this.acronyms = acronyms(story);
            Matcher word = CAPITALISED.matcher(String.join("\n", story));
            while (word.find()) {
                storyWords.add(word.group());
                wordCounts.merge(word.group(), 1, Integer::sum);
            }
            this.cityGovernment = cityGovernment(story);
            // (only a force the story names alone: with "Paragould police" and "Jonesboro police", "Police" is neither)
            Matcher force = NAMED_POLICE_FORCE.matcher(String.join("\n", story));
            Set<String> forces = new HashSet<>();
            String first = null;
            while (force.find()) {
                first = first == null ? force.group(1) : first;
                forces.add(force.group(1).toLowerCase(Locale.ROOT));
            }
            // ("“He is armed and dangerous,” Jonesboro police said." names another)
            Matcher town = TOWN_POLICE.matcher(String.join("\n", story));
            while (town.find() && first != null) {
                forces.add(town.group().toLowerCase(Locale.ROOT));
            }
            this.policeForce = forces.size() == 1 ? first : null;
        }

        /** "JCF" → "Jamaica Constabulary Force": the acronyms the story defines, by the name it gave in full. */
        private final Map<String, String> acronyms;

        /** The capitalised words of the story, to mend a name the page glued to the next word ("Andrew Websterof"). */
        private final Set<String> storyWords = new java.util.HashSet<>();

        private final Map<String, Integer> wordCounts = new HashMap<>();

        /** "the Jamaica Constabulary Force (JCF)": an acronym whose letters are the initials of the name before it. */
        static Map<String, String> acronyms(List<String> story) {
            Map<String, String> found = new java.util.HashMap<>();
            for (String paragraph : story) {
                Matcher m = DEFINED_ACRONYM.matcher(paragraph.indexOf('(') >= 0 ? paragraph : "");
                while (m.find()) {
                    StringBuilder initials = new StringBuilder();
                    for (String w : SPACES.split(m.group(1))) {
                        if (Character.isUpperCase(w.charAt(0))) {
                            initials.append(w.charAt(0));
                        }
                    }
                    String acronym = m.group(2);
                    String full = m.group(1).replaceFirst("^(?:The|the)\\s+", "");
                    // "Kannan Devan (KDHP)"-like near misses are left alone: every letter an initial, in order.
                    if (initials.toString().endsWith(acronym)) {
                        String[] words = SPACES.split(full);
                        full = String.join(
                                " ",
                                Arrays.copyOfRange(
                                        words,
                                        Math.max(0, words.length - countCapitalised(words, acronym.length())),
                                        words.length));
                        found.putIfAbsent(acronym, full);
                    }
                }
            }
            return found;
        }

        /** How many words from the end hold the last {@code capitals} capitalised ones. */
        private static int countCapitalised(String[] words, int capitals) {
            int seen = 0;
            for (int i = words.length - 1; i >= 0; i--) {
                if (Character.isUpperCase(words[i].charAt(0)) && ++seen == capitals) {
                    return words.length - i;
                }
            }
            return words.length;
        }

        private static final Pattern DEFINED_ACRONYM =
                Pattern.compile("(" + NAME + "(?:\\s+(?:and|&)\\s+" + NAME + ")?)\\s+\\((\\p{Lu}{2,6})\\)");

        /** "Andrew Websterof" → "Andrew Webster" when the story also writes "Webster". */
        private String deglue(String name) {
            if (name == null) {
                return null;
            }
            Matcher m = GLUED.matcher(name);
            // Only a word the story writes once ("Websterof"), whose front it does write apart ("Webster").
            return m.find() && storyWords.contains(m.group(1)) && gluedOnce(name.substring(name.lastIndexOf(' ') + 1))
                    ? name.substring(0, m.end(1))
                    : name;
        }

        /** The story writes this word once: a glue of the page, not a name it uses. */
        private boolean gluedOnce(String word) {
            return wordCounts.getOrDefault(word, 0) <= 1;
        }

        private static final Pattern GLUED = Pattern.compile("(\\p{Lu}\\p{Ll}+?)(?:of|and|the|said|says|with|from)$");

        /** The police force the story names ("Moose Jaw RCMP", "Avon and Somerset Police"), for a bare "police". */
        final String policeForce;

        /** The city's (or town's, county's) government as the story names it once: "Amsterdam City Hall". */
        private final String cityGovernment;

        /**
         * A city's government goes by many names in one story (City Hall, the city administration, the local
         * government, city authorities, the municipality): the one the story gives it by name, if it gives one.
         */
        static String cityGovernment(List<String> story) {
            for (String paragraph : story) {
                Matcher m = NAMED_CITY_GOVERNMENT.matcher(paragraph);
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        }

        /**
         * The capitalised words a story also writes in lower case or after "a"/"an" ("A Garda told detectives", "his
         * garda colleague"): a rank or job, not a given name, when it stands before a name.
         */
        static Set<String> storyTitles(List<String> story) {
            String all = String.join("\n", story);
            Set<String> lower = new java.util.HashSet<>();
            Matcher w = COMMON_NOUN.matcher(all);
            while (w.find()) {
                lower.add(w.group(1) != null ? w.group(1).toLowerCase(Locale.ROOT) : w.group(2));
            }
            Set<String> titles = new java.util.HashSet<>();
            Matcher c = CAPITALISED.matcher(all);
            while (c.find()) {
                String word = c.group();
                if (lower.contains(word.toLowerCase(Locale.ROOT)) && !NOT_NAMES.contains(word)) {
                    titles.add(word);
                }
            }
            return titles;
        }

        /** The pattern of a description by its head noun ("court"), compiled once per story. */
        private final Map<String, Pattern> described = new HashMap<>();

        /** The quoted spans of the paragraphs a pronoun looks back over (this one and the one before), found once. */
        private final Map<String, List<Span>> quotedSpans = new HashMap<>();

        private List<Span> quotedIn(String text) {
            if (quotedSpans.size() > 4) {
                quotedSpans.clear();
            }
            return quotedSpans.computeIfAbsent(text, QuoteReader::spans);
        }

        /** The paragraphs read so far, for the descriptions they gave. */
        private final StringBuilder told = new StringBuilder();

        private static final String WEEKDAY_OR_MONTH = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                + "|January|February|March|April|May|June|July|August|September|October|November|December)\\b";

        /** "a district and sessions court in Islamabad", first given for what "the court" stands for; else null. */
        private String firstDescribed(String head) {
            if (!head.matches("\\p{Ll}[\\p{Ll}\\-]{2,}")) {
                return null;
            }
            Matcher m = described
                    .computeIfAbsent(
                            head,
                            h -> Pattern.compile("\\b([Aa]n?\\s+(?:(?!(?:a|an|the|or|to|of|said|says|told"
                                    + "|asked)\\b|\\p{Ll}+ed\\b)[\\p{Ll}\\-]+\\s+){0,4}" + Pattern.quote(h)
                                    + "(?:\\s+(?:in|of|at|for|from)\\s+\\p{Lu}[\\p{L}\\-]*(?:\\s+(?!" + WEEKDAY_OR_MONTH
                                    + ")\\p{Lu}[\\p{L}\\-]*){0,3})?)\\b"))
                    .matcher(told);
            if (!m.find()) {
                return null;
            }
            String found = m.group(1);
            return Character.toLowerCase(found.charAt(0)) + found.substring(1);
        }

        /** The paragraph read before this one. */
        private String previous = "";

        /**
         * The last run of capitalised words before {@code position} that reads as a person's whole name: two or three
         * words, no institution, no place, not the other sex; null if none.
         */
        private String lastNamedPerson(int position, String pronoun) {
            // Up to the pronoun itself: "… after he described Penrith's Jaeman Salmon as a “weak gutted dog”".
            String here = paragraph.substring(0, Math.min(position, paragraph.length()));
            Matcher own = (pronoun.equals("he") ? HE : SHE).matcher(here);
            int at = -1;
            while (own.find()) {
                at = own.start();
            }
            // The two paragraphs before this one and this one up to the pronoun: a pronoun reaches no further.
            String before = earlier.size() > 2
                    ? earlier.get(earlier.size() - 2) + "\n" + earlier.get(earlier.size() - 1)
                    : String.join("\n", earlier);
            String text = before + "\n" + (at >= 0 ? here.substring(0, at) : here);
            text = text.indexOf('(') < 0
                    ? text
                    : BRACKETS_AFTER_NAME.matcher(text).replaceAll("");
            // Not a name in quoted words or a title: "the Recording Academy voted" said by her, "“Mañana Será Bonito”".
            List<Span> quoted = quotedIn(text);
            Matcher run = NAME_RUN.matcher(text);
            String last = null;
            String calledBySurname = null;
            while (run.find()) {
                if (inside(run.start(), quoted)) {
                    continue;
                }
                String name = clean(run.group());
                if (name != null
                        && name.split(" ").length >= 2
                        && name.split(" ").length <= 3
                        && !ORGANIZATION.matcher(name).find()
                        && !PLACE_NAME.matcher(name).find()
                        && !STATES.contains(name)
                        && !name.equals(name.toUpperCase(Locale.ROOT))
                        && sex.getOrDefault(name, 'x') != (pronoun.equals("he") ? 'f' : 'm')) {
                    last = name;
                    // "They issued Stuart with a breach notice": a person the story also calls by surname alone.
                    String surname = name.substring(name.lastIndexOf(' ') + 1);
                    if (Pattern.compile("(?<!\\p{Lu}[\\p{L}’'.\\-]{0,20}\\s)\\b" + Pattern.quote(surname)
                                    + "\\b(?!\\s+\\p{Lu})")
                            .matcher(text)
                            .find()) {
                        calledBySurname = name;
                    }
                }
            }
            return calledBySurname != null ? calledBySurname : last;
        }

        /** Whether {@code named} is mentioned after {@code speaker}'s last mention, in this and the paragraph before. */
        private boolean namedAfter(String named, String speaker, int position) {
            String text = previous + "\n" + paragraph.substring(0, Math.min(position, paragraph.length()));
            String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
            return text.lastIndexOf(named) > text.lastIndexOf(surname);
        }

        private static final Pattern HE = Pattern.compile("\\b[Hh]e\\b");
        private static final Pattern SHE = Pattern.compile("\\b[Ss]he\\b");
        /**
         * "in Nashua, New Hampshire": the states and provinces of two words or more, of the countries whose papers write
         * "City, State", are places, never the person a pronoun stands for (one word may be a surname: "Mr Washington").
         */
        private static final Set<String> STATES = Set.of(
                "New Hampshire",
                "New Jersey",
                "New Mexico",
                "New York",
                "North Carolina",
                "North Dakota",
                "Rhode Island",
                "South Carolina",
                "South Dakota",
                "West Virginia",
                "British Columbia",
                "New Brunswick",
                "Nova Scotia",
                "Prince Edward Island",
                "New South Wales",
                "South Australia",
                "Western Australia",
                // Countries of two words or more ("Asked about the new developments in KSA, he said …" after "Saudi
                // Arabia"): places too.
                "Saudi Arabia",
                "South Africa",
                "New Zealand",
                "Sri Lanka",
                "North Korea",
                "South Korea",
                "South Sudan",
                "Costa Rica",
                "El Salvador",
                "Hong Kong",
                "Puerto Rico",
                "Papua New Guinea",
                "Sierra Leone",
                "Burkina Faso",
                "Ivory Coast",
                "Cape Verde",
                "East Timor",
                "Solomon Islands",
                "United States",
                "United Kingdom",
                "United Arab Emirates",
                "Czech Republic",
                "Dominican Republic",
                "Central African Republic",
                "Northern Ireland",
                "Great Britain");

        private static final Pattern PLACE_NAME = Pattern.compile("\\b(?:Stadium|Street|Road|Avenue|Park|Square"
                + "|Bridge|Hall|Arena|Ground|Airport|Station|Hotel|Lane|Drive|Way|Place|City|County|Valley|Island"
                + "|River|Lake|Mountain|Beach|Bay|Port|Harbour|Harbor|Province|State|Region|District|Cup|League"
                + "|Championship|Premier|Open|Games|January|February|March|April|May|June|July|August|September"
                + "|October|November|December)\\b");

        /** The paragraphs read before this one, in order. */
        private final List<String> earlier = new ArrayList<>();

        /**
         * The person the story was last talking about before this paragraph: the subject of the last sentence that names
         * a person (sentences opening with "he" or "she" go on with it); null when that sentence names someone, but not
         * as its subject ("It was then the turn of David Elias QC").
         */
        private String topic() {
            for (int p = earlier.size() - 1; p >= Math.max(0, earlier.size() - 3); p--) {
                String[] sentences = SENTENCE_BREAK.split(earlier.get(p));
                for (int i = sentences.length - 1; i >= 0; i--) {
                    String sentence = sentences[i];
                    if (sentence.isBlank() || PRONOUN_OPENING.matcher(sentence).lookingAt()) {
                        continue;
                    }
                    String subject = sentenceSubject(sentence);
                    if (subject != null || lastMentionBefore(sentence, sentence.length(), null) != null) {
                        return subject;
                    }
                }
            }
            return null;
        }

        void learn(String page) {
            paragraphsRead++;
            previous = paragraph;
            if (!paragraph.isEmpty()) {
                earlier.add(paragraph);
            }
            told.append(page).append('\n');
            // "Senate President Juan Miguel "Migz" Zubiri": a nickname between given name and surname is no part of
            // the name the story knows him by.
            String text = NICKNAME.matcher(page).replaceAll("$1 ");
            // "a question from Rusnah Aluai (Tangga Batu-PH)": a seat and a party in brackets after a name are nobody.
            text = text.indexOf('(') < 0
                    ? text
                    : BRACKETS_AFTER_NAME.matcher(text).replaceAll("");
            // The last person named in the previous paragraph stays the pronoun's referent until a new one appears.
            if (!paragraph.isEmpty()) {
                lastPerson = lastMentionBefore(paragraph, paragraph.length(), lastPerson);
                lastHe = lastMentionBefore(paragraph, paragraph.length(), lastHe, "he");
                lastShe = lastMentionBefore(paragraph, paragraph.length(), lastShe, "she");
            }
            paragraph = page;
            // The paper's name ends with its kind ("Times", "Journal"): no such word, no paper.
            Matcher publication =
                    NAMED_PUBLICATION.matcher(PUBLICATION_WORD.matcher(text).find() ? text : "");
            while (publication.find()) {
                String name = clean(publication.group());
                if (name != null && name.contains(" ")) {
                    lastPublication = name;
                }
            }
            Matcher runs = NAME_RUN.matcher(text);
            while (runs.find()) {
                for (String run : sentenceParts(runs.group())) {
                    mentioned(run, SPACES.split(run).length);
                }
            }
            // "Robbie (Power) is riding out of his skin": the surname the writer put in brackets after a given name.
            Matcher bracketed = BRACKETED_SURNAME.matcher(text.indexOf('(') >= 0 ? text : "");
            while (bracketed.find()) {
                String full = bracketed.group(1) + " " + bracketed.group(2);
                // Only a surname the story goes on to use on its own ("Power added:"): a page of results with a
                // stable or a club in brackets after each name learns nothing from them.
                if (wordCounts.getOrDefault(bracketed.group(2), 0) >= 2
                        && !organization(full)
                        && !PLACE_NAME.matcher(full).find()) {
                    add(full);
                    mentioned(full, 2);
                }
            }
            learnStatement(text);
            // (Each pattern below is searched only where the paragraph holds what it cannot match without: a comma
            // before a capital, a speech verb, a digit. On a long paragraph each search costs as much as the rest.)
            boolean apposedName = APPOSED_NAME_CUE.matcher(text).find();
            boolean speech = VERB.matcher(text).find();
            Matcher m = APPOSITION_AFTER.matcher(
                    APPOSED_DESCRIPTION_CUE.matcher(text).find() ? text : "");
            while (m.find()) {
                String name = clean(m.group(1));
                if (name != null) {
                    add(name);
                    roles.put(m.group(2).strip().toLowerCase(Locale.ROOT), name);
                }
            }
            // "Minister of Finance and the Public Service, Dr. the Hon. Nigel Clarke, made the disclosure": an office
            // in capitals, then its holder set off by commas.
            m = OFFICE_THEN_HOLDER.matcher(apposedName ? text : "");
            while (m.find()) {
                String office = m.group(1);
                String name = isTitle(SPACES.split(office)[0]) ? clean(m.group(2)) : null;
                if (name != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()) {
                    add(name);
                    roles.putIfAbsent(office.toLowerCase(Locale.ROOT), name);
                }
            }
            m = APPOSITION_BEFORE.matcher(apposedName ? text : "");
            while (m.find()) {
                String name = clean(m.group(2));
                // "a jump in cases of flu, Covid, and …": a single word after a description is an item of a list.
                if (name != null && name.contains(" ")) {
                    add(name);
                    roles.put(m.group(1).strip().toLowerCase(Locale.ROOT), name);
                }
            }
            m = NAMED_SPEAKER.matcher(speech ? text : "");
            while (m.find()) {
                String run = afterPlace(text, m.start(1), m.group(1));
                if (SEAT_OR_OFFICE.matcher(run).matches()) {
                    continue; // "The Shah Alam MP said": an office, not a name
                }
                String name = clean(run);
                String bare =
                        name != null ? name : SINGLE_NAME.matcher(run.strip()).matches() ? run.strip() : null;
                if (bare != null && !bare.contains(" ")) {
                    // "Chamah said she sticks to the sidelines" after "Nicki Chamah of Columbus, Ohio was handing out
                    // water": a surname that speaks is the person the story named in full, a person from then on.
                    String full = lastWithSurname(bare);
                    name = full != null ? full : name;
                }
                if (name != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()) {
                    add(name);
                    String role = roleOf(run, name, storyTitles);
                    if (role != null) {
                        roles.put(role, name);
                    }
                }
            }
            m = TITLED_NAME.matcher(text);
            while (m.find()) {
                String run = m.group();
                if (!holdsTitle(run, storyTitles)) {
                    continue;
                }
                String name = clean(run);
                String role = name == null ? null : roleOf(run, name, storyTitles);
                // "Head of Dubai Traffic Public Prosecution": an office of an institution names no person.
                if (role != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()) {
                    add(name);
                    roles.put(role, name);
                }
            }
            m = TITLE_THEN_APPOSED.matcher(apposedName ? text : "");
            while (m.find()) {
                String[] title = m.group(1).split("\\s+");
                String name = clean(m.group(2));
                if (isTitle(title[title.length - 1])
                        && name != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()) {
                    add(name);
                    roles.put(m.group(1).toLowerCase(Locale.ROOT), name);
                }
            }
            // "Spokesperson for the Command, SP Benjamin Hundeyin, revealed": an office of a body, then its holder.
            m = OFFICE_OF_BODY_THEN_APPOSED.matcher(apposedName ? text : "");
            while (m.find()) {
                String name = clean(m.group(3));
                if (isTitle(m.group(2))
                        && name != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()) {
                    roles.put(m.group(1).toLowerCase(Locale.ROOT), name);
                }
            }
            m = ROLE_THEN_NAME.matcher(text);
            while (m.find()) {
                String name = wholeName(m.group(2));
                if (name != null) {
                    add(name);
                    // "defence lawyer Mario Mifsud" makes him "the lawyer" and "the defence lawyer".
                    Matcher modifier = MODIFIER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
                    String role =
                            ((modifier.find() ? modifier.group(1) + " " : "") + m.group(1)).toLowerCase(Locale.ROOT);
                    if (!role.matches("(?:and|or|of|the|as|to|by|with|for|from|said|told|says)\\s.*")) {
                        roles.put(role, name);
                    }
                    roles.putIfAbsent(SPACES.split(role)[SPACES.split(role).length - 1], name);
                }
            }
            // "Raymond Thomas Dalio, co-chief investment officer of …, Bridgewater Associates, said": the subject of a
            // sentence with its apposition.
            m = SUBJECT_WITH_APPOSITION.matcher(speech ? text : "");
            while (m.find()) {
                String name = clean(m.group(1));
                if (name != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()) {
                    add(name);
                }
            }
            // "the turn of David Elias QC to address the jury": letters after a name make it a person's.
            m = NAME_RUN.matcher(text);
            while (m.find()) {
                if (!POST_NOMINALS.matcher(m.group()).find()) {
                    continue;
                }
                String name = CAPITAL_DETERMINER_FIRST.matcher(m.group()).matches() ? null : clean(m.group());
                if (name != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()) {
                    add(name);
                }
            }
            // "Mrs Brabin", "Mr Dunne": an honorific before a surname names a person, even without a given name.
            m = HONORIFIC_SURNAME.matcher(text);
            while (m.find()) {
                if (firstGiven(m.group()) == null && surnameGiven(m.group(1)) == null) {
                    add(m.group(1));
                }
            }
            m = AGE.matcher(DIGIT.matcher(text).find() ? text : "");
            while (m.find()) {
                String name = clean(m.group(1));
                if (name != null) {
                    add(name);
                }
            }
            // "The Jessica Harrington-trained Sizing John": a whole name before "-trained", "-owned", "-led" is a
            // person.
            m = NAME_BEFORE_COMPOUND.matcher(text.indexOf('-') >= 0 ? text : "");
            while (m.find()) {
                String name = wholeName(m.group(1));
                if (name != null) {
                    add(name);
                }
            }
            // "Brad Fittler has promised …", "Pop music icon Janet Jackson has announced …": a whole name opening a
            // sentence as the subject of its verb is a person.
            m = NAME_OPENS_SENTENCE.matcher(text);
            while (m.find()) {
                // "Teri Taylor of Mansfield filed …": the person, not the place she is from.
                String name = clean(m.group(1).replaceFirst("\\s+(?:of|from)\\s+\\p{Lu}.*$", ""));
                if (name != null
                        && SPACES.split(name).length >= 2
                        && SPACES.split(name).length <= 3
                        && !ORGANIZATION.matcher(name).find()
                        && !PLACE_NAME.matcher(name).find()) {
                    add(name);
                }
            }
            // "… was told Jackson seized three wraps." then "He also let the suspects keep …": a pronoun opening the
            // next paragraph is read after the name that closed the one before.
            learnSex(
                    previous != null
                                    && !previous.isEmpty()
                                    && SEX_PRONOUN_OPENING.matcher(text).lookingAt()
                            ? previous + "\n\n" + text
                            : text);
        }

        private static final Pattern NICKNAME = Pattern.compile("(\\p{Lu}[\\p{L}.\\-]+)\\s+[\"“‘']\\p{Lu}[\\p{L}.\\-]*"
                + "(?:\\s+\\p{Lu}[\\p{L}.\\-]*)?[\"”’']\\s+(?=\\p{Lu}[\\p{L}’'\\-]+)");

        private static final Pattern SEX_PRONOUN_OPENING = Pattern.compile("\\s*(?:He|His|She)\\b");

        /** A whole name (given name and surname), cleaned, that is no body; else null. */
        private String wholeName(String raw) {
            String name = clean(raw);
            return name != null
                            && name.contains(" ")
                            && !ORGANIZATION.matcher(name).find()
                    ? name
                    : null;
        }

        private static final Pattern NAME_BEFORE_COMPOUND =
                Pattern.compile("\\b(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}[\\p{Ll}’']+)"
                        + "-(?:trained|owned|ridden|led|backed|coached|managed|founded|designed|directed)\\b");

        private static final Pattern NAME_OPENS_SENTENCE = Pattern.compile("(?:^|(?<=[.!?]['’\"”]?\\s))"
                + "(?:(?:\\p{Lu}[\\p{Ll}\\-]+\\s+)?(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){1,3})?(" + NAME + ")\\s+"
                // "Teri Taylor of Mansfield filed the complaint"
                + "(?:(?:of|from)\\s+\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?,?\\s+)?"
                + "(?:has|had|have|also|will|would)?\\s*(?:\\p{Ll}+(?:ed|s)|made|won|took|became|gave|came|went|led|left"
                // "Karol G made Grammy history Sunday": the past of verbs without "-ed".
                + "|met|ran|spoke|wrote|told|sent|held|brought|kept|lost|paid|saw|broke|began|struck|shook)\\b");

        // (the bracket first, the name before it looked at only then: a look-behind tried at every position is slow)
        private static final Pattern BRACKETS_AFTER_NAME = Pattern.compile(
                "\\s{1,3}\\((?<=\\p{Lu}\\p{Ll}{1,30}\\s\\p{Lu}[\\p{Ll}'’\\-]{1,30}\\s{1,3}\\()(?=\\p{Lu})[^()]{1,40}-\\p{Lu}{1,6}\\)");

        private static final Pattern DESCRIBED_NAME =
                Pattern.compile("(?i:a|an|the)\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){1,3}(\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*)");

        /** Whether the story made a person a man ('m') or a woman ('f'). */
        private final Map<String, Character> sex = new HashMap<>();

        /**
         * "Dr. Shane Andrus submitted his resignation", "Ryan said that while she always encourages …": the first "he",
         * "his" or "she" after a name, before anyone else is named and outside quoted words, tells the person's sex.
         */
        private void learnSex(String text) {
            List<Span> quoted = quotedIn(text);
            for (String full : mayBeIn(text)) {
                deadline.check();
                if (sex.containsKey(full) || organization(full)) {
                    continue;
                }
                String last = full.substring(full.lastIndexOf(' ') + 1);
                if (!text.contains(last)) {
                    continue;
                }
                Matcher mention = mentions.computeIfAbsent(last, t -> Pattern.compile("\\b" + Pattern.quote(t) + "\\b"))
                        .matcher(text);
                while (mention.find() && !sex.containsKey(full)) {
                    if (inside(mention.start(), quoted)) {
                        continue;
                    }
                    Matcher pronoun = SEX_PRONOUN
                            .matcher(text)
                            .region(mention.end(), Math.min(text.length(), mention.end() + 160));
                    if (!pronoun.find() || inside(pronoun.start(), quoted)) {
                        continue;
                    }
                    // "Recorder Caroline Goodwin said his behaviour that night was …": a "his" right after the verb of
                    // speaking is as often the one spoken of; the pronoun after it tells.
                    if (pronoun.group().equalsIgnoreCase("his")
                            && SPEECH_BEFORE_HIS
                                    .matcher(text.substring(mention.end(), pronoun.start()))
                                    .find()
                            && (!pronoun.find() || inside(pronoun.start(), quoted))) {
                        continue;
                    }
                    String between = text.substring(mention.end(), pronoun.start());
                    // "The judge told solicitor Joe Coonan that she did not have jurisdiction": the one told is not
                    // the one the pronoun of what was told stands for.
                    if (THAT_ONLY.matcher(between).matches()
                            && TOLD_BEFORE
                                    .matcher(text)
                                    .region(Math.max(0, mention.start() - 50), mention.start())
                                    .useTransparentBounds(true)
                                    .find()) {
                        continue;
                    }
                    if (NAME_BETWEEN.matcher(between).find()
                            || NOUN_BETWEEN.matcher(between).find()) {
                        continue; // "John told Mary she …": someone else named first
                    }
                    sex.put(full, pronoun.group().toLowerCase(Locale.ROOT).startsWith("s") ? 'f' : 'm');
                }
            }
        }

        private static final Pattern THAT_ONLY = Pattern.compile(",?\\s+that\\s+");
        private static final Pattern TOLD_BEFORE = Pattern.compile("\\b(?:told|tells|tell|asked|asks|informed|informs"
                + "|warned|warns|reminded|reminds|assured|assures)\\s+(?:[\\p{L}.'’\\-]+\\s+){0,4}$");
        private static final Pattern SPEECH_BEFORE_HIS =
                Pattern.compile("\\b(?:said|says|told|tells|described|called)\\s+$");
        private static final Pattern SEX_PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Hh]is|[Ss]he)\\b");
        private static final Pattern NOUN_BETWEEN = Pattern.compile("\\b(?:the|a|an|his|her|their)\\s+\\p{Ll}+");
        private static final Pattern NAME_BETWEEN =
                Pattern.compile("(?<![.!?]\\s)\\b\\p{Lu}\\p{Ll}+\\b|[.!?]\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}");

        /**
         * "Senior Superintendent of Police (SSP) of Muzaffarpur Rakesh Kumar said": a run right after "of" opens with
         * the place the office is of, so the person is the name that closes it.
         */
        static String afterPlace(String text, int start, String run) {
            if (!OF_BEFORE
                    .matcher(text.substring(Math.max(0, start - 8), start))
                    .find()) {
                return run;
            }
            String[] tokens = SPACES.split(run);
            return String.join(" ", java.util.Arrays.copyOfRange(tokens, personAfterPlace(tokens, 0), tokens.length));
        }

        private static final Pattern OF_BEFORE = Pattern.compile("\\bof\\s+(?:the\\s+)?$");

        /** The runs of capitalised words of a text that is not part of the story's body (its standfirst). */
        void learnRuns(String text) {
            Matcher runs = NAME_RUN.matcher(text);
            while (runs.find()) {
                for (String run : sentenceParts(runs.group())) {
                    // (The standfirst's runs are not long runs: a rank given there does not name a body's speaker.)
                    mentioned(run, Math.min(2, SPACES.split(run).length));
                }
            }
        }

        /**
         * "Rob Herring. The hooker …": a run of capitalised words parted where a sentence ends (a word with a stop that
         * is neither an initial nor an abbreviation such as "St." or "Gov."), each part without its stop.
         */
        static List<String> sentenceParts(String run) {
            if (run.indexOf('.') < 0) {
                return List.of(run);
            }
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            for (String token : SPACES.split(run)) {
                part.append(part.length() == 0 ? "" : " ").append(token);
                if (SENTENCE_END_TOKEN.matcher(token).matches()) {
                    parts.add(part.substring(0, part.length() - 1));
                    part.setLength(0);
                }
            }
            if (part.length() > 0) {
                parts.add(part.toString());
            }
            return parts;
        }

        private static final Pattern SENTENCE_END_TOKEN =
                Pattern.compile("(?!(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr|Gov|Sen|Rep"
                        + "|Sgt|Lt|Col|Gen|Capt|Det|Insp|Supt|Cpl|Const|No|Prof|Rev|Hon|Brig|Maj|Cmdr|Adm|Atty|Pres|Corp|Inc|Co"
                        + "|Ltd|Bros|Cllr|Asst|Comm)\\.$)\\p{L}[\\p{L}’'\\-]+\\.");

        /** A document or a plan by its name ("the Health White Paper", "the Finance Bill") is nobody. */
        private static final Pattern DOCUMENT = Pattern.compile("\\b(?:Paper|Bill|Act|Report|Plan|Strategy|Policy"
                + "|Programme|Program|Budget|Agreement|Treaty|Accord|Charter|Code|Review|Inquiry|Agenda)$");

        private void add(String name) {
            // "Nashua, New Hampshire": a state of two words or more is a place ("Mr Washington" is a person).
            if (DOCUMENT.matcher(name).find() || STATES.contains(name)) {
                return;
            }
            if (!knownSet.contains(name) && firstGiven(name) == null && !firstTwoOfKnown(name)) {
                known.add(name);
                knownSet.add(name);
                index(name, known.size() - 1);
            }
        }

        private static final Pattern STREET_BEFORE_NAME = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’\\-]+\\s+){1,3}(?:Street"
                + "|Road|Avenue|Square|Lane|Drive|Boulevard)\\s+(?=\\p{Lu}[\\p{L}'’\\-]+\\s+\\p{Lu})");

        private static final Pattern PAGEANT_TITLE = Pattern.compile("^Miss\\s+(?:Universe|World|America|USA|England"
                + "|Scotland|Wales|Ireland|Northern\\s+Ireland|India|Earth|International|Teen\\s+USA)\\s+(?=\\p{Lu})");

        private static final Pattern GENERATION_END = Pattern.compile("\\s(?:Jr|Sr|II|III|IV)\\.?$");

        /**
         * "Dr Noor Hisham" after "Datuk Dr Noor Hisham Abdullah": the first two words of a name of three the story
         * knows are that person (many names of Malaysia, Indonesia and the Arab world are said so), not another.
         */
        private boolean firstTwoOfKnown(String name) {
            if (SPACES.split(name).length != 2 || ORGANIZATION.matcher(name).find()) {
                return false;
            }
            for (String full : known) {
                // (not "Jesse Jackson" after "Jesse Jackson Jr.": the father)
                if (full.startsWith(name + " ")
                        && SPACES.split(full).length == 3
                        && !GENERATION_END.matcher(full).find()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The person the sentence before {@code position} opens with as its subject ("The prosecution counsel, Mohammed
         * Abubakar, aligned …"), when {@code position} opens a sentence; else null.
         */
        private static final Pattern LEADING_QUOTATION = Pattern.compile("\\s*[“\"][^”\"]*[”\"]\\s*");

        private String previousSubject(int position) {
            String upTo = paragraph
                    .substring(0, Math.min(position, paragraph.length()))
                    .replaceFirst("[\\s“\"]+$", "");
            // "He also accused Israel of “…”", "…, he said: “…”": the pronoun and what it does are not the sentence
            // before.
            Matcher opens = SENTENCE_OPENING_PRONOUN.matcher(upTo);
            String head = opens.find()
                    ? upTo.substring(0, opens.start()).strip()
                    : PRONOUN_AT_END
                            .matcher(PRONOUN_SPEAKING_AT_END.matcher(upTo).replaceFirst(""))
                            .replaceFirst("")
                            .strip();
            // "“…,” he said." opening a paragraph: the quotation is all that comes before, so the sentence before is
            // the previous paragraph's.
            List<Span> quoted = spans(head);
            boolean quotedOnly = !head.isEmpty()
                    && startsWithQuote(head)
                    && quoted.size() == 1
                    && (quoted.get(0).open() || quoted.get(0).end() >= head.length() - 2);
            // "Asked how the government could cope …, he said:": a sentence opened by a participle's clause.
            Matcher opening = OPENING_CLAUSE.matcher(head);
            if (!quotedOnly && opening.find()) {
                head = head.substring(0, opening.start()).strip();
            }
            if (!head.isEmpty() && !quotedOnly && !head.matches("(?s).*[.!?]['’\"”]?$")) {
                return null;
            }
            String before = head.isEmpty() || quotedOnly ? previous.strip() : head;
            if (before.isEmpty()) {
                return null;
            }
            String[] sentences = SENTENCE_BREAK.split(before);
            String last = sentences[sentences.length - 1];
            if (PRONOUN_OPENING.matcher(last).lookingAt()) {
                // "He said not only would the government …" before it: the one the story has been talking about.
                return topic();
            }
            // "“I would like …,” the president suggested." before it: the one who said those words.
            Matcher quotation = LEADING_QUOTATION.matcher(last);
            if (quotation.lookingAt() && quotation.end() < last.length()) {
                String said = sentenceSubject(last.substring(quotation.end()));
                if (said != null) {
                    return said;
                }
            }
            return sentenceSubject(last);
        }

        /**
         * "Newton police had issued a new request …. They noted that “all available resources” …": "they" opening a
         * sentence is the body the sentence before opened with; else null.
         */
        /**
         * The body the story last made a sentence's subject before {@code position} ("Ryanair lifted its profit
         * estimate …"), going back over sentences whose subject is "it" and stopping at one whose subject is a person;
         * null when there is none in this paragraph and the one before.
         */
        private String subjectBodyBefore(int position) {
            String head = paragraph.substring(0, Math.min(position, paragraph.length()));
            StringBuilder before = new StringBuilder();
            for (int e = Math.max(0, earlier.size() - 3); e < earlier.size(); e++) {
                before.append(earlier.get(e).strip()).append(' ');
            }
            String[] sentences =
                    SENTENCE_BREAK.split(before.append(head.strip()).toString());
            // Five sentences back, not counting those that go on with the body by its kind ("The company closed the
            // first quarter with $2.2bn …", "It reaffirmed …").
            for (int i = sentences.length - 1, seen = 0; i >= 0 && seen < 5; i--) {
                if (!COMPANY_OPENS.matcher(sentences[i]).lookingAt()) {
                    seen++;
                }
                Matcher m = BODY_AS_SUBJECT.matcher(sentences[i]);
                if (!m.find()) {
                    if (i == sentences.length - 1) {
                        continue; // the sentence that says "it" or "the business" itself
                    }
                    // Only sentences that go on with "it" ("Like easyJet it said …") or tell of a thing ("The
                    // commitment … follows …") lead further back; any other subject ("Police were later called to the
                    // nightclub", "About 40 residents gathered") is what comes next.
                    if (IT_SPEAKS.matcher(sentences[i]).find()
                            || A_THING_OPENS.matcher(sentences[i]).lookingAt()) {
                        continue;
                    }
                    return null;
                }
                String subject = m.group(1).replaceFirst("^(?:The)\\s+(?=\\p{Lu})", "");
                if (subject.equals("It")) {
                    continue;
                }
                String name = clean(subject);
                if (name == null || DEMONSTRATIVE.matcher(subject).matches()) {
                    continue;
                }
                if (knownSet.contains(name)
                        || firstGiven(name) != null
                        || (!name.contains(" ") && surnameGiven(name) != null)
                        || PRONOUN.matcher(subject).matches()) {
                    return null;
                }
                return name;
            }
            return null;
        }

        private static final Pattern COMPANY_WORD = Pattern.compile("[Tt]he\\s+(?:company|business|firm|group|airline"
                + "|carrier|lender|retailer|operator|provider|insurer|manufacturer|club)");
        private static final Pattern COMPANY_OPENS = Pattern.compile("\\s*(?:(?:The|the)\\s+(?:company|business|firm"
                + "|group|airline|carrier|lender|retailer|operator|provider|insurer|manufacturer|club)|It)\\b");
        private static final Pattern DEMONSTRATIVE = Pattern.compile("This|That|These|Those|There|Here");
        private static final Pattern A_THING_OPENS = Pattern.compile("\\s*The\\s+\\p{Ll}+(?:,|\\s+\\p{Ll})");
        private static final Pattern IT_SPEAKS = Pattern.compile("\\b[Ii]t\\s+(?:also\\s+)?(?:" + VERBS + ")\\b");
        private static final Pattern BODY_AS_SUBJECT = Pattern.compile("^\\s*(?:(?:But|And|However,|Meanwhile,)\\s+)?"
                + "((?:The\\s+)?\\p{Lu}[\\p{L}’'&.\\-]*(?:\\s+(?:(?:of|for|and|&|the)\\s+)?\\p{Lu}[\\p{L}’'&.\\-]*){0,5})"
                // Not "Barclays was fined …" (done to it) nor "The BBC understands …" (what it knows).
                + "\\s+(?:(?:has|had|also|then|later|\\p{Ll}+ly)\\s+)?(?!(?:was|understands|believes|learns|learned"
                + "|knows)\\b)\\p{Ll}+(?:ed|s)\\b");

        private String previousBody(int position) {
            String upTo = paragraph
                    .substring(0, Math.min(position, paragraph.length()))
                    .replaceFirst("[\\s“\"]+$", "");
            Matcher opens = THEY_OPENING.matcher(upTo);
            if (!opens.find()) {
                return null;
            }
            String head = upTo.substring(0, opens.start()).strip();
            String before = head.isEmpty() ? previous.strip() : head;
            if (before.isEmpty()) {
                return null;
            }
            String[] sentences = SENTENCE_BREAK.split(before);
            String last = sentences[sentences.length - 1];
            Matcher police = PLACE_POLICE_SUBJECT.matcher(last);
            if (police.find()) {
                return police.group(1);
            }
            Matcher body = BODY_SUBJECT.matcher(last);
            return body.find() && ORGANIZATION.matcher(body.group(1)).find() ? body.group(1) : null;
        }

        private static final Pattern DESCRIBED_SURNAME =
                Pattern.compile("(?:a|an|the)\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){1,2}(\\p{Lu}[\\p{Ll}’'\\-]+)");
        private static final Pattern THE_BODY =
                Pattern.compile("(?:[Tt]he)\\s+(foundation|company|firm|council|ministry"
                        + "|department|agency|university|hospital|commission|authority|union|association|institute|bank|trust"
                        + "|charity|society|federation|organisation|organization|corporation)");
        private static final Pattern OTHER_BODY =
                Pattern.compile("\\b(?:rival|fellow|another|other|former|opposing)\\s+$");

        /** "the club", "the Spanish club", "the mining company": a kind of body, maybe described. */
        private static final Pattern KIND_BEFORE_NAME =
                Pattern.compile("(?:[Tt]he)\\s+(?:\\p{L}+\\s+)?(club|company|firm"
                        + "|team|side|group|party|bank|airline|carrier|retailer|broadcaster|insurer|lender|miner|operator|charity"
                        + "|union|agency|organisation|organization)");

        /** The pattern of a body named with its kind ("… Foundation"), made once per kind and story. */
        private final Map<String, Pattern> namedBody = new HashMap<>();

        private static final Pattern THEY_OPENING =
                Pattern.compile("(?:^|(?<=[.!?]['’\"”]?\\s))\\s*They\\s[^.!?“”\"]*$");

        /** The person a sentence opens with as its subject ("The Minister of Police Affairs, Mohammed Dingyadi, stated",
         * "Tamim's remarks came"), or null. */
        private String sentenceSubject(String last) {
            Matcher role = ROLE_SUBJECT.matcher(last);
            if (role.find()) {
                // "The presidential spokesperson denied the allegation of Ressa …": the role's holder.
                String who = roleHolder(role.group(1).toLowerCase(Locale.ROOT));
                if (who != null) {
                    return who;
                }
            }
            // "Despite missing the world record …, Kipchoge remained cool.": past the opening phrase.
            last = OPENING_ADVERBIAL.matcher(last).replaceFirst("");
            // "Dutch female marathoner Lornah Kiplagat congratulated …": a whole name after its description.
            Matcher described = DESCRIBED_SUBJECT.matcher(last);
            if (described.find()) {
                String name = clean(described.group("who"));
                if (name != null
                        && name.contains(" ")
                        && !ORGANIZATION.matcher(name).find()) {
                    return name;
                }
            }
            Matcher m = PERSON_SUBJECT.matcher(last);
            boolean possessive = false;
            if (!m.find()) {
                // "Tamim's remarks came following …": whose remarks.
                m = POSSESSIVE_SUBJECT.matcher(last);
                if (!m.find()) {
                    return null;
                }
                possessive = true;
            }
            String who = m.group("who");
            if (who.endsWith("'s") || who.endsWith("’s")) {
                who = who.substring(0, who.length() - 2);
                possessive = true;
            }
            String name = clean(who);
            if (name == null || ORGANIZATION.matcher(name).find()) {
                return null;
            }
            String full = firstGiven(name);
            if (!name.contains(" ")) {
                // A surname alone is a person only when the story gave the whole name before.
                return surnameGiven(name);
            }
            if (knownSet.contains(name) || full != null) {
                return knownSet.contains(name) ? name : full;
            }
            // "The Minister of Police Affairs, Mohammed Dingyadi, stated": a name set beside its office is a person.
            return !possessive && m.group("apposed") != null ? name : null;
        }

        private static final Pattern ROLE_SUBJECT =
                Pattern.compile("^\\s*(?:The|the)\\s+((?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}?(?:" + ROLES
                        + "))\\s+(?:also\\s+)?\\p{Ll}+(?:ed|s)\\b");

        /**
         * Who holds an office the story names without a name: the one it was given to ("the prime minister" after
         * "Prime Minister Boris Johnson"), else the person the sentence before is about, when the story gave that
         * person an office ("Spokesperson for the Command, SP Benjamin Hundeyin, revealed …" then "The Police Public
         * Relations Officer wrote"). Null when neither.
         */
        private String officeHolder(String office, int position) {
            String role = office.toLowerCase(Locale.ROOT);
            String holder = roleHolder(role);
            if (holder == null) {
                String subject = previousSubject(position);
                if (subject == null) {
                    subject = topic();
                }
                // Only a spokesman's office, to one the story made its spokesman: "The Police Public Relations Officer"
                // after "Spokesperson for the Command, SP Benjamin Hundeyin"; not "the Premier" after the opposition
                // leader.
                boolean spokesman = false;
                for (Map.Entry<String, String> e : roles.entrySet()) {
                    spokesman |= e.getValue().equals(subject)
                            && SPOKES_OFFICE.matcher(e.getKey()).find();
                }
                holder = subject != null
                                && spokesman
                                && SPOKES_OFFICE.matcher(office).find()
                        ? subject
                        : null;
            }
            if (holder != null) {
                roles.putIfAbsent(role, holder);
            }
            return holder;
        }

        private static final Pattern SPOKES_OFFICE =
                Pattern.compile("(?i)\\b(?:spokes(?:man|woman|person)|public relations|press (?:officer|secretary)"
                        + "|information officer|communications)\\b");

        private static final Pattern GROUP_AFTER_SURNAME = Pattern.compile(
                "\\s+(?:family|families|household|clan|brothers|sisters|siblings|case|trial|estate)\\b");

        private static final Pattern SINGLE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{Ll}'’\\-]+");

        private static final Pattern MEMBER_BEFORE_NAME = Pattern.compile(
                "^(?:\\p{Lu}\\p{Ll}+\\s+)?(?:MP|MSP|MEP|MLA|MPP|TD)\\s+(?=\\p{Lu}[\\p{L}'’\\-]+\\s+\\p{Lu})");

        // (an office "of" or "for" something: not "Mayor Tom Reid, Ann Price, Jane Hill and Mark Lee signed", a list)
        private static final Pattern OFFICE_THEN_HOLDER = Pattern.compile("(?:^|(?<=[.!?]\\s))(\\p{Lu}\\p{Ll}+"
                + "(?:\\s+\\p{Lu}[\\p{L}\\-]*)*\\s+(?:of|for)(?:\\s+(?:of|for|and|the|\\p{Lu}[\\p{L}\\-]*)){1,8}),\\s+("
                + NAME + "),");

        private static final Pattern BRACKETED_SURNAME =
                // (a given name alone before the bracket: not "Jane Hill (Labour)", "Tomos Williams (Gloucester)")
                Pattern.compile("(?<![\\p{L}.])(?<!\\p{Lu}[\\p{L}'’\\-]{0,30}\\s)(\\p{Lu}\\p{Ll}+)\\s+"
                        + "\\((\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\)");

        private static final Pattern DOCUMENT_WORD = Pattern.compile("statement|report|release|letter");

        private static final Pattern NAMELESS_OFFICE = Pattern.compile(
                "(?:The|the)\\s+((?:\\p{Lu}[\\p{L}\\-]*\\s+){0,4}(\\p{Lu}[\\p{L}\\-]*))(?:\\s+\\(\\p{Lu}{2,}\\))?");

        /** The person known by a role: the same words, or fewer ("spokesperson" for "the presidential spokesperson"). */
        /** Whether the story names a premier ("Ontario Premier Doug Ford"): then "the premier" is not the PM. */
        private boolean namesAPremier() {
            return NAMED_PREMIER.matcher(told).find()
                    || roles.keySet().stream().anyMatch(k -> k.equals("premier") || k.endsWith(" premier"));
        }

        private static final Pattern NAMED_PREMIER = Pattern.compile("\\bPremier\\s+\\p{Lu}");

        String roleHolder(String role) {
            String holder = roles.get(role);
            if (holder == null && role.equals("premier") && !namesAPremier()) {
                // "the premier": many papers' word for the prime minister they named.
                holder = roles.get("prime minister");
            }
            for (Map.Entry<String, String> e : roles.entrySet()) {
                if (holder == null && (sameRoleWords(role, e.getKey()) || sameRoleWords(e.getKey(), role))) {
                    holder = e.getValue();
                }
            }
            return holder;
        }

        private static final Pattern HONORIFIC_SURNAME =
                Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+(\\p{Lu}[\\p{Ll}’'\\-]+)\\b(?!\\s+\\p{Lu})");

        private static final Pattern PRONOUN_AT_END = Pattern.compile(
                "\\b(?:[Hh]e|[Ss]he)(?:\\s+(?:also|then|later|again|had|has|have|would|will|further))?\\s*$");
        // Not after a title's stop: "trustee Dr. Shane Andrus submitted …" is one sentence.
        private static final Pattern SENTENCE_BREAK = Pattern.compile(
                "(?<=[.!?])(?<!\\b(?:Dr|Mr|Mrs|Ms|St|Gov|Sen|Rep|Lt"
                        + "|Col|Gen|Sgt|Capt|Prof|Rev|Hon|No|Jr|Sr|Supt|Insp|Det|Cllr)\\.)['’\"”]?\\s+(?=\\p{Lu}|[“\"])");
        private static final Pattern OPENING_CLAUSE = Pattern.compile(
                "(?:^|(?<=[.!?]['’\"”]?)\\s+)(?:Asked|Speaking"
                        + "|Responding|Addressing|Commenting|Reacting|Answering|Writing|Talking|Referring)\\b[^.!?“”\"]*,\\s*$");
        private static final Pattern SENTENCE_OPENING_PRONOUN =
                Pattern.compile("(?:^|(?<=[.!?]['’\"”]?\\s))\\s*(?:He|She)\\s[^.!?“”\"]*$");
        private static final Pattern PRONOUN_SPEAKING_AT_END = Pattern.compile(
                "\\b(?:[Hh]e|[Ss]he)(?:\\s+(?:also|then|later|again|further))?\\s+(?:" + VERBS + ")[:,]?\\s*$");
        private static final Pattern OPENING_ADVERBIAL = Pattern.compile("^\\s*(?:Despite|After|Before|When|While"
                + "|Yesterday|Today|Tonight|Last|This|Now|Then"
                + "|Although|Though|During|Following|Since|Later|Earlier|However|Meanwhile|Still|In|On|At)\\b"
                + "[^,“”\".!?]{0,120},\\s+(?=\\p{Lu})");
        private static final Pattern DESCRIBED_SUBJECT = Pattern.compile(
                "^\\s*(?:(?:But|And|Yet|So)\\s+)?(?:(?:The|A|An|the|a|an)\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+)?"
                        // "But the low cost airline’s mercurial chief executive Michael O’Leary attempted …"
                        + "(?:\\p{Ll}[\\p{Ll}\\-]*(?:['’]s)?\\s+){1,6}(?<who>" + NAME
                        // "Senior advocate Rajeev Dhavan, appearing for one of the petitioners, referred …"
                        + ")(?:,\\s+\\p{Ll}+ing\\b[^,“”\"]{2,80},)?\\s+(?:also\\s+|has\\s+|had\\s+)?\\p{Ll}+(?:ed|s)\\b");
        private static final Pattern PRONOUN_OPENING = Pattern.compile("^\\s*(?:He|She)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}");
        private static final Pattern POSSESSIVE_SUBJECT =
                Pattern.compile("^\\s*(?<who>" + NAME + ")['’]s\\s+\\p{Ll}[\\p{Ll}\\-]+\\s+\\p{Ll}");
        private static final Pattern PERSON_SUBJECT =
                Pattern.compile("^\\s*(?:(?:The|A|An)\\s+[\\p{L}\\- ]{2,40}(?<apposed>,)\\s+)?(?<who>" + NAME
                        + ")(?:,\\s+[^,“”\"]{2,80})?,?\\s+\\p{Ll}");

        /** Every word of a role (but "of", "for", "the") is a word of a known one, its last word too. */
        static boolean sameRoleWords(String role, String known) {
            java.util.List<String> have = Arrays.asList(SPACES.split(known));
            String[] want = SPACES.split(role);
            if (want.length == 0 || !have.contains(want[want.length - 1])) {
                return false;
            }
            for (String w : want) {
                if (!w.matches("of|for|the|and") && !have.contains(w)) {
                    return false;
                }
            }
            return true;
        }

        /** The full name {@code words} stands for at {@code position} of the current paragraph, or null. */
        String resolve(String words, int position) {
            String w = words.strip().replaceAll("[,;:]$", "");
            // "“…,” a visibly emotional Elham added.": the one the description names.
            Matcher described = DESCRIBED_NAME.matcher(w);
            if (described.matches() && known.stream().anyMatch(k -> k.startsWith(described.group(1)))) {
                w = described.group(1);
            }
            String acronym = acronyms.get(w.replaceFirst("^(?:[Tt]he)\\s+", ""));
            // "The Police Public Relations Officer (PPRO) wrote", then "The PPRO added": an office named without a
            // name is the one who holds it.
            Matcher nameless = NAMELESS_OFFICE.matcher(acronym != null ? "The " + acronym : w);
            if (nameless.matches() && isTitle(nameless.group(2))) {
                String holder = officeHolder(nameless.group(1), position);
                if (holder != null) {
                    return holder;
                }
                if (acronym == null) {
                    // "The Chief Executive said" with nobody given the office: the office, as a description.
                    return "the " + nameless.group(1);
                }
            }
            if (acronym != null) {
                // "the JCF said" after "The Jamaica Constabulary Force (JCF)": the body by its full name.
                return acronym;
            }
            if (policeForce != null && w.matches("(?:[Tt]he\\s+)?[Pp]olice")) {
                // "Moose Jaw RCMP responded …" then "“…,” police said" (or "the police wrote"): the force the story
                // named.
                return policeForce;
            }
            if (PRONOUN.matcher(w).matches()) {
                String pronoun = w.toLowerCase(Locale.ROOT);
                if (pronoun.equals("it")) {
                    // "Ryanair lifted its profit estimate. … It added that …": "it" is no person, but the body the
                    // story last made the subject of a sentence.
                    String body = subjectBodyBefore(position);
                    if (body != null) {
                        return body;
                    }
                }
                String who = pronoun.equals("he")
                        ? lastMentionBefore(paragraph, position, lastHe, pronoun)
                        : pronoun.equals("she")
                                ? lastMentionBefore(paragraph, position, lastShe, pronoun)
                                : lastMentionBefore(paragraph, position, lastPerson);
                // "Razarudin said that … against X, the former secretary to Mahathir." then "“…,” he said.": a
                // paragraph of reported speech hands its pronoun to the one who spoke, not to a name in passing.
                if (reported != null
                        && !pronoun.equals("it")
                        && lastMentionBefore(paragraph, position, null, pronoun) == null) {
                    // "Sakaja said …" after "Governor Johnson Sakaja" spoke: the whole name, when it is the one meant.
                    for (String full : new String[] {who, lastSpeaker}) {
                        if (full != null
                                && full.contains(" ")
                                && !reported.contains(" ")
                                && Arrays.asList(SPACES.split(full)).contains(reported)) {
                            return full;
                        }
                    }
                    return reported;
                }
                // "The prosecution counsel, Mohammed Abubakar, aligned with Ozekhome …. He said:": a pronoun opening a
                // sentence is the subject of the sentence before, not the last name in it.
                String subject = pronoun.equals("he") || pronoun.equals("she")
                        ? previousSubject(position)
                        : pronoun.equals("they") ? previousBody(position) : null;
                // Not one the story made the other sex ("she" after "Dr. Shane Andrus submitted his resignation").
                char otherSex = pronoun.equals("he") ? 'f' : pronoun.equals("she") ? 'm' : '?';
                if (subject != null
                        && sex.getOrDefault(subject, 'x') != otherSex
                        && !(otherSex != '?' && PLURAL_BODY.matcher(subject).matches())) {
                    return subject;
                }
                // Nobody known named since: "he" is the last whole name the story gave ("… is ideal for Andy Friend,
                // who …" then "“…,” he says"), unless the one last quoted was named after it.
                if (who == null && (pronoun.equals("he") || pronoun.equals("she"))) {
                    String named = lastNamedPerson(position, pronoun);
                    if (named != null && (lastSpeaker == null || namedAfter(named, lastSpeaker, position))) {
                        return named;
                    }
                }
                // (never a group for "he" or "she": "Sources from the Hague said, “…”" then "He warned …")
                String candidate = who != null ? who : lastSpeaker;
                if (candidate != null
                        && otherSex != '?'
                        && PLURAL_BODY.matcher(candidate).matches()) {
                    return null;
                }
                return candidate;
            }
            if (SEAT_OR_OFFICE.matcher(w).matches()) {
                // "Khalid pointed out …. The Shah Alam MP said": an office named for its place, with no name, is
                // the person the story is talking about (or the one it was given to).
                // Not "the Prime Minister", "the Foreign Minister": a title, not a place, before the office.
                String office = w.replaceFirst("^(?:The|the)\\s+", "");
                String role = office.toLowerCase(Locale.ROOT);
                boolean byPlace = !TITLES.matcher(office).lookingAt() && !isTitle(office.split("\\s+")[0]);
                int at = paragraph.lastIndexOf(w, position);
                String who = roles.containsKey(role)
                        ? roles.get(role)
                        : byPlace ? lastMentionBefore(paragraph, at >= 0 ? at : position, lastPerson) : null;
                if (who != null) {
                    return who;
                }
            }
            Matcher kindOf = KIND_BEFORE_NAME.matcher(w);
            if (kindOf.matches()) {
                // "“Welcome back Gerard!” the club concluded." after "Spanish football club Villarreal": the body the
                // story named after that word last.
                String kind = kindOf.group(1).toLowerCase(Locale.ROOT);
                Matcher named = namedBody
                        .computeIfAbsent("of kind " + kind, k -> Pattern.compile("\\b" + kind + "\\s+(" + NAME + ")"))
                        .matcher(told.substring(Math.max(0, told.length() - 4000)));
                // The first the story named so, not a rival or a fellow one, nor an officer of it ("Labour party
                // Chairman Ian Lavery").
                String body = null;
                while (body == null && named.find()) {
                    String before = told.substring(Math.max(0, told.length() - 4000), told.length());
                    String lead = before.substring(Math.max(0, named.start() - 12), named.start());
                    String first = SPACES.split(named.group(1))[0];
                    if (OTHER_BODY.matcher(lead).find() || isTitle(first) || storyTitles.contains(first)) {
                        continue;
                    }
                    body = clean(named.group(1));
                }
                if (body != null) {
                    return body;
                }
            }
            Matcher bodyWord = THE_BODY.matcher(w);
            if (bodyWord.matches()) {
                // "“…,” the foundation said." after "the Khaled bin Sultan Living Oceans Foundation": the body the
                // story named with that word last.
                String kind = Character.toUpperCase(bodyWord.group(1).charAt(0))
                        + bodyWord.group(1).substring(1);
                Matcher named = namedBody
                        .computeIfAbsent(
                                kind,
                                k -> Pattern.compile(
                                        "\\b((?:\\p{Lu}[\\p{L}’'\\-]{0,30}\\s+(?:(?:of|for|and|bin|de|the)\\s+)?){1,6}"
                                                + k + ")\\b"))
                        // The body is named in the last few paragraphs, not searched for over the whole story.
                        .matcher(told.substring(Math.max(0, told.length() - 4000)));
                String body = null;
                while (named.find()) {
                    body = named.group(1).replaceFirst("^(?:The|A)\\s+", "");
                }
                if (body != null) {
                    return body;
                }
            }
            if (COMPANY_WORD.matcher(w).matches()) {
                // "ScottishPower has announced …" then "the business has pledged": the company the story last made a
                // sentence's subject.
                String body = subjectBodyBefore(position);
                if (body != null) {
                    return body;
                }
            }
            Matcher rank = ARTICLE_TITLE.matcher(w);
            if (rank.matches() && (isTitle(rank.group(2)) || storyTitles.contains(rank.group(2)))) {
                // "A Garda told detectives": a rank with an article is a description, not a name.
                w = w.toLowerCase(Locale.ROOT);
            }
            if (w.matches("(?i:a|an|the|one|another)\\s+\\p{Ll}.*")) {
                w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
            }
            if (Character.isLowerCase(w.charAt(0))) {
                // "a chastened Leader of the House Christopher Pyne": the name the description ends with.
                String titled = w.replaceFirst("^(?:\\p{Ll}[\\p{Ll}\\-]*\\s+)+", "");
                // Not "a spokesman for Anna Berg": after a preposition the name is someone else.
                String lead = w.substring(0, w.length() - titled.length());
                if (!titled.equals(w)
                        && !lead.matches("(?s).*\\b(?:for|of|at|with|to|from|by|in|on|about)\\s+$")
                        && TAIL_NAME.matcher(titled).find()) {
                    String name = clean(titled);
                    if (name != null
                            && name.contains(" ")
                            && !ORGANIZATION.matcher(name).find()) {
                        add(name);
                        return name;
                    }
                }
                if (cityGovernment != null && CITY_GOVERNMENT.matcher(w).matches()) {
                    return cityGovernment;
                }
                if (lastPublication != null && THE_PUBLICATION.matcher(w).matches()) {
                    // "The Wall Street Journal cites some examples. … “lobbied prosecutors”, the story reports."
                    return lastPublication;
                }
                // "According to an IDF statement", "a White House release": a document is its issuer's words.
                Matcher issued = ISSUED_BY.matcher(w);
                if (issued.matches()) {
                    String issuer = clean(issued.group(1));
                    if (issuer != null) {
                        return issuer;
                    }
                }
                if (w.matches("the\\s+(?:statement|release|news\\s+release|press\\s+release)") && statementBy != null) {
                    return statementBy;
                }
                if (w.matches("(?:the|a|an)\\s+(?:statement|report|release|letter)") && reportedInstitution != null) {
                    // "In a statement, the Courts Service said …" then "“…,” the statement said.": its issuer.
                    return reportedInstitution;
                }
                if (w.matches("(?:the|a|an)\\s+(?:statement|report|release|letter)") && lastSpeaker != null) {
                    return lastSpeaker;
                }
                String role = w.replaceFirst("^(?:a|an|the|one|another)\\s+", "")
                        .toLowerCase(Locale.ROOT)
                        // "the skipper" after "India Test captain Virat Kohli": another word for the same role.
                        .replaceFirst("^skipper$", "captain");
                if (role.equals("premier") && !namesAPremier()) {
                    // "said the premier" after "Prime Minister Hani Mulki": many papers' word for the prime minister.
                    role = "prime minister";
                }
                // "a satisfied Kohli": a description before a surname the story gave in full.
                Matcher describedSurname = DESCRIBED_SURNAME.matcher(w);
                if (describedSurname.matches()) {
                    String full = surnameGiven(describedSurname.group(1));
                    if (full != null) {
                        return full;
                    }
                }
                for (Map.Entry<String, String> e : roles.entrySet()) {
                    // "one of those ministers, Michael Keenan" makes him "the minister".
                    if (e.getKey().equals(role)
                            || e.getKey().startsWith(role + " ")
                            || e.getKey().equals(role + "s")) {
                        return e.getValue();
                    }
                }
                // "the interior minister" after "Minister for Interior Sheikh Rasheed Ahmed": the same words.
                String byWords = null;
                for (Map.Entry<String, String> e : roles.entrySet()) {
                    if (sameRoleWords(role, e.getKey())) {
                        byWords = e.getValue();
                    }
                }
                for (Map.Entry<String, String> e : roles.entrySet()) {
                    // "the presidential spokesperson" after "spokesperson Salvador Panelo": a role told more fully.
                    if (byWords == null && SPACES.split(e.getKey()).length == 1 && sameRoleWords(e.getKey(), role)) {
                        byWords = e.getValue();
                    }
                }
                // "the court" after "A district and sessions court in Islamabad adjourned …": the description first
                // given.
                if (byWords == null && DOCUMENT_WORD.matcher(role).matches()) {
                    // "the statement said" when the story never said whose: a document is nobody ("a statement" is
                    // no speaker); the other rules, or the editor, tell whose it is.
                    return null;
                }
                if (byWords == null) {
                    byWords = firstDescribed(role);
                }
                return byWords != null ? byWords : w;
            }
            String name = clean(w);
            if (name == null) {
                return null;
            }
            if (!name.contains(" ")) {
                // "Colleen Reid thanked the judge" after "the death of Madison Reid", then "Reid said": of the people
                // the story gave that name, the one it named last.
                String last = null;
                int lastAt = -2;
                for (String full : known) {
                    String[] tokens = full.split("\\s+");
                    if (!Character.isUpperCase(tokens[tokens.length - 1].charAt(0))) {
                        continue;
                    }
                    for (String token : tokens) {
                        if (sameWord(token, name)) {
                            int at = told.lastIndexOf(full);
                            if (at > lastAt) {
                                last = full;
                                lastAt = at;
                            }
                            break;
                        }
                    }
                }
                // "Detective Inspector John Reid said …" and later "Her mother, Colleen Reid, …": "Reid said" is the
                // one
                // of them who has spoken.
                String spoken = null;
                for (String full : known) {
                    if (full.contains(" ")
                            && sameWord(full.substring(full.lastIndexOf(' ') + 1), name)
                            && spokeBefore(full)) {
                        spoken = full;
                    }
                }
                if (spoken != null) {
                    return spoken;
                }
                String named = lastWithSurname(name);
                // "Moreno, 26, was Espanyol’s top scorer" made "Moreno" known; "Spanish striker Gerard Moreno" is
                // whole.
                if (named != null && (told.lastIndexOf(named) > lastAt || (last != null && !last.contains(" ")))) {
                    add(named);
                    return named;
                }
                if (last != null) {
                    return last;
                }
                String full = surnameGiven(name);
                if (full == null) {
                    // "Taking to Twitter, Imran wrote" after "former skipper Imran Khan": a given name alone.
                    full = givenNameOnly(name);
                }
                if (full != null) {
                    add(full);
                    return full;
                }
            } else {
                String full = firstGiven(name);
                if (full != null) {
                    add(full);
                    return full;
                }
                // "Bu Farousha" after "Salah Bu Farousha", "van Berg" names: a surname of two words is the full name.
                for (String known : this.known) {
                    if (known.endsWith(" " + name)
                            && !ORGANIZATION.matcher(known).find()) {
                        return known;
                    }
                    // "Wan Latiff said" after "Datuk Wan Latiff Wan Musa": a name of four words and more, by its
                    // first two (the person's own name before the father's).
                    // "Dr Noor Hisham said" after "Datuk Dr Noor Hisham Abdullah": a name of three by its first two,
                    // when a title says they are the person's own.
                    if (known.startsWith(name + " ")
                            && (SPACES.split(known).length >= 4
                                    || SPACES.split(known).length == 3
                                            && !w.strip().equals(name)
                                            && !GENERATION_END.matcher(known).find())
                            && !ORGANIZATION.matcher(known).find()) {
                        return known;
                    }
                }
            }
            if (!ORGANIZATION.matcher(name).find()) {
                add(name);
            }
            return name;
        }

        /**
         * "Garda Geary" after "Garda Colm Geary", "Supt O’Neill" after "Superintendent Eamon O'Neill": a rank or job
         * before a surname the story has already given with the full name is that person, by the name as first given.
         * The word before the surname must be a title (the newsroom's, the story's, an abbreviation) or the title the
         * full name was given with, so that "Jane Smith" after "John Smith" stays someone else.
         */
        private String firstGiven(String name) {
            String[] tokens = name.split("\\s+");
            if (tokens.length != 2 || ORGANIZATION.matcher(name).find()) {
                return null;
            }
            String cached = givenAs.get(name);
            if (cached != null) {
                return cached;
            }
            String title = tokens[0];
            String surname = tokens[1];
            boolean aTitle =
                    isTitle(title) || storyTitles.contains(title) || title.endsWith(".") || titleAbbreviation(title);
            for (String longRun : aTitle ? runs : longRuns) {
                String[] run = longRun.split("\\s+");
                if (!sameWord(run[run.length - 1], surname) || run.length == 2 && sameWord(run[0], title)) {
                    continue;
                }
                String full = clean(longRun);
                if (full == null) {
                    continue;
                }
                String[] given = full.split("\\s+");
                boolean titleGiven = false;
                for (int i = 0; i < run.length - given.length; i++) {
                    titleGiven |= abbreviates(title, run[i]);
                }
                if (given.length > 2 && abbreviates(title, given[0])) {
                    // The story's own rank, not known as one: "Garda Colm Geary" then "Garda Geary".
                    full = full.substring(given[0].length()).strip();
                    titleGiven = true;
                }
                if ((titleGiven || aTitle)
                        && full.contains(" ")
                        && !full.startsWith(title + " ")
                        && !organization(full)) {
                    givenAs.put(name, full);
                    return full;
                }
            }
            // "Mr Ong" after "Health Minister Ong Ye Kung": the family name first.
            String familyFirst = aTitle ? surnameGiven(surname) : null;
            return familyFirst != null && familyFirst.startsWith(surname + " ") ? familyFirst : null;
        }

        /**
         * "Mr O’Mahony" after "Jim O’Mahony, senior counsel for …, put it to …": a surname alone is the full name the
         * story first gave it, wherever that was (not only where someone spoke). A name given with a rank only ("Supt
         * O’Neill") is not a full name.
         */
        private String surnameGiven(String surname) {
            if (NOT_NAMES.contains(surname) || ORGANIZATION.matcher(surname).find()) {
                return null;
            }
            for (String run : runs) {
                String[] tokens = run.split("\\s+");
                // "Chow Hang-tung", "Lee Cheuk-yan": the family name first, before a hyphenated given name.
                if (tokens.length == 2
                        && sameWord(tokens[0], surname)
                        && HYPHENATED_GIVEN.matcher(tokens[1]).matches()) {
                    return run;
                }
                // "Health Minister Ong Ye Kung", "Lee Hsien Loong": the family name first, before two short given
                // names.
                if (tokens.length >= 3
                        && sameWord(tokens[tokens.length - 3], surname)
                        && SHORT_GIVEN.matcher(tokens[tokens.length - 2]).matches()
                        && SHORT_GIVEN.matcher(tokens[tokens.length - 1]).matches()) {
                    String full = clean(run);
                    if (full != null && full.startsWith(surname + " ")) {
                        return full;
                    }
                }
                // "Dan McFarland’s mood": the owner's name without its "’s".
                tokens[tokens.length - 1] = POSSESSIVE_END
                        .matcher(tokens[tokens.length - 1])
                        .replaceFirst("")
                        .replaceFirst("(?<=\\p{Ll}{2})\\.$", "");
                if (!sameWord(tokens[tokens.length - 1], surname)) {
                    continue;
                }
                run = String.join(" ", tokens);
                String full = clean(run);
                if (full == null || !full.contains(" ") || organization(full)) {
                    continue;
                }
                String first = full.split("\\s+")[0];
                boolean rank = storyTitles.contains(first) || first.endsWith(".") || titleAbbreviation(first);
                if (!rank && full.split("\\s+").length <= 4) {
                    return full;
                }
            }
            return null;
        }

        /** The one person the story named in full with this given name ("Imran" for "Imran Khan"), else null. */
        private String givenNameOnly(String given) {
            if (NOT_NAMES.contains(given) || ORGANIZATION.matcher(given).find()) {
                return null;
            }
            String found = null;
            for (String run : runs) {
                String full = clean(run);
                if (full == null
                        || organization(full)
                        || PLACE_NAME.matcher(full).find()) {
                    continue;
                }
                String[] tokens = SPACES.split(full);
                if (tokens.length < 2 || tokens.length > 3 || !sameWord(tokens[0], given)) {
                    continue;
                }
                if (found != null && !found.equals(full)) {
                    return null;
                }
                found = full;
            }
            return found;
        }

        /** Whether the story has the person speak: "John Reid said …", "John Reid, the detective, told …". */
        private boolean spokeBefore(String full) {
            Matcher verb = SPOKE_AFTER.matcher(told);
            for (int at = told.indexOf(full); at >= 0; at = told.indexOf(full, at + 1)) {
                int end = at + full.length();
                if (verb.region(end, Math.min(told.length(), end + 80)).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        private static final Pattern SPOKE_AFTER = Pattern.compile("(?:,[^,.]{1,60},)?\\s+(?:" + VERBS + ")\\b");

        /** The person the story named last with this surname, in a run of its own: "Colleen Reid thanked …". */
        private String lastWithSurname(String surname) {
            if (NOT_NAMES.contains(surname) || ORGANIZATION.matcher(surname).find()) {
                return null;
            }
            String exact = lastWithSurname(surname, false);
            return exact != null ? exact : lastWithSurname(surname, true);
        }

        /** The same, by the surname as spelt, or (when none is) by a spelling one vowel apart. */
        private String lastWithSurname(String surname, boolean variant) {
            String latest = null;
            int latestAt = -1;
            for (String whole : runs) {
                // "Nicki Chamah of Columbus, Ohio": the name before "of" a place.
                int of = whole.indexOf(" of ");
                String run = of > 0 ? whole.substring(0, of) : whole;
                String[] tokens = SPACES.split(run);
                // (up to four words: "Henry Francis Little Long")
                if (tokens.length > 4
                        || !(variant
                                ? sameSurname(tokens[tokens.length - 1], surname)
                                : sameWord(tokens[tokens.length - 1], surname))
                        || lastMentioned.get(whole) < latestAt) {
                    continue;
                }
                String full = clean(run);
                if (full != null
                        && full.contains(" ")
                        && full.endsWith(" " + tokens[tokens.length - 1])
                        && !organization(full)
                        && !PLACE_NAME.matcher(full).find()) {
                    latest = full;
                    latestAt = lastMentioned.get(whole);
                }
            }
            return latest;
        }

        private static final Pattern SHORT_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}");
        private static final Pattern HYPHENATED_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

        /** "Supt", "Cllr", "Insp": a short word that abbreviates a title. */
        static boolean titleAbbreviation(String word) {
            if (word.length() > 5) {
                return false;
            }
            for (String title : TITLE_WORDS) {
                if (abbreviates(word, title)) {
                    return true;
                }
            }
            return false;
        }

        /** "Supt" for "Superintendent", "Garda" for "Garda": the same word, or its abbreviation (same initial). */
        static boolean abbreviates(String shortWord, String word) {
            String a = shortWord.replace(".", "").toLowerCase(Locale.ROOT);
            String b = word.replace(".", "").toLowerCase(Locale.ROOT);
            if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || a.length() > b.length()) {
                return false;
            }
            if (a.equals(b)) {
                return true;
            }
            int j = 0;
            for (int i = 0; i < b.length() && j < a.length(); i++) {
                if (b.charAt(i) == a.charAt(j)) {
                    j++;
                }
            }
            return j == a.length() && a.length() >= 2;
        }

        /** The same name word, whatever the apostrophe: "O’Neill" and "O'Neill". */
        static boolean sameWord(String a, String b) {
            return a.replace('’', '\'').equals(b.replace('’', '\''));
        }

        /**
         * A surname the page spells two ways, one vowel apart ("Gunasekara", "Gunasekera"): the same person's, when the
         * name is long enough (seven letters) that two people of the story are not told apart by that vowel alone.
         */
        static boolean sameSurname(String a, String b) {
            if (sameWord(a, b)) {
                return true;
            }
            if (a.length() != b.length() || a.length() < 7 || a.charAt(0) != b.charAt(0)) {
                return false;
            }
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                char x = a.charAt(i);
                char y = b.charAt(i);
                if (x != y && (++differences > 1 || VOWELS.indexOf(x) < 0 || VOWELS.indexOf(y) < 0)) {
                    return false;
                }
            }
            return true;
        }

        private static final String VOWELS = "aeiou";

        /** The last known person named in {@code text} before {@code position}, else {@code otherwise}. */
        private String lastMentionBefore(String text, int position, String otherwise) {
            return lastMentionBefore(text, position, otherwise, null);
        }

        /**
         * The same, for a pronoun: an honorific tells a man from a woman, so "he" is not the "Miss Jones" just
         * mentioned (nor "she" a "Mr Jones").
         */
        private String lastMentionBefore(String text, int position, String otherwise, String pronoun) {
            Pattern otherSex = "he".equals(pronoun) ? FEMALE_HONORIFIC : "she".equals(pronoun) ? MALE_HONORIFIC : null;
            // Not one the story has since made the other sex.
            String who = otherwise != null
                            && ("he".equals(pronoun) || "she".equals(pronoun))
                            && sex.getOrDefault(otherwise, 'x') == ("he".equals(pronoun) ? 'f' : 'm')
                    ? null
                    : otherwise;
            int best = -1;
            String head = text.substring(0, Math.min(position, text.length()));
            // "“During the tenure of Prime Minister Imran Khan, …”": a name inside quoted words is not who a pronoun
            // outside them stands for.
            List<Span> quoted = quotedIn(text);
            for (String full : mayBeIn(head)) {
                deadline.check();
                // "he" and "she" are people, never "Tecom Group" named in passing; and not one the story made the other
                // sex.
                if (("he".equals(pronoun) || "she".equals(pronoun))
                        && (organization(full) || sex.getOrDefault(full, 'x') == ("he".equals(pronoun) ? 'f' : 'm'))) {
                    continue;
                }
                for (String token : wordsOf(full)) {
                    // "Department of Bukit Aman": its "of" is not a mention of it.
                    // (A word the paragraph does not hold is not searched for: most of the story's names are not in
                    // it.)
                    if (token.length() < 2 || !Character.isUpperCase(token.charAt(0)) || !head.contains(token)) {
                        continue;
                    }
                    Matcher m = mentions.computeIfAbsent(token, t -> Pattern.compile("\\b" + Pattern.quote(t) + "\\b"))
                            .matcher(head);
                    while (m.find()) {
                        if (inside(m.start(), quoted)) {
                            continue;
                        }
                        // "Liz Truss’s government": a possessive names an owner, not the one a pronoun stands for.
                        if (POSSESSIVE_AFTER
                                .matcher(head)
                                .region(m.end(), head.length())
                                .lookingAt()) {
                            continue;
                        }
                        // (The honorific stands right before the name: only the few characters before it are read.)
                        if (otherSex != null
                                && otherSex.matcher(head)
                                        .region(Math.max(0, m.start() - 12), m.start())
                                        .useTransparentBounds(true)
                                        .find()) {
                            continue;
                        }
                        // "Her husband, Mark Jenkins," after "Sarah Jenkins": the whole name mentioned beats a
                        // namesake.
                        boolean whole = m.end() >= full.length() && head.startsWith(full, m.end() - full.length());
                        // "the entire Floyd family" after "Philonise Floyd" and "George Floyd": a surname before a
                        // family or a case names a group, not the one a pronoun stands for.
                        if (!whole
                                && full.endsWith(" " + token)
                                && GROUP_AFTER_SURNAME
                                        .matcher(head)
                                        .region(m.end(), head.length())
                                        .lookingAt()) {
                            continue;
                        }
                        int at = 2 * m.start() + (whole ? 1 : 0);
                        if (at > best) {
                            best = at;
                            who = full;
                        }
                    }
                }
            }
            return who;
        }

        /** Names already cleaned in this story (the story's titles are known from the start, so a name cleans once). */
        private final Map<String, Optional<String>> cleaned = new HashMap<>();

        /** A name without leading titles (the newsroom's and this story's) or determiners; null if none is left. */
        String clean(String raw) {
            return cleaned.computeIfAbsent(raw, key -> {
                        // "Christopher Ferguson. Ryan": a run over a sentence end names the one after it.
                        List<String> parts = sentenceParts(key.strip());
                        // "Bloomberg’s Eric Roston", "Penrith's Jaeman Salmon": the owner before a whole name is not
                        // part of it.
                        String part = OWNER_BEFORE_NAME
                                .matcher(parts.get(parts.size() - 1))
                                .replaceFirst("");
                        // "Local MP Alex Davies-Jones", "Labour MSP Jackie Baillie": a member of a parliament, and the
                        // word before it, are no part of the name (not "The Shah Alam MP": no name follows).
                        part = MEMBER_BEFORE_NAME.matcher(part).replaceFirst("");
                        return Optional.ofNullable(deglue(clean(part, storyTitles)));
                    })
                    .orElse(null);
        }

        private static final Pattern OWNER_BEFORE_NAME = Pattern.compile(
                // "Lancers’ Mario Padilla": a plural owner too.
                "^(?:\\p{Lu}[\\p{L}\\-]*\\s+){0,2}\\p{Lu}[\\p{L}\\-]*(?:['’]s|(?<=s)['’])\\s+(?=\\p{Lu}[\\p{L}\\-]+\\s+\\p{Lu})");
        // (not the stop of an initial: "Elham M.", "Persad P.")
        private static final Pattern TRAILING_STOP = Pattern.compile("(?<!\\b(?:Jr|Sr))(?:[,;:]|(?<!\\s\\p{Lu})\\.)$");
        private static final Pattern SUFFIX = Pattern.compile("\\b(Jr|Sr)$");
        private static final Pattern DETERMINER_FIRST = Pattern.compile("(?:The|the|A|An|a|an)\\s.*");
        private static final Pattern CAPITAL_DETERMINER_FIRST = Pattern.compile("(?:The|A|An)\\s.*");
        private static final Pattern CONJUNCTION_FIRST =
                Pattern.compile("^(?:But|And|So|Yet|Then|Still|Now|When|While|If"
                        + "|Although|Though|As|After|Before|Since|Because|Once|Until|Unless|Where|Whether)\\s+");
        private static final Pattern ARTICLE_FIRST = Pattern.compile("^(?:The|the|A|An)\\s+(?=\\p{Lu})");
        private static final Pattern POSSESSIVE_END = Pattern.compile("(?:’s|'s)$");
        private static final Pattern SPACES = Pattern.compile("\\s+");
        /** Malaysian honorifics (and whatever office precedes them): Tan Sri, Datuk Seri, Dato’, Tun, Toh Puan. */
        private static final Pattern HONORIFIC_BEFORE_NAME = Pattern.compile("^(?:\\S+\\s+)*?(?:Tan\\s+Sri|Puan\\s+Sri"
                + "|Toh\\s+Puan|Datuk\\s+Seri|Dato['’]?\\s+Sri|Datuk|Datin|Dato['’]?|Tun)\\s+(?:Dr\\.?\\s+)?"
                + "(?=\\p{Lu}\\p{L}+\\s+\\p{Lu})");

        private static final Pattern PERSON_OF_BODY = Pattern.compile(
                "(\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}[\\p{L}’'\\-]+)\\s+of\\s+\\p{Lu}.*");

        private static final Pattern GENERATION = Pattern.compile("Jr\\.?|Sr\\.?|II|III|IV");
        private static final Pattern OF_FIRST = Pattern.compile("^(?:of|for)\\s+\\S+\\s+(?=\\p{Lu})");

        /**
         * Where the person starts in a run that names a place or body first ("… of Muzaffarpur Rakesh Kumar", "of New
         * York Eric Adams"): at the given name before the surname, so the last two words (three with a particle,
         * "Amr bin Salem") when more than two follow the place's first word.
         */
        static int personAfterPlace(String[] tokens, int from) {
            if (from < tokens.length && tokens[from].equals("the")) {
                from++;
            }
            if (tokens.length - from < 3) {
                return from;
            }
            // "Minister of State for Finance Dr Aisha Ghaus Pasha": a title after the place opens the name.
            for (int t = tokens.length - 2; t > from; t--) {
                if (isTitle(tokens[t]) && tokens.length - t - 1 <= 4) {
                    return t + 1;
                }
            }
            int start = tokens.length - 2;
            if (PARTICLE.matcher(tokens[start]).matches() || tokens[start].matches("\\p{Lu}\\.")) {
                start--;
            }
            return Math.max(from, start);
        }

        private static final Pattern PARTICLE = Pattern.compile("de|da|del|van|von|der|den|bin|al|la|le");

        /** A name without leading titles or determiners; null when nothing of a name is left. */
        static String clean(String raw, Set<String> storyTitles) {
            // "Miss Universe Harnaaz Sandhu": a pageant's title is no part of the name; nor, in "Speaking at Downing
            // Street Rishi Sunak said", the street before it.
            raw = PAGEANT_TITLE.matcher(raw.strip()).replaceFirst("");
            raw = STREET_BEFORE_NAME.matcher(raw).replaceFirst("");
            // "Martin Luther King Jr.": a generational suffix is part of the name, its stop too.
            String s = SUFFIX.matcher(TRAILING_STOP.matcher(raw.strip()).replaceAll(""))
                    .replaceFirst("$1.");
            // "Mike Jones QC", "Jane Smith MP": letters after a name (honours, silk, seat) are not the name; "the
            // Shah Alam MP" is an office.
            if (!DETERMINER_FIRST.matcher(s).matches()) {
                s = POST_NOMINALS.matcher(s).replaceFirst("");
            }
            s = CONJUNCTION_FIRST.matcher(s).replaceFirst("");
            // "Inspector-General of Police Tan Sri Razarudin Husain", "Tun Dr Mahathir Mohamad": an honorific stands
            // between the office and the name, which follows it.
            s = HONORIFIC_BEFORE_NAME.matcher(s).replaceFirst("");
            s = ARTICLE_FIRST.matcher(s).replaceFirst("");
            s = POSSESSIVE_END.matcher(s).replaceFirst("");
            // "summed up Peter Cardillo of Spartan Capital Securities": the person, not the firm after "of".
            Matcher ofBody = PERSON_OF_BODY.matcher(s);
            if (ofBody.matches()
                    && !ORGANIZATION.matcher(ofBody.group(1)).find()
                    && Arrays.stream(SPACES.split(ofBody.group(1)))
                            .noneMatch(w -> isTitle(w) || storyTitles.contains(w))) {
                s = ofBody.group(1);
            }
            // "Iranian Minister of Petroleum Bijan Zangeneh", "U.S. District Court Judge Amy Berman Jackson": the name
            // is what follows the last title word (and its "of X").
            String[] tokens = SPACES.split(s);
            int lastTitle = -1;
            // "Martin Luther King Jr.": the suffix is not the name a title ("King") would stand before.
            int named = tokens.length
                    - (GENERATION.matcher(tokens[tokens.length - 1]).matches() ? 1 : 0);
            for (int i = 0; i < named - 1; i++) {
                if (isTitle(tokens[i])) {
                    lastTitle = i;
                } else if (storyTitles.contains(tokens[i]) && i + 2 < tokens.length) {
                    // "Garda Colm Geary", "Meteorologist Greg Fishel": a word the story also uses as a common noun
                    // ("his garda colleague", "a weather service meteorologist") is a title, when a name follows.
                    lastTitle = i;
                }
            }
            if (lastTitle >= 0) {
                int from = lastTitle + 1;
                int of = -1;
                for (int i = from; i < tokens.length - 2; i++) {
                    if (tokens[i].matches("of|for")) {
                        of = i;
                    }
                }
                if (of == from) {
                    from += from + 3 < tokens.length && tokens[from + 1].equals("the") ? 3 : 2;
                }
                if (of >= 0) {
                    // "Mayor of New York Eric Adams", "Chief Justice of the Supreme Court John Roberts": after the
                    // place or body an office is "of", the person is the given name and surname that close the run.
                    from = Math.max(from, personAfterPlace(tokens, of + 1));
                }
                s = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
            }
            String before;
            // An institution keeps its whole name ("Justice Department", "State Department").
            while (!ORGANIZATION.matcher(s).find()) {
                before = s;
                s = TITLES.matcher(s).replaceFirst("");
                if (s.equals(before) || !s.contains(" ")) {
                    break;
                }
            }
            s = OF_FIRST.matcher(s).replaceFirst("");
            // "ASP Luke Owoyesigyire", "DCI Jane Hill": a rank's initials before a given name and surname.
            if (!ORGANIZATION.matcher(s).find()) {
                s = RANK_INITIALS.matcher(s).replaceFirst("");
            }
            if (s.isEmpty() || NOT_NAMES.contains(s) || !Character.isUpperCase(s.charAt(0))) {
                return null;
            }
            return s;
        }
    }
}
