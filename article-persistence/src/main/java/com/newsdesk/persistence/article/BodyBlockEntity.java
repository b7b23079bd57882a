package com.newsdesk.persistence.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

@Entity
@Table(name = "body_block")
@IdClass(BodyBlockEntity.Key.class)
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
class BodyBlockEntity {

    @Id
    private UUID articleId;

    @Id
    private String blockId;

    private int position;
    private String type;
    private String text;
    private LocalDate videoPublishedOn;
    private Integer videoDurationSeconds;

    record Key(UUID articleId, String blockId) implements Serializable {}
}
