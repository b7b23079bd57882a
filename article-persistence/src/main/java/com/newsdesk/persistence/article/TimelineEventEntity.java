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
@Table(name = "timeline_event")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
class TimelineEventEntity {

    @Id
    private UUID id;

    private UUID articleId;
    private String blockId;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private String datePrecision;
    private boolean approximate;
    private String phrase;
}
