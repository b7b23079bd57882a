package com.newsdesk.persistence.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A row of {@code article}: the story's masthead, where it is in its life, and the document of its current revision.
 * The revision is the JPA version: an update only lands on the revision it read, and raises it by one.
 */
@Entity
@Table(name = "article")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ArticleEntity {

    @Id
    private UUID id;

    private String slug;
    private String headline;
    private String standfirst;
    private String dateline;
    private String publisher;
    private String status;
    private Instant publishedAt;
    private Instant publishAt;
    private String scheduledBy;
    private Instant retractedAt;
    private String retractionNote;
    private String retractedBy;
    private Instant updatedAt;
    private String document;

    @Version
    private Integer revision;
}
