package com.newsdesk.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.GeneratedStories;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.StoryCopies;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/articles/{article}/jsonld, expanded offline by a JSON-LD 1.1 processor (Titanium) against a local copy of
 * schema.org's context: the document must expand, and every property and type it uses must be one schema.org defines.
 */
@ApiTest
class JsonLdTest {

    private static final String SCHEMA = "http://schema.org/";
    private static final String SEED = "/api/articles/" + StoryCopies.SEEDED_SLUG;

    /** Serves https://schema.org (where "@context" points) from the local copy; nothing else can be loaded. */
    private static final DocumentLoader OFFLINE = (url, options) -> {
        String address = url.toString().replaceFirst("/$", "");
        if (!address.equals("https://schema.org") && !address.equals("http://schema.org")) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
        }
        try (InputStream context = JsonLdTest.class.getResourceAsStream("/standards/schema.org/context.jsonld")) {
            return JsonDocument.of(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    /** The schema.org classes and properties the local context defines, as IRIs. */
    private static final Set<String> SCHEMA_ORG_TERMS = schemaOrgTerms();

    @LocalServerPort
    int port;

    @Autowired
    PublishingService publishing;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theSeedStoryExpandsToSchemaOrgTermsOnly() throws JsonLdError {
        Reply reply = http.get(SEED + "/jsonld").expect(200);
        assertThat(reply.header("Content-Type")).startsWith("application/ld+json");
        assertThat(reply.header("ETag")).isEqualTo("\"r1\"");
        JsonObject article = expand(reply.body());

        assertThat(SCHEMA_ORG_TERMS).contains(SCHEMA + "NewsArticle", SCHEMA + "headline");
        assertThat(foreignTerms(article)).isEmpty();
        assertThat(article.getJsonArray("@type"))
                .containsExactly(jakarta.json.Json.createValue(SCHEMA + "NewsArticle"));
        assertThat(value(article, "headline"))
                .isEqualTo("N. Korean defector whose escape went viral understands why he was shot");
        assertThat(value(article, "dateline")).isEqualTo("SEOUL, South Korea");
        assertThat(value(article, "datePublished")).isEqualTo("2019-04-15T12:00:00Z");
        assertThat(value(article, "dateModified")).isEqualTo("2019-04-15T12:00:00Z");
        assertThat(nodes(article, "author").stream().map(a -> value(a, "name")))
                .containsExactly("Stella Kim", "Alexander Smith");
        assertThat(value(nodes(article, "publisher").get(0), "name")).isEqualTo("NBC News");
        assertThat(article.containsKey(SCHEMA + "correction")).isFalse();
    }

    @Test
    void correctionsAreCorrectionCommentsWithTheirDate() throws JsonLdError {
        Article story = GeneratedStories.add(34, publishing);
        String path = "/api/articles/" + story.slug();
        FormatTests.correct(http, path, "Event 1", "Event one", "clarification", "The first event is clarified.");
        JsonObject article = expand(http.get(path + "/jsonld").expect(200).body());

        assertThat(foreignTerms(article)).isEmpty();
        JsonObject correction = nodes(article, "correction").get(0);
        assertThat(correction.getJsonArray("@type"))
                .containsExactly(jakarta.json.Json.createValue(SCHEMA + "CorrectionComment"));
        assertThat(value(correction, "text")).isEqualTo("The first event is clarified.");
        String published = value(correction, "datePublished");
        String correctedAt = http.get(path + "/corrections")
                .expect(200)
                .json()
                .path(0)
                .path("correctedAt")
                .asString();
        assertThat(published).isEqualTo(correctedAt);
        assertThat(value(article, "version")).isEqualTo("2");
        assertThat(nodes(article, "mentions")).hasSize(2);
        assertThat(nodes(article, "video")).hasSize(1);
    }

    @Test
    void aTermSchemaOrgDoesNotDefineIsFound() throws JsonLdError {
        String document = http.get(SEED + "/jsonld").expect(200).text();
        String misspelt = document.replaceFirst("\"headline\"", "\"headLine\"");
        assertThat(foreignTerms(expand(misspelt.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(SCHEMA + "headLine");
    }

    private static JsonObject expand(byte[] document) throws JsonLdError {
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(document)))
                .loader(OFFLINE)
                .undefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail)
                .get();
        assertThat(expanded).hasSize(1);
        return expanded.getJsonObject(0);
    }

    /** Every property or type IRI in the expanded document that is not a schema.org term of the local context. */
    private static Set<String> foreignTerms(JsonValue expanded) {
        Set<String> used = new TreeSet<>();
        collect(expanded, used);
        used.removeAll(SCHEMA_ORG_TERMS);
        return used;
    }

    private static void collect(JsonValue value, Set<String> used) {
        if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, used));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (key.equals("@type")) {
                    (member instanceof JsonArray types ? types : List.of(member))
                            .forEach(type -> used.add(((JsonString) type).getString()));
                } else if (!key.startsWith("@")) {
                    used.add(key);
                    collect(member, used);
                }
            });
        }
    }

    private static List<JsonObject> nodes(JsonObject node, String property) {
        return node.getJsonArray(SCHEMA + property).getValuesAs(JsonObject.class);
    }

    private static String value(JsonObject node, String property) {
        JsonValue value = node.getJsonArray(SCHEMA + property).getJsonObject(0).get("@value");
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    private static Set<String> schemaOrgTerms() {
        try {
            Document context = OFFLINE.loadDocument(URI.create("https://schema.org"), null);
            JsonObject definitions =
                    context.getJsonContent().orElseThrow().asJsonObject().getJsonObject("@context");
            return definitions.values().stream()
                    .filter(definition -> definition instanceof JsonObject)
                    .map(definition -> ((JsonObject) definition).getString("@id"))
                    .filter(id -> id.startsWith("schema:"))
                    .map(id -> SCHEMA + id.substring("schema:".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (JsonLdError e) {
            throw new IllegalStateException(e);
        }
    }
}
