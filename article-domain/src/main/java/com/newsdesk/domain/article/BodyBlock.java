package com.newsdesk.domain.article;

import java.util.Objects;

/**
 * One block of the article's body, in reading order. Paragraphs and promos carry text; a video carries its
 * {@link Video} details and, optionally, a caption.
 */
public record BodyBlock(BlockId id, BlockType type, String text, Video video) {

    public BodyBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (type == BlockType.VIDEO) {
            Objects.requireNonNull(video, "a video block has video details");
        } else {
            if (video != null) {
                throw new IllegalArgumentException("only a video block has video details");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a " + type.code() + " block has text");
            }
        }
    }

    public static BodyBlock paragraph(String id, String text) {
        return new BodyBlock(new BlockId(id), BlockType.PARAGRAPH, text, null);
    }

    public static BodyBlock promo(String id, String text) {
        return new BodyBlock(new BlockId(id), BlockType.PROMO, text, null);
    }

    public static BodyBlock video(String id, Video video) {
        return new BodyBlock(new BlockId(id), BlockType.VIDEO, null, video);
    }

    public boolean hasText() {
        return text != null;
    }

    BodyBlock withText(String newText) {
        return new BodyBlock(id, type, newText, video);
    }
}
