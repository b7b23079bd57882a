package com.newsdesk.persistence.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.persistence.PersistenceTestApplication;
import com.newsdesk.testing.FreshDatabase;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schema refuses what the domain refuses, whoever writes: each statement here breaks one rule and must fail on
 * the named constraint, and a well-formed row next to it must pass. Deferred checks fail at commit.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabase.class)
class SchemaConstraintsTest {

    private static final String ORIGINAL = "Pyongyang test-fired its second intercontinental ballistic missile.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private UUID article;

    @BeforeEach
    void anArticleWithOneParagraph() {
        article = UUID.randomUUID();
        commit("insert into article (id, slug, headline, publisher, published_at, updated_at, revision)"
                + " values ('" + article + "', 'story-" + article + "', 'A headline', 'NBC News',"
                + " '2019-04-15T12:00:00Z', '2019-04-15T12:00:00Z', 1)");
        commit("insert into body_block (article_id, block_id, position, type, text) values ('" + article
                + "', 'b1', 0, 'paragraph', '" + ORIGINAL + "')");
    }

    @Test
    void slugsAreUniqueLowerCaseWordsWithALetter() {
        refused(
                "article_slug_unique",
                articleWithSlug("n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot"));
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
                "insert into article (id, slug, headline, publisher, published_at,"
                        + " updated_at, revision) values (gen_random_uuid(), 'blank-headline', '  ', 'NBC News', now(), now(), 1)");
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
    void quotedWordsMustStandInTheirBlockWhenTheTransactionCommits() {
        refused("quoted_words_stand_in_block", quote("'words nobody said'"));
        refused("quoted_words_stand_in_block", event("'2017-11-27'", "'2017-11-27'", "'day'", "'last Tuesday'"));
        commit(quote("'second intercontinental ballistic missile'"));
        // Editing the block out from under the quote is refused too...
        refused(
                "quoted_words_stand_in_block",
                "update body_block set text = 'Pyongyang fired a missile.' where article_id = '" + article + "'");
        // ...unless the quote moves with it in the same transaction.
        assertThatCode(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("update body_block set text = replace(text, 'second', '2nd') where article_id = ?")
                            .param(article)
                            .update();
                    jdbc.sql("update quote set text = '2nd intercontinental ballistic missile' where article_id = ?")
                            .param(article)
                            .update();
                }))
                .doesNotThrowAnyException();
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
                "editor_account_roles_check",
                "insert into editor_account (username, password_hash, roles, enabled)"
                        + " values ('someone', '{bcrypt}$2a$10$abc', array['ADMIN'], true)");
        refused(
                "editor_account_password_hash_check",
                "insert into editor_account (username, password_hash, roles,"
                        + " enabled) values ('someone', 'plain-text', array['EDITOR'], true)");
    }

    private String articleWithSlug(String slug) {
        return "insert into article (id, slug, headline, publisher, published_at, updated_at, revision) values"
                + " (gen_random_uuid(), '" + slug + "', 'A headline', 'NBC News', now(), now(), 1)";
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

    private String quote(String text) {
        return "insert into quote (id, article_id, block_id, position, speaker_id, text, partial, said_start,"
                + " said_end, said_precision, said_approximate) values (gen_random_uuid(), '" + article + "', 'b1', 0,"
                + " '579c88c8-7981-453c-b0a0-6b64bff0de7c', " + text + ", true, '2017-11-29', '2017-11-29', 'day',"
                + " false)";
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
