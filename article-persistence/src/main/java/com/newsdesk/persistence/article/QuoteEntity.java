package com.newsdesk.persistence.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

@Entity
@Table(name = "quote")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
class QuoteEntity {

    @Id
    private UUID id;

    private UUID articleId;
    private String blockId;
    private int position;
    private UUID speakerId;
    private String text;
    private boolean partial;
    private LocalDate saidStart;
    private LocalDate saidEnd;
    private String saidPrecision;
    private Boolean saidApproximate;
    private String context;
}
