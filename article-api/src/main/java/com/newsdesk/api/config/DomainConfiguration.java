package com.newsdesk.api.config;

import com.newsdesk.domain.article.ArticleCatalog;
import com.newsdesk.domain.article.ArticleListing;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.StoredDocuments;
import com.newsdesk.domain.correction.CorrectionService;
import com.newsdesk.domain.correction.IdempotencyKeys;
import com.newsdesk.domain.correction.NoticeCatalog;
import com.newsdesk.domain.correction.NoticeQueries;
import com.newsdesk.domain.correction.RevisionCatalog;
import com.newsdesk.domain.correction.RevisionHistory;
import com.newsdesk.domain.editor.AccountService;
import com.newsdesk.domain.editor.EditorAccounts;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.domain.publishing.SpeakerDirectory;
import com.newsdesk.domain.quote.QuoteCatalog;
import com.newsdesk.domain.quote.QuoteQueries;
import com.newsdesk.domain.speaker.SpeakerCatalog;
import com.newsdesk.domain.speaker.SpeakerQueries;
import com.newsdesk.domain.speaker.SpeakerService;
import com.newsdesk.domain.timeline.TimelineCatalog;
import com.newsdesk.domain.timeline.TimelineQueries;
import com.newsdesk.domain.transaction.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The domain has no Spring in it, so its services are wired here, by hand, from the ports the persistence adapters
 * implement.
 */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ArticleCatalog articleCatalog(StoredDocuments documents, ArticleListing listing, Transactions transactions) {
        return new ArticleCatalog(documents, listing, transactions);
    }

    @Bean
    QuoteCatalog quoteCatalog(QuoteQueries quotes, Transactions transactions) {
        return new QuoteCatalog(quotes, transactions);
    }

    @Bean
    TimelineCatalog timelineCatalog(TimelineQueries events, Transactions transactions) {
        return new TimelineCatalog(events, transactions);
    }

    @Bean
    SpeakerCatalog speakerCatalog(SpeakerQueries speakers, QuoteQueries quotes, Transactions transactions) {
        return new SpeakerCatalog(speakers, quotes, transactions);
    }

    @Bean
    SpeakerService speakerService(ArticleRepository articles, Transactions transactions, Clock clock) {
        return new SpeakerService(articles, transactions, clock);
    }

    @Bean
    RevisionCatalog revisionCatalog(StoredDocuments documents, RevisionHistory history, Transactions transactions) {
        return new RevisionCatalog(documents, history, transactions);
    }

    @Bean
    AccountService accountService(EditorAccounts accounts, PasswordEncoder passwords, Transactions transactions) {
        return new AccountService(accounts, passwords::encode, transactions);
    }

    @Bean
    PublishingService publishingService(
            ArticleRepository articles, SpeakerDirectory speakers, Transactions transactions, Clock clock) {
        return new PublishingService(articles, speakers, transactions, clock);
    }

    @Bean
    NoticeCatalog noticeCatalog(NoticeQueries notices, Transactions transactions) {
        return new NoticeCatalog(notices, transactions);
    }

    @Bean
    CorrectionService correctionService(
            ArticleRepository articles,
            RevisionHistory history,
            IdempotencyKeys idempotencyKeys,
            Transactions transactions,
            Clock clock) {
        return new CorrectionService(articles, history, idempotencyKeys, transactions, clock);
    }
}
