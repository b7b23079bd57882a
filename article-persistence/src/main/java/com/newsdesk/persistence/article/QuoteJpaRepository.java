package com.newsdesk.persistence.article;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteJpaRepository extends JpaRepository<QuoteEntity, UUID> {
    List<QuoteEntity> findByArticleIdOrderByPosition(UUID articleId);
}
