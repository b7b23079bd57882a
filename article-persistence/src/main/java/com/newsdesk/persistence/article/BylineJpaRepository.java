package com.newsdesk.persistence.article;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BylineJpaRepository extends JpaRepository<BylineEntity, BylineEntity.Key> {
    List<BylineEntity> findByArticleIdOrderByPosition(UUID articleId);
}
