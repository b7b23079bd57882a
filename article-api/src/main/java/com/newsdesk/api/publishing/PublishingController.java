package com.newsdesk.api.publishing;

import com.newsdesk.api.article.CurrentArticles;
import com.newsdesk.api.web.ArticleETag;
import com.newsdesk.api.web.IfMatch;
import com.newsdesk.domain.article.ArticleChange;
import com.newsdesk.domain.article.ArticleDocument;
import com.newsdesk.domain.article.NewStory;
import com.newsdesk.domain.publishing.PublishingService;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newsroom's story workflow over HTTP: each request becomes one use case of {@link PublishingService}, and each
 * answer is the story's stored document after the step, with its new ETag. Who may do what is the security
 * configuration's: reporters and editors draft; editors publish, retract and delete.
 */
@RestController
class PublishingController implements PublishingApi {

    private final PublishingService publishing;
    private final CurrentArticles current;

    PublishingController(PublishingService publishing, CurrentArticles current) {
        this.publishing = publishing;
        this.current = current;
    }

    @Override
    @PostMapping(path = "/api/articles", consumes = "application/json", produces = "application/json")
    public ResponseEntity<String> create(@RequestBody StoryRequest story, Authentication author) {
        NewStory created = publishing.create(story.toDraft(), author.getName());
        ArticleDocument document = current.document(created.article().id().toString());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/articles/" + document.id()))
                .eTag(ArticleETag.of(document.revision()))
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(document.json());
    }

    @Override
    @PutMapping(path = "/api/articles/{article}", consumes = "application/json", produces = "application/json")
    public ResponseEntity<String> replace(
            @PathVariable String article,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody StoryRequest story,
            Authentication editor) {
        return answer(publishing.replace(article, story.toDraft(), IfMatch.revision(ifMatch), editor.getName()));
    }

    @Override
    @DeleteMapping("/api/articles/{article}")
    public ResponseEntity<Void> delete(
            @PathVariable String article,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Authentication editor) {
        publishing.delete(article, IfMatch.optionalRevision(ifMatch), editor.getName());
        return ResponseEntity.noContent().build();
    }

    @Override
    @PostMapping(path = "/api/articles/{article}/publication", produces = "application/json")
    public ResponseEntity<String> publish(
            @PathVariable String article,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) PublicationRequest publication,
            Authentication editor) {
        return answer(publishing.publish(
                article,
                publication == null ? null : publication.publishAt(),
                IfMatch.revision(ifMatch),
                editor.getName()));
    }

    @Override
    @PostMapping(
            path = "/api/articles/{article}/retraction",
            consumes = "application/json",
            produces = "application/json")
    public ResponseEntity<String> retract(
            @PathVariable String article,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RetractionRequest retraction,
            Authentication editor) {
        return answer(publishing.retract(article, retraction.note(), IfMatch.revision(ifMatch), editor.getName()));
    }

    /** The story as the step left it: its stored document and new ETag. */
    private ResponseEntity<String> answer(ArticleChange change) {
        ArticleDocument document = current.document(change.articleId().toString());
        return ResponseEntity.ok()
                .eTag(ArticleETag.of(document.revision()))
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(document.json());
    }
}
