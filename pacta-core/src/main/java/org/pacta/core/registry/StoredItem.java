package org.pacta.core.registry;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.pacta.core.json.Json;

/** An item as stored: its kind, id, JSON body and the index of the log entry that recorded it. */
public record StoredItem(Kind kind, String id, JsonNode body, long logIndex) {
    public StoredItem {
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
        requireNonNull(body, "body is null");
    }

    public <T> T as(Class<T> type) {
        return Json.read(body, type);
    }
}
