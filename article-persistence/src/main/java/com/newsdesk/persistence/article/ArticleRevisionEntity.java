package com.newsdesk.persistence.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code article_revision}: one revision, what made it, and the document it is served as. Never changed. */
@Entity
@Table(name = "article_revision")
@IdClass(ArticleRevisionEntity.Key.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
class ArticleRevisionEntity {

    @Id
    private UUID articleId;

    @Id
    private int revision;

    private Instant createdAt;
    private UUID correctionId;
    private String kind;
    private String editor;
    private String summary;

    /** A JSON array of {@code {path, before, after}}, written by {@link ArticleMapper}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String changes;

    private String document;

    record Key(UUID articleId, int revision) implements Serializable {}
}
