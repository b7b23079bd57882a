package com.newsdesk.persistence.article;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpeakerJpaRepository extends JpaRepository<SpeakerEntity, UUID> {}
