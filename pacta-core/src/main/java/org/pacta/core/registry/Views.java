package org.pacta.core.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pacta.core.json.Json;

/**
 * Building blocks of the JSON views the API serves: an item's recorded fields plus
 * {@code logIndex}, the index of the log entry of its last change (its own or a child's).
 */
public final class Views {

    private Views() {
    }

    public static ObjectNode of(StoredItem item) {
        ObjectNode node = item.body().deepCopy();
        node.put("logIndex", item.logIndex());
        return node;
    }

    public static ArrayNode array(List<StoredItem> items) {
        ArrayNode array = Json.mapper().createArrayNode();
        items.forEach(i -> array.add(of(i)));
        return array;
    }

    /** Raises {@code logIndex} of {@code node} to the latest change among {@code children}. */
    public static void touch(ObjectNode node, List<StoredItem> children) {
        long last = node.path("logIndex").asLong();
        for (StoredItem child : children) {
            last = Math.max(last, child.logIndex());
        }
        node.put("logIndex", last);
    }
}
