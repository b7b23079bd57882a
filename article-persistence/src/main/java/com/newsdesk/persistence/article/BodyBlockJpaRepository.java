package com.newsdesk.persistence.article;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyBlockJpaRepository extends JpaRepository<BodyBlockEntity, BodyBlockEntity.Key> {
    List<BodyBlockEntity> findByArticleIdOrderByPosition(UUID articleId);
}
