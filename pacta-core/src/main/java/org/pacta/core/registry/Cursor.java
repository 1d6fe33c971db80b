package org.pacta.core.registry;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.pacta.core.PactaException;

/** A position in an ordered list of items: the sort key of the last item served. */
public record Cursor(long sortKey, String kind, String id) {

    public Cursor {
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
    }

    public String encode() {
        String raw = sortKey + "\n" + kind + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor parse(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return new Cursor(Long.parseLong(parts[0]), parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            throw new PactaException.InvalidInput("cursor", "cursor is not one this server issued: " + text, e);
        }
    }
}
