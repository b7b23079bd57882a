package com.newsdesk.domain.article;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a story says, as its authors wrote it: the masthead (headline, standfirst, bylines, dateline, publisher), the
 * body blocks in reading order, and the quotations and dated events the body contains. The article adds its life
 * (draft, published, ...) and its history to this.
 *
 * <p>Rules every story keeps, draft or published: block ids are unique; every quote's text and every event's dating
 * phrase stands verbatim in its block. Breaking one here is a programming error; requests are checked, fault by fault,
 * before a story is made (see {@code publishing.StoryDraft}).
 */
public record Story(
        String headline,
        String standfirst,
        List<Byline> bylines,
        String dateline,
        String publisher,
        List<BodyBlock> body,
        List<Quote> quotes,
        List<TimelineEvent> timeline) {

    public Story {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(publisher, "publisher");
        if (headline.isBlank() || publisher.isBlank()) {
            throw new IllegalArgumentException("a story has a headline and a publisher");
        }
        bylines = List.copyOf(bylines);
        body = List.copyOf(body);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        Set<BlockId> seen = new HashSet<>();
        for (BodyBlock block : body) {
            if (!seen.add(block.id())) {
                throw new IllegalArgumentException("block id " + block.id() + " is used twice");
            }
        }
        for (Quote q : quotes) {
            requireStandsIn(body, q.blockId(), q.text(), "quote " + q.id());
        }
        for (TimelineEvent e : timeline) {
            requireStandsIn(body, e.blockId(), e.phrase(), "the phrase of event " + e.id());
        }
    }

    public Optional<BodyBlock> block(BlockId id) {
        return body.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    private static void requireStandsIn(List<BodyBlock> body, BlockId blockId, String words, String what) {
        BodyBlock block = body.stream()
                .filter(b -> b.id().equals(blockId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(what + " refers to a missing block " + blockId));
        if (!block.hasText() || !block.text().contains(words)) {
            throw new IllegalArgumentException(what + " does not stand verbatim in block " + blockId);
        }
    }
}
