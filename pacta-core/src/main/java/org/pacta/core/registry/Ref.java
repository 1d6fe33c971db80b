package org.pacta.core.registry;

import static java.util.Objects.requireNonNull;

/** A reference from one item to another, with the JSON field it came from for error messages. */
public record Ref(String field, Kind kind, String id) {
    public Ref {
        requireNonNull(field, "field is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
    }
}
