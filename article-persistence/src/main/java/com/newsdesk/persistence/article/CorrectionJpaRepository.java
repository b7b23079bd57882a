package com.newsdesk.persistence.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionJpaRepository extends JpaRepository<CorrectionEntity, UUID> {
    List<CorrectionEntity> findByArticleIdOrderByRevision(UUID articleId);

    Optional<CorrectionEntity> findByIdAndArticleId(UUID id, UUID articleId);
}
