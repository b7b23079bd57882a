package com.newsdesk.persistence.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

@Entity
@Table(name = "byline")
@IdClass(BylineEntity.Key.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
class BylineEntity {

    @Id
    private UUID articleId;

    @Id
    private int position;

    private String name;

    record Key(UUID articleId, int position) implements Serializable {}
}
