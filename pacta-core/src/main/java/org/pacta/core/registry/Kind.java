package org.pacta.core.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of item the registry holds. The name is the first part of a log entry's type
 * ({@code commitment.create}) and of its subject ({@code commitment/baker-1990}).
 */
public enum Kind {
    SOURCE("source", false),
    PARTY("party", false),
    MEMBERSHIP("membership", false),
    INSTRUMENT("instrument", false),
    VERSION("version", true),
    ACTION("action", true),
    TRACK("track", false),
    SESSION("session", true),
    CONCERN("concern", true),
    STANCE("stance", true),
    COMMITMENT("commitment", true),
    STATUS("status", true),
    STATEMENT("statement", true),
    ALLEGATION("allegation", true),
    RESPONSE("response", true),
    EVENT("event", true),
    POSITION("position", true),
    MESSAGE("message", true),
    KEY("key", false),
    SIGNATURE("signature", false);

    private final String slug;
    private final boolean onTimeline;

    Kind(String slug, boolean onTimeline) {
        this.slug = slug;
        this.onTimeline = onTimeline;
    }

    public String slug() {
        return slug;
    }

    /** Whether items of this kind are dated things that belong on the merged timeline. */
    public boolean onTimeline() {
        return onTimeline;
    }

    public static Optional<Kind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
