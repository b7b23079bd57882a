package com.newsdesk.persistence.article;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEventJpaRepository extends JpaRepository<TimelineEventEntity, UUID> {
    List<TimelineEventEntity> findByArticleIdOrderByStartDateAscEndDateAscIdAsc(UUID articleId);
}
