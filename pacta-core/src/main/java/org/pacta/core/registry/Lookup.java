package org.pacta.core.registry;

import java.util.List;
import java.util.Optional;

/** Reads of the registry as a rule sees it: inside the writing transaction, including its earlier items. */
public interface Lookup {

    Optional<StoredItem> find(Kind kind, String id);

    /** Items of {@code kind} owned by {@code parent}, in the order they were recorded. */
    List<StoredItem> children(Kind kind, String parent);

    default <T> Optional<T> find(Kind kind, String id, Class<T> type) {
        return find(kind, id).map(s -> s.as(type));
    }
}
