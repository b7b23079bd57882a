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

/** A row of {@code article}. The revision is the JPA version: an update only lands on the revision it read. */
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
    private String dateline;
    private String publisher;
    private Instant publishedAt;
    private Instant updatedAt;

    @Version
    private Integer revision;
}
