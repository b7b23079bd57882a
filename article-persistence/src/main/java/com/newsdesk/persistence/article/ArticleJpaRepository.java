package com.newsdesk.persistence.article;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ArticleJpaRepository extends JpaRepository<ArticleEntity, UUID> {
    Optional<ArticleEntity> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ArticleEntity a where a.id = :id")
    Optional<ArticleEntity> lockById(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ArticleEntity a where a.slug = :slug")
    Optional<ArticleEntity> lockBySlug(String slug);
}
