package org.pacta.core.registry;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of the log: a change to the registry. Its bytes are the RFC 8785 canonical JSON of
 * {@code {type, subject, payload, actor, time}}, and they are what the Merkle tree commits to.
 */
public record LogEntry(long index, String type, String subject, JsonNode payload, String actor, String time) {
    public LogEntry {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was: " + index);
        }
        requireNonNull(type, "type is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(payload, "payload is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(time, "time is null");
    }

    /** The body that is hashed: canonical JSON without the index, which is the leaf's position. */
    public record Body(String type, String subject, JsonNode payload, String actor, String time) {
    }

    public Body body() {
        return new Body(type, subject, payload, actor, time);
    }
}
