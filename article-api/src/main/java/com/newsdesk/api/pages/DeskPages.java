package com.newsdesk.api.pages;

import com.newsdesk.api.article.ArticleResponse;
import com.newsdesk.api.article.BlockResponse;
import com.newsdesk.api.article.EventResponse;
import com.newsdesk.api.article.QuoteResponse;
import com.newsdesk.domain.article.ArticleCatalog;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.ArticleSearch;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.Audience;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.StaleRevisionException;
import com.newsdesk.domain.article.TextEdit;
import com.newsdesk.domain.calendar.DateRange;
import com.newsdesk.domain.correction.CorrectionCommand;
import com.newsdesk.domain.correction.CorrectionReceipt;
import com.newsdesk.domain.correction.CorrectionService;
import com.newsdesk.domain.correction.RevisionCatalog;
import com.newsdesk.domain.failure.DomainException;
import com.newsdesk.domain.failure.InvalidInputException;
import com.newsdesk.domain.failure.Violation;
import com.newsdesk.domain.paging.PageRequest;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.domain.publishing.StoryDraft;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's desk: the newsroom's drafts and latest stories, correcting a published story by editing its words, and
 * reviewing a draft. Every step is a call to the domain service the API calls for the same step (CorrectionService,
 * PublishingService) with the revision the page was made from, so the desk adds no rule: what the API refuses, the
 * desk shows as refused.
 */
@Controller
class DeskPages {

    private final ArticleCatalog catalog;
    private final RevisionCatalog revisions;
    private final CorrectionService corrections;
    private final PublishingService publishing;
    private final StoryReader reader;

    DeskPages(
            ArticleCatalog catalog,
            RevisionCatalog revisions,
            CorrectionService corrections,
            PublishingService publishing,
            StoryReader reader) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.corrections = corrections;
        this.publishing = publishing;
        this.reader = reader;
    }

    @GetMapping("/login")
    String login() {
        return "desk/login";
    }

    @GetMapping("/desk")
    String desk(Model model, Authentication who) {
        DateRange always = DateRange.fromParameters(null, null, null);
        model.addAttribute(
                "drafts",
                catalog.search(
                                new ArticleSearch(ArticleStatus.DRAFT, always, null),
                                new PageRequest(0, 50),
                                Audience.NEWSROOM)
                        .content());
        model.addAttribute(
                "recent",
                catalog.search(
                                new ArticleSearch(ArticleStatus.PUBLISHED, always, null),
                                new PageRequest(0, 20),
                                Audience.NEWSROOM)
                        .content());
        return page(model, who, "desk/desk");
    }

    // ---- Correcting a published story -------------------------------------------------------------------------

    /** The story's headline and paragraphs, each with a way to correct it; with {@code target}, the edit form. */
    @GetMapping("/desk/articles/{slug}/correct")
    String correct(
            @PathVariable String slug, @RequestParam(required = false) String target, Model model, Authentication who) {
        ArticleDocument document = catalog.current(slug, Audience.NEWSROOM);
        ArticleResponse article = reader.parse(document);
        model.addAttribute("article", article);
        if (target != null) {
            String text = textOf(article, target);
            if (text == null) {
                throw InvalidInputException.of("target", "is not the headline or a paragraph of this story");
            }
            model.addAttribute(
                    "form", new CorrectionForm(target, article.revision(), text, text, "correction", "", null));
            model.addAttribute("targetName", targetName(target));
        }
        return page(model, who, "desk/correct");
    }

    /** The change as a word diff, with the kind and the note, ready to send; the key is made here, once. */
    @PostMapping("/desk/articles/{slug}/correct/preview")
    String preview(
            @PathVariable String slug,
            @RequestParam String target,
            @RequestParam int revision,
            @RequestParam String text,
            @RequestParam String kind,
            @RequestParam(defaultValue = "") String note,
            Model model,
            Authentication who) {
        ArticleResponse shown = reader.parse(revisions.articleAt(slug, revision, Audience.NEWSROOM));
        String before = textOf(shown, target);
        if (before == null) {
            throw InvalidInputException.of("target", "is not the headline or a paragraph of this story");
        }
        CorrectionForm form = new CorrectionForm(
                target, revision, before, text, kind, note, UUID.randomUUID().toString());
        return previewPage(model, who, shown, form, List.of());
    }

    /** Sends the correction through CorrectionService, as POST /api/articles/{slug}/corrections does. */
    @PostMapping("/desk/articles/{slug}/corrections")
    String send(
            @PathVariable String slug,
            @RequestParam String target,
            @RequestParam int revision,
            @RequestParam String text,
            @RequestParam String kind,
            @RequestParam(defaultValue = "") String note,
            @RequestParam String key,
            Model model,
            Authentication who,
            RedirectAttributes redirect) {
        ArticleResponse shown = reader.parse(revisions.articleAt(slug, revision, Audience.NEWSROOM));
        String before = textOf(shown, target);
        if (before == null) {
            throw InvalidInputException.of("target", "is not the headline or a paragraph of this story");
        }
        CorrectionForm form = new CorrectionForm(target, revision, before, text, kind, note, key);
        TextChange change = TextChange.between(before, text);
        if (change == null) {
            return previewPage(model, who, shown, form, List.of("The text is unchanged: edit the words to correct."));
        }
        CorrectionTarget aim = target.equals("headline")
                ? new CorrectionTarget.Headline()
                : new CorrectionTarget.Block(new BlockId(target));
        try {
            CorrectionKind correctionKind = CorrectionKind.fromCode(kind)
                    .orElseThrow(() ->
                            InvalidInputException.of("kind", "must be one of correction, clarification, update, typo"));
            CorrectionReceipt receipt = corrections.correct(new CorrectionCommand(
                    slug,
                    revision,
                    new Correction(
                            aim,
                            new TextEdit(change.find(), change.replace()),
                            null,
                            correctionKind,
                            note.isBlank() ? null : note),
                    who.getName(),
                    key));
            redirect.addFlashAttribute(
                    "done",
                    "Correction published: the story is now at revision "
                            + receipt.correction().revision() + ".");
            return "redirect:/desk/articles/" + slug + "/correct";
        } catch (StaleRevisionException stale) {
            return conflictPage(model, who, slug, form, change);
        } catch (DomainException refused) {
            return previewPage(model, who, shown, form, reasons(refused));
        }
    }

    private String previewPage(
            Model model, Authentication who, ArticleResponse shown, CorrectionForm form, List<String> errors) {
        model.addAttribute("article", shown);
        model.addAttribute("form", form);
        model.addAttribute("targetName", targetName(form.target()));
        model.addAttribute("diff", WordDiff.between(form.before(), form.text()));
        model.addAttribute("errors", errors);
        return page(model, who, "desk/preview");
    }

    /**
     * Someone changed the story since the editor read it: what changed meanwhile (the text then and now, as a diff,
     * and the revisions since), and the edit again on the new text, where the editor's words still fit.
     */
    private String conflictPage(Model model, Authentication who, String slug, CorrectionForm form, TextChange change) {
        ArticleResponse now = reader.parse(catalog.current(slug, Audience.NEWSROOM));
        String current = textOf(now, form.target());
        String retry = current;
        int at = current.indexOf(change.find());
        if (at >= 0 && current.indexOf(change.find(), at + 1) < 0) {
            retry = current.substring(0, at)
                    + change.replace()
                    + current.substring(at + change.find().length());
        }
        model.addAttribute("article", now);
        model.addAttribute("meanwhile", WordDiff.between(form.before(), current));
        model.addAttribute(
                "since",
                revisions.revisions(slug, Audience.NEWSROOM).stream()
                        .filter(r -> r.number() > form.revision())
                        .map(RevisionView::of)
                        .toList());
        model.addAttribute("yours", WordDiff.between(form.before(), form.text()));
        model.addAttribute(
                "form",
                new CorrectionForm(form.target(), now.revision(), current, retry, form.kind(), form.note(), null));
        model.addAttribute("targetName", targetName(form.target()));
        model.addAttribute("shownRevision", form.revision());
        return page(model, who, "desk/conflict");
    }

    // ---- Reviewing a draft ------------------------------------------------------------------------------------

    @GetMapping("/desk/drafts/{slug}")
    String draft(@PathVariable String slug, Model model, Authentication who) {
        ArticleDocument document = catalog.current(slug, Audience.NEWSROOM);
        return draftPage(model, who, document, List.of());
    }

    /** Saves the reviewed draft (speakers and dates as edited) through PublishingService.replace. */
    @PostMapping("/desk/drafts/{slug}")
    String saveDraft(
            @PathVariable String slug,
            @RequestParam Map<String, String> fields,
            Model model,
            Authentication who,
            RedirectAttributes redirect) {
        ArticleDocument document = catalog.current(slug, Audience.NEWSROOM);
        try {
            save(slug, document, fields, who);
            redirect.addFlashAttribute("done", "Draft saved.");
            return "redirect:/desk/drafts/" + slug;
        } catch (DomainException refused) {
            return draftPage(model, who, catalog.current(slug, Audience.NEWSROOM), reasons(refused));
        }
    }

    /** Saves what was edited, then publishes through PublishingService.publish (editors only, as in the API). */
    @PostMapping("/desk/drafts/{slug}/publication")
    String publishDraft(
            @PathVariable String slug,
            @RequestParam Map<String, String> fields,
            Model model,
            Authentication who,
            RedirectAttributes redirect) {
        ArticleDocument document = catalog.current(slug, Audience.NEWSROOM);
        try {
            int revision = save(slug, document, fields, who);
            ArticleChange published = publishing.publish(slug, null, revision, who.getName());
            redirect.addFlashAttribute("done", "Published as revision " + published.revision() + ".");
            return "redirect:/desk";
        } catch (DomainException refused) {
            return draftPage(model, who, catalog.current(slug, Audience.NEWSROOM), reasons(refused));
        }
    }

    /** @return the revision the draft is at after saving (unchanged when nothing was edited) */
    private int save(String slug, ArticleDocument document, Map<String, String> fields, Authentication who) {
        int revision = parseInt(fields.get("revision"), "revision");
        if (revision != document.revision()) {
            throw new StaleRevisionException(revision, document.revision());
        }
        ArticleResponse article = reader.parse(document);
        StoryDraft edited = DraftForm.edited(article, fields);
        if (edited == null) {
            return revision;
        }
        return publishing.replace(slug, edited, revision, who.getName()).revision();
    }

    private String draftPage(Model model, Authentication who, ArticleDocument document, List<String> errors) {
        ArticleResponse article = reader.parse(document);
        model.addAttribute("article", article);
        model.addAttribute("blocks", Marked.body(article, true));
        model.addAttribute("quotes", article.quotes());
        model.addAttribute("events", article.timeline());
        model.addAttribute(
                "labels",
                article.timeline().stream()
                        .map(com.newsdesk.api.format.PageFormats::dateLabel)
                        .toList());
        model.addAttribute("warnings", reader.warnings(document));
        model.addAttribute("errors", errors);
        model.addAttribute("isDraft", !"published".equals(article.status()) && !"retracted".equals(article.status()));
        return page(model, who, "desk/draft");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String page(Model model, Authentication who, String view) {
        model.addAttribute("user", who.getName());
        model.addAttribute(
                "editor", who.getAuthorities().stream().anyMatch(a -> "ROLE_EDITOR".equals(a.getAuthority())));
        return view;
    }

    static String textOf(ArticleResponse article, String target) {
        if ("headline".equals(target)) {
            return article.headline();
        }
        return article.body().stream()
                .filter(b -> b.id().equals(target) && b.text() != null)
                .map(BlockResponse::text)
                .findFirst()
                .orElse(null);
    }

    private static String targetName(String target) {
        return "headline".equals(target) ? "the headline" : "paragraph " + target;
    }

    static List<String> reasons(DomainException refused) {
        List<String> reasons = new ArrayList<>();
        reasons.add(refused.title() + (refused.detail() == null ? "" : ": " + refused.detail()));
        for (Violation v : refused.violations()) {
            reasons.add(v.name() + " " + v.message());
        }
        return reasons;
    }

    private static int parseInt(String value, String field) {
        try {
            return Integer.parseInt(Objects.requireNonNullElse(value, ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "is not a number");
        }
    }

    static LocalDate parseDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "is not a date (YYYY-MM-DD)");
        }
    }

    /** What a correction form holds: the target, the revision it was read at, the text then, the text as edited. */
    public record CorrectionForm(
            String target, int revision, String before, String text, String kind, String note, String key) {}

    /** The review form's fields, applied to the draft: each quote's speaker, each event's dates. */
    static final class DraftForm {
        private DraftForm() {}

        /** The edited draft, or null when the form changes nothing. */
        static StoryDraft edited(ArticleResponse a, Map<String, String> fields) {
            boolean changed = false;
            List<StoryDraft.QuoteDraft> quotes = new ArrayList<>();
            for (int i = 0; i < a.quotes().size(); i++) {
                QuoteResponse q = a.quotes().get(i);
                String speaker =
                        fields.getOrDefault("speaker-" + i, q.speaker().name()).strip();
                boolean same = speaker.equals(q.speaker().name());
                changed |= !same;
                quotes.add(new StoryDraft.QuoteDraft(
                        q.blockId(),
                        speaker,
                        same ? q.speaker().aliases() : List.of(),
                        same ? q.speaker().kind() : "person",
                        q.text(),
                        q.partial(),
                        q.saidOn(),
                        q.saidUntil(),
                        q.saidPrecision(),
                        q.saidApproximate(),
                        q.context()));
            }
            List<StoryDraft.EventDraft> events = new ArrayList<>();
            for (int i = 0; i < a.timeline().size(); i++) {
                EventResponse e = a.timeline().get(i);
                LocalDate start = fields.containsKey("start-" + i)
                        ? parseDate(fields.get("start-" + i), "start-" + i)
                        : e.start();
                LocalDate end =
                        fields.containsKey("end-" + i) ? parseDate(fields.get("end-" + i), "end-" + i) : e.end();
                String precision = fields.getOrDefault("precision-" + i, e.precision());
                boolean approximate =
                        fields.containsKey("start-" + i) ? fields.containsKey("approximate-" + i) : e.approximate();
                changed |= !Objects.equals(start, e.start())
                        || !Objects.equals(end, e.end())
                        || !precision.equals(e.precision())
                        || approximate != e.approximate();
                events.add(new StoryDraft.EventDraft(
                        e.blockId(), e.title(), start, end, precision, approximate, e.phrase()));
            }
            if (!changed) {
                return null;
            }
            return new StoryDraft(
                    a.headline(),
                    a.standfirst(),
                    a.bylines().stream().map(b -> b.name()).toList(),
                    a.dateline(),
                    a.publisher(),
                    a.body().stream()
                            .map(b -> new StoryDraft.Block(
                                    b.id(),
                                    b.type(),
                                    b.text(),
                                    b.video() == null ? null : b.video().publishedOn(),
                                    b.video() == null ? null : b.video().durationSeconds()))
                            .toList(),
                    quotes,
                    events);
        }
    }
}
