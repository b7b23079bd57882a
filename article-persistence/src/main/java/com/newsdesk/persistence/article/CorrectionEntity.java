package com.newsdesk.persistence.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code correction}: the request as the editor made it, and the before and after of every change. */
@Entity
@Table(name = "correction")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
class CorrectionEntity {

    @Id
    private UUID id;

    private UUID articleId;
    private int revision;
    private String kind;
    private String note;
    private String editor;
    private Instant correctedAt;
    private String targetType;
    private String targetId;
    private String find;
    private String replacement;
    private LocalDate newStart;
    private LocalDate newEnd;
    private String newPrecision;
    private Boolean newApproximate;
    private String newTitle;

    /** A JSON array of {@code {path, before, after}}, written and read by {@link ArticleMapper}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String changes;
}
