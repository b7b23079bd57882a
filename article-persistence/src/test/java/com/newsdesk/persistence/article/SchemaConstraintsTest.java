package com.newsdesk.persistence.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleStatus;
import com.newsdesk.domain.article.BlockType;
import com.newsdesk.domain.article.ChangeKind;
import com.newsdesk.domain.article.CorrectionKind;
import com.newsdesk.domain.article.EventRedating;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.editor.Role;
import com.newsdesk.persistence.PersistenceTestApplication;
import com.newsdesk.testing.FreshDatabase;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schema's guards, whoever writes: each statement here breaks the shape of the data and must fail on the named
 * constraint, and a well-formed row next to it must pass. The guards restate no rule of the domain's; where they
 * bound or enumerate something the domain also knows (lengths, states, kinds), a test checks they agree with the
 * domain's own constants, so the two cannot drift apart.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabase.class)
@Tag("database")
class SchemaConstraintsTest {

    private static final String ORIGINAL = "Pyongyang test-fired its second intercontinental ballistic missile.";
    private static final UUID SPEAKER = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private UUID article;

    @BeforeEach
    void anArticleWithOneParagraph() {
        article = UUID.randomUUID();
        commit("insert into article (id, slug, headline, publisher, status, published_at, updated_at, revision,"
                + " document) values ('" + article + "', 'story-" + article + "', 'A headline', 'NBC News',"
                + " 'published', '2019-04-15T12:00:00Z', '2019-04-15T12:00:00Z', 1, '{}')");
        commit("insert into speaker (id, name, kind) values ('" + SPEAKER + "', 'Speaker " + SPEAKER
                + "', 'person') on conflict do nothing");
        commit("insert into body_block (article_id, block_id, position, type, text) values ('" + article
                + "', 'b1', 0, 'paragraph', '" + ORIGINAL + "')");
    }

    @Test
    void slugsAreUniqueLowerCaseWordsWithALetter() {
        refused("article_slug_unique", articleWithSlug("story-" + article));
        refused("article_slug_shape", articleWithSlug("Upper-Case"));
        refused("article_slug_shape", articleWithSlug("trailing-"));
        refused("article_slug_shape", articleWithSlug("12345"));
        refused("article_slug_shape", articleWithSlug("../etc/passwd"));
        assertThatCode(() -> commit(articleWithSlug("a-fine-slug-" + UUID.randomUUID())))
                .doesNotThrowAnyException();
    }

    @Test
    void articlesHaveAHeadlineARevisionAndAreNotUpdatedBeforePublication() {
        refused(
                "article_headline_present",
                "insert into article (id, slug, headline, publisher, status, published_at, updated_at, revision,"
                        + " document) values (gen_random_uuid(), 'blank-headline', '  ', 'NBC News', 'published',"
                        + " now(), now(), 1, '{}')");
        refused("article_revision_positive", "update article set revision = 0 where id = '" + article + "'");
        refused(
                "article_updated_after_published",
                "update article set updated_at = '2000-01-01T00:00:00Z' where id = '" + article + "'");
    }

    @Test
    void blocksHaveKnownTypesTextAndVideoDetails() {
        refused("body_block_type", block("b2", 1, "'table'", "'text'", "null", "null"));
        refused("body_block_text_present", block("b2", 1, "'paragraph'", "'   '", "null", "null"));
        refused("body_block_video_details", block("b2", 1, "'video'", "null", "null", "null"));
        refused("body_block_video_details", block("b2", 1, "'paragraph'", "'text'", "'2017-11-24'", "86"));
        refused("body_block_id_shape", block("B 2", 1, "'paragraph'", "'text'", "null", "null"));
        refused("body_block_position_unique", block("b2", 0, "'paragraph'", "'text'", "null", "null"));
        assertThatCode(() -> commit(block("b2", 1, "'video'", "null", "'2017-11-24'", "86")))
                .doesNotThrowAnyException();
    }

    @Test
    void eventSpansMatchTheirPrecision() {
        refused("timeline_event_span", event("'2017-11-13'", "'2017-11-14'", "'day'", "'second intercontinental'"));
        refused("timeline_event_span", event("'2017-11-02'", "'2017-11-30'", "'month'", "'second intercontinental'"));
        refused("timeline_event_span", event("'2016-02-01'", "'2016-02-28'", "'month'", "'second intercontinental'"));
        refused("timeline_event_span", event("'2014-01-01'", "'2014-12-30'", "'year'", "'second intercontinental'"));
        refused("timeline_event_span", event("'2017-11-30'", "'2017-11-24'", "'span'", "'second intercontinental'"));
        refused(
                "timeline_event_precision",
                event("'2017-11-13'", "'2017-11-13'", "'week'", "'second intercontinental'"));
        assertThatCode(() -> commit(event("'2016-02-01'", "'2016-02-29'", "'month'", "'second intercontinental'")))
                .doesNotThrowAnyException();
    }

    @Test
    void aStoryInEachStateHasTheDatesThatGoWithIt() {
        refused("article_published_has_date", "update article set status = 'draft' where id = '" + article + "'");
        refused(
                "article_scheduled_has_time",
                "update article set status = 'scheduled', published_at = null where id = '" + article + "'");
        refused("article_retracted_has_note", "update article set status = 'retracted' where id = '" + article + "'");
        assertThatCode(() -> commit("update article set status = 'retracted', retraction_note = 'Wrong.' where id = '"
                        + article + "'"))
                .doesNotThrowAnyException();
    }

    @Test
    void theChangeTableIsAppendOnly() {
        commit("insert into article_change (article_id, kind, revision, editor, changed_at) values ('" + article
                + "', 'published', 1, 'editor', now())");
        refused("append-only", "update article_change set editor = 'someone else'");
        refused("append-only", "delete from article_change");
    }

    @Nested
    class AgreeWithTheDomain {

        @Test
        void headlinesTitlesAndSlugsHaveTheDomainsLengths() {
            assertThatCode(() -> commit("update article set headline = repeat('h', " + Article.MAX_HEADLINE
                            + ") where id = '" + article + "'"))
                    .doesNotThrowAnyException();
            refused(
                    "article_headline_present",
                    "update article set headline = repeat('h', " + (Article.MAX_HEADLINE + 1) + ") where id = '"
                            + article + "'");
            assertThatCode(() -> commit(eventTitled("repeat('t', " + EventRedating.MAX_TITLE + ")")))
                    .doesNotThrowAnyException();
            refused("timeline_event_title_check", eventTitled("repeat('t', " + (EventRedating.MAX_TITLE + 1) + ")"));
            String longest = "s".repeat(Slug.MAX_LENGTH);
            assertThat(Slug.isValid(longest)).isTrue();
            assertThatCode(() -> commit(articleWithSlug(longest))).doesNotThrowAnyException();
            refused("article_slug_shape", articleWithSlug(longest + "s"));
        }

        @Test
        void everyStateKindTypeAndPrecisionTheDomainKnowsIsStorableAndNoOther() {
            for (ArticleStatus status : ArticleStatus.values()) {
                commit("update article set status = '" + status.code() + "', published_at = "
                        + (status.isReadableByAnyone() ? "updated_at" : "null") + ", publish_at = "
                        + (status == ArticleStatus.SCHEDULED ? "now()" : "null") + ", retraction_note = "
                        + (status == ArticleStatus.RETRACTED ? "'Wrong.'" : "null") + " where id = '" + article
                        + "'");
            }
            refused(
                    "article_status",
                    "update article set status = 'archived', published_at = null, retraction_note = null where id = '"
                            + article + "'");
            for (ChangeKind kind : ChangeKind.values()) {
                commit("insert into article_change (article_id, kind, revision, editor, changed_at) values ('" + article
                        + "', '" + kind.code() + "', 1, 'editor', now())");
            }
            refused(
                    "article_change_kind_check",
                    "insert into article_change (article_id, kind, revision, editor, changed_at) values ('" + article
                            + "', 'archived', 1, 'editor', now())");
            int position = 1;
            for (BlockType type : BlockType.values()) {
                String id = "t" + position;
                commit(
                        type == BlockType.VIDEO
                                ? block(id, position, "'video'", "null", "'2017-11-24'", "86")
                                : block(id, position, "'" + type.code() + "'", "'text'", "null", "null"));
                position++;
            }
            for (DatePrecision precision : DatePrecision.values()) {
                String end = precision == DatePrecision.YEAR
                        ? "'2016-12-31'"
                        : precision == DatePrecision.MONTH ? "'2016-01-31'" : "'2016-01-01'";
                commit(event("'2016-01-01'", end, "'" + precision.code() + "'", "'second intercontinental'"));
            }
            for (CorrectionKind kind : CorrectionKind.values()) {
                commit(correctionOfKind(kind.code(), 2 + kind.ordinal()));
            }
            for (Role role : Role.values()) {
                commit("insert into editor_account (username, password_hash, roles, enabled) values ('role-"
                        + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
                        + article.toString().substring(0, 8)
                        + "', '{bcrypt}$2a$10$abc', array['" + role.name() + "'], true)");
            }
        }
    }

    @Test
    void publicCorrectionsCarryANoteAndRevisionsAreCounted() {
        String correction = "insert into correction (id, article_id, revision, kind, note, editor, corrected_at,"
                + " target_type, target_id, find, replacement, changes) values (gen_random_uuid(), '" + article
                + "', %d, '%s', %s, 'editor', now(), 'block', 'b1', 'second', '2nd',"
                + " '[{\"path\":\"body[b1].text\",\"before\":\"a\",\"after\":\"b\"}]')";
        refused("correction_public_note", correction.formatted(2, "correction", "null"));
        refused("correction_revision_check", correction.formatted(1, "typo", "null"));
        refused("correction_kind_check", correction.formatted(2, "retraction", "'note'"));
        assertThatCode(() -> commit(correction.formatted(2, "typo", "null"))).doesNotThrowAnyException();
        refused("correction_revision_unique", correction.formatted(2, "update", "'An update.'"));
    }

    @Test
    void accountsHaveKnownRolesAndHashedPasswords() {
        refused(
                "editor_account_roles",
                "insert into editor_account (username, password_hash, roles, enabled)"
                        + " values ('someone', '{bcrypt}$2a$10$abc', array['OWNER'], true)");
        refused(
                "editor_account_password_hash_check",
                "insert into editor_account (username, password_hash, roles,"
                        + " enabled) values ('someone', 'plain-text', array['EDITOR'], true)");
    }

    private String articleWithSlug(String slug) {
        return "insert into article (id, slug, headline, publisher, status, published_at, updated_at, revision,"
                + " document) values (gen_random_uuid(), '" + slug + "', 'A headline', 'NBC News', 'published', now(),"
                + " now(), 1, '{}')";
    }

    private String eventTitled(String title) {
        return "insert into timeline_event (id, article_id, block_id, title, start_date, end_date, date_precision,"
                + " approximate, phrase) values (gen_random_uuid(), '" + article + "', 'b1', " + title
                + ", '2016-01-01', '2016-01-01', 'day', false, 'second')";
    }

    private String correctionOfKind(String kind, int revision) {
        return "insert into correction (id, article_id, revision, kind, note, editor, corrected_at, target_type,"
                + " target_id, find, replacement, changes) values (gen_random_uuid(), '" + article + "', " + revision
                + ", '" + kind + "', 'A note.', 'editor', now(), 'block', 'b1', 'second', '2nd',"
                + " '[{\"path\":\"body[b1].text\",\"before\":\"a\",\"after\":\"b\"}]')";
    }

    private String block(String id, int position, String type, String text, String published, String seconds) {
        return "insert into body_block (article_id, block_id, position, type, text, video_published_on,"
                + " video_duration_seconds) values ('" + article + "', '" + id + "', " + position + ", " + type + ", "
                + text + ", " + published + ", " + seconds + ")";
    }

    private String event(String start, String end, String precision, String phrase) {
        return "insert into timeline_event (id, article_id, block_id, title, start_date, end_date, date_precision,"
                + " approximate, phrase) values (gen_random_uuid(), '" + article + "', 'b1', 'A test', " + start
                + ", " + end + ", " + precision + ", false, " + phrase + ")";
    }

    private void commit(String sql) {
        transactions.executeWithoutResult(status -> jdbc.sql(sql).update());
    }

    /** The statement, committed on its own, fails, and the failure names the constraint. */
    private void refused(String constraint, String sql) {
        assertThatThrownBy(() -> commit(sql))
                .as("%s should refuse: %s", constraint, sql)
                .satisfies(failure -> assertThat(chain(failure)).contains(constraint));
    }

    private static String chain(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
