package com.newsdesk.persistence.article;

import com.newsdesk.domain.article.AppliedCorrection;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.BlockType;
import com.newsdesk.domain.article.BodyBlock;
import com.newsdesk.domain.article.Byline;
import com.newsdesk.domain.article.Change;
import com.newsdesk.domain.article.Correction;
import com.newsdesk.domain.article.CorrectionId;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.CorrectionNotice;
import com.newsdesk.domain.article.CorrectionTarget;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.EventRedating;
import com.newsdesk.domain.article.Lifecycle;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.QuoteId;
import com.newsdesk.domain.article.Retraction;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.SpeakerKind;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.article.TextEdit;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.article.Video;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Translates between rows and the domain. Entities never leave this package; domain objects never enter JPA. */
final class ArticleMapper {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleMapper() {}

    static Article toArticle(
            ArticleEntity article,
            List<BylineEntity> bylines,
            List<BodyBlockEntity> blocks,
            List<QuoteEntity> quotes,
            Map<UUID, Speaker> speakers,
            List<TimelineEventEntity> events,
            List<CorrectionEntity> corrections) {
        Story story = new Story(
                article.getHeadline(),
                article.getStandfirst(),
                bylines.stream().map(b -> new Byline(b.getName())).toList(),
                article.getDateline(),
                article.getPublisher(),
                blocks.stream().map(ArticleMapper::toBlock).toList(),
                quotes.stream()
                        .map(q -> toQuote(q, speakers.get(q.getSpeakerId())))
                        .toList(),
                events.stream().map(ArticleMapper::toEvent).toList());
        return new Article(
                new ArticleId(article.getId()),
                new Slug(article.getSlug()),
                story,
                lifecycle(article),
                article.getUpdatedAt(),
                article.getRevision(),
                corrections.stream()
                        .map(ArticleMapper::toCorrection)
                        .map(AppliedCorrection::notice)
                        .flatMap(Optional::stream)
                        .toList());
    }

    static Lifecycle lifecycle(ArticleEntity row) {
        ArticleStatus status = ArticleStatus.fromCode(row.getStatus())
                .orElseThrow(() -> new IllegalStateException("unknown status " + row.getStatus()));
        Retraction retraction = row.getRetractionNote() == null
                ? null
                : new Retraction(row.getRetractionNote(), row.getRetractedAt(), row.getRetractedBy());
        return new Lifecycle(status, row.getPublishedAt(), row.getPublishAt(), row.getScheduledBy(), retraction);
    }

    /** Copies the article's own fields (not its parts, not the revision: that is the JPA version) onto its row. */
    static void copyOnto(Article article, String document, ArticleEntity row) {
        Lifecycle life = article.lifecycle();
        row.setHeadline(article.headline());
        row.setStandfirst(article.standfirst());
        row.setDateline(article.dateline());
        row.setPublisher(article.publisher());
        row.setStatus(life.status().code());
        row.setPublishedAt(life.publishedAt());
        row.setPublishAt(life.publishAt());
        row.setScheduledBy(life.scheduledBy());
        row.setRetractedAt(life.retraction() == null ? null : life.retraction().retractedAt());
        row.setRetractionNote(
                life.retraction() == null ? null : life.retraction().note());
        row.setRetractedBy(life.retraction() == null ? null : life.retraction().editor());
        row.setUpdatedAt(article.updatedAt());
        row.setDocument(document);
    }

    static BodyBlockEntity toEntity(ArticleId article, int position, BodyBlock b) {
        return new BodyBlockEntity(
                article.value(),
                b.id().value(),
                position,
                b.type().code(),
                b.text(),
                b.video() == null ? null : b.video().publishedOn(),
                b.video() == null ? null : Math.toIntExact(b.video().duration().toSeconds()));
    }

    static QuoteEntity toEntity(ArticleId article, int position, Quote q) {
        DateSpan said = q.said();
        return new QuoteEntity(
                q.id().value(),
                article.value(),
                q.blockId().value(),
                position,
                q.speaker().id().value(),
                q.text(),
                q.partial(),
                said == null ? null : said.start(),
                said == null ? null : said.end(),
                said == null ? null : said.precision().code(),
                said == null ? null : said.approximate(),
                q.context());
    }

    static void copySaid(Quote q, QuoteEntity row) {
        DateSpan said = q.said();
        row.setSaidStart(said == null ? null : said.start());
        row.setSaidEnd(said == null ? null : said.end());
        row.setSaidPrecision(said == null ? null : said.precision().code());
        row.setSaidApproximate(said == null ? null : said.approximate());
    }

    static TimelineEventEntity toEntity(ArticleId article, TimelineEvent e) {
        return new TimelineEventEntity(
                e.id().value(),
                article.value(),
                e.blockId().value(),
                e.title(),
                e.when().start(),
                e.when().end(),
                e.when().precision().code(),
                e.when().approximate(),
                e.phrase());
    }

    static void copyOnto(TimelineEvent e, TimelineEventEntity row) {
        row.setBlockId(e.blockId().value());
        row.setTitle(e.title());
        row.setStartDate(e.when().start());
        row.setEndDate(e.when().end());
        row.setDatePrecision(e.when().precision().code());
        row.setApproximate(e.when().approximate());
        row.setPhrase(e.phrase());
    }

    static BodyBlock toBlock(BodyBlockEntity row) {
        Video video = row.getVideoPublishedOn() == null
                ? null
                : new Video(row.getVideoPublishedOn(), Duration.ofSeconds(row.getVideoDurationSeconds()));
        return new BodyBlock(new BlockId(row.getBlockId()), BlockType.fromCode(row.getType()), row.getText(), video);
    }

    static Quote toQuote(QuoteEntity row, Speaker speaker) {
        return new Quote(
                new QuoteId(row.getId()),
                new BlockId(row.getBlockId()),
                speaker,
                row.getText(),
                row.isPartial(),
                row.getSaidStart() == null
                        ? null
                        : span(row.getSaidStart(), row.getSaidEnd(), row.getSaidPrecision(), row.getSaidApproximate()),
                row.getContext());
    }

    static TimelineEvent toEvent(TimelineEventEntity row) {
        return new TimelineEvent(
                new EventId(row.getId()),
                new BlockId(row.getBlockId()),
                row.getTitle(),
                span(row.getStartDate(), row.getEndDate(), row.getDatePrecision(), row.isApproximate()),
                row.getPhrase());
    }

    static DateSpan span(LocalDate start, LocalDate end, String precision, boolean approximate) {
        return new DateSpan(start, end, precision(precision), approximate);
    }

    private static DatePrecision precision(String code) {
        return DatePrecision.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown precision " + code));
    }

    static AppliedCorrection toCorrection(CorrectionEntity row) {
        CorrectionTarget target;
        switch (row.getTargetType()) {
            case "block":
                target = new CorrectionTarget.Block(new BlockId(row.getTargetId()));
                break;
            case "event":
                target = new CorrectionTarget.Event(new EventId(UUID.fromString(row.getTargetId())));
                break;
            default:
                target = new CorrectionTarget.Headline();
        }
        TextEdit edit = row.getFind() == null ? null : new TextEdit(row.getFind(), row.getReplacement());
        EventRedating redating = edit != null
                ? null
                : new EventRedating(
                        row.getNewStart(),
                        row.getNewEnd(),
                        row.getNewPrecision() == null ? null : precision(row.getNewPrecision()),
                        row.getNewApproximate(),
                        row.getNewTitle());
        CorrectionKind kind = CorrectionKind.fromCode(row.getKind())
                .orElseThrow(() -> new IllegalStateException("unknown correction kind " + row.getKind()));
        return new AppliedCorrection(
                new CorrectionId(row.getId()),
                new ArticleId(row.getArticleId()),
                row.getRevision(),
                new Correction(target, edit, redating, kind, row.getNote()),
                row.getEditor(),
                row.getCorrectedAt(),
                changesFromJson(row.getChanges()));
    }

    static CorrectionEntity toEntity(AppliedCorrection applied) {
        Correction request = applied.request();
        CorrectionTarget target = request.target();
        String targetType;
        String targetId;
        if (target instanceof CorrectionTarget.Block block) {
            targetType = "block";
            targetId = block.id().value();
        } else if (target instanceof CorrectionTarget.Event event) {
            targetType = "event";
            targetId = event.id().toString();
        } else {
            targetType = "headline";
            targetId = null;
        }
        TextEdit edit = request.edit();
        EventRedating redating = request.redating();
        return new CorrectionEntity(
                applied.id().value(),
                applied.articleId().value(),
                applied.revision(),
                applied.kind().code(),
                request.note(),
                applied.editor(),
                applied.correctedAt(),
                targetType,
                targetId,
                edit == null ? null : edit.find(),
                edit == null ? null : edit.replace(),
                redating == null ? null : redating.start(),
                redating == null ? null : redating.end(),
                redating == null || redating.precision() == null
                        ? null
                        : redating.precision().code(),
                redating == null ? null : redating.approximate(),
                redating == null ? null : redating.title(),
                changesToJson(applied.changes()));
    }

    static String changesToJson(List<Change> changes) {
        ArrayNode array = JSON.createArrayNode();
        for (Change change : changes) {
            ObjectNode node = array.addObject();
            node.put("path", change.path());
            node.put("before", change.before());
            node.put("after", change.after());
        }
        return JSON.writeValueAsString(array);
    }

    static List<Change> changesFromJson(String json) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            changes.add(new Change(
                    node.path("path").asString(),
                    node.path("before").asString(),
                    node.path("after").asString()));
        }
        return changes;
    }

    /**
     * Reads a revision snapshot of milestone 1 (format 1, written by the SQL function {@code article_snapshot()},
     * since removed), for the one-off migration that turns them into documents (V11_2).
     */
    static Article fromSnapshot(String json) {
        JsonNode root = JSON.readTree(json);
        if (root.path("format").asInt() != 1) {
            throw new IllegalStateException("unknown snapshot format " + root.path("format"));
        }
        List<Byline> bylines = new ArrayList<>();
        root.path("bylines").forEach(b -> bylines.add(new Byline(b.asString())));
        List<BodyBlock> body = new ArrayList<>();
        for (JsonNode b : root.path("body")) {
            Video video = b.path("videoPublishedOn").isNull()
                            || b.path("videoPublishedOn").isMissingNode()
                    ? null
                    : new Video(
                            LocalDate.parse(b.path("videoPublishedOn").asString()),
                            Duration.ofSeconds(b.path("videoDurationSeconds").asLong()));
            body.add(new BodyBlock(
                    new BlockId(b.path("id").asString()),
                    BlockType.fromCode(b.path("type").asString()),
                    text(b.path("text")),
                    video));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            JsonNode s = q.path("speaker");
            List<String> aliases = new ArrayList<>();
            s.path("aliases").forEach(a -> aliases.add(a.asString()));
            Speaker speaker = new Speaker(
                    new SpeakerId(UUID.fromString(s.path("id").asString())),
                    s.path("name").asString(),
                    SpeakerKind.fromCode(s.path("kind").asString()),
                    aliases);
            quotes.add(new Quote(
                    new QuoteId(UUID.fromString(q.path("id").asString())),
                    new BlockId(q.path("blockId").asString()),
                    speaker,
                    q.path("text").asString(),
                    q.path("partial").asBoolean(),
                    span(
                            LocalDate.parse(q.path("saidStart").asString()),
                            LocalDate.parse(q.path("saidEnd").asString()),
                            q.path("saidPrecision").asString(),
                            q.path("saidApproximate").asBoolean()),
                    text(q.path("context"))));
        }
        List<TimelineEvent> timeline = new ArrayList<>();
        for (JsonNode e : root.path("timeline")) {
            timeline.add(new TimelineEvent(
                    new EventId(UUID.fromString(e.path("id").asString())),
                    new BlockId(e.path("blockId").asString()),
                    e.path("title").asString(),
                    span(
                            LocalDate.parse(e.path("start").asString()),
                            LocalDate.parse(e.path("end").asString()),
                            e.path("precision").asString(),
                            e.path("approximate").asBoolean()),
                    e.path("phrase").asString()));
        }
        List<CorrectionNotice> notices = new ArrayList<>();
        for (JsonNode c : root.path("corrections")) {
            notices.add(new CorrectionNotice(
                    new CorrectionId(UUID.fromString(c.path("id").asString())),
                    CorrectionKind.fromCode(c.path("kind").asString()).orElseThrow(),
                    c.path("note").asString(),
                    Instant.parse(c.path("correctedAt").asString()),
                    c.path("revision").asInt()));
        }
        return new Article(
                new ArticleId(UUID.fromString(root.path("id").asString())),
                new Slug(root.path("slug").asString()),
                new Story(
                        root.path("headline").asString(),
                        null,
                        bylines,
                        text(root.path("dateline")),
                        root.path("publisher").asString(),
                        body,
                        quotes,
                        timeline),
                Lifecycle.published(Instant.parse(root.path("publishedAt").asString())),
                Instant.parse(root.path("updatedAt").asString()),
                root.path("revision").asInt(),
                notices);
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
