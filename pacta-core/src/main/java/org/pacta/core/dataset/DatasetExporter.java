package org.pacta.core.dataset;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;

import java.util.List;
import org.pacta.core.json.Json;

import org.pacta.core.registry.Registry;
import org.pacta.core.registry.StoredItem;

/**
 * Writes the registry as a {@code pacta-dataset/v1} document (JSON) or as one CSV table of all
 * items. The JSON output depends only on what is recorded, so export → import → export is
 * byte-identical.
 */
public final class DatasetExporter {

    private final Registry registry;

    public DatasetExporter(Registry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    public ObjectNode document() {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", DatasetShape.FORMAT);
        for (DatasetShape.TopLevel list : DatasetShape.LISTS) {
            ArrayNode array = root.putArray(list.field());
            List<StoredItem> items = new ArrayList<>(registry.all(list.kind()));
            items.sort(Comparator.comparing(StoredItem::id));
            for (StoredItem item : items) {
                ObjectNode node = item.body().deepCopy();
                for (DatasetShape.Nested nested : list.nested()) {
                    ArrayNode children = node.putArray(nested.field());
                    for (StoredItem child : registry.children(nested.kind(), item.id())) {
                        ObjectNode childNode = child.body().deepCopy();
                        childNode.remove(nested.parentField());
                        children.add(childNode);
                    }
                }
                array.add(node);
            }
        }
        return root;
    }

    public String json() {
        return Json.pretty(document()) + "\n";
    }

    /** One row per item: kind, id, parent, date, category, title, the JSON body. RFC 4180 quoting. */
    public void csv(Writer out) throws IOException {
        out.write("kind,id,parent,date,title,json\r\n");
        for (DatasetShape.TopLevel list : DatasetShape.LISTS) {
            List<StoredItem> items = new ArrayList<>(registry.all(list.kind()));
            items.sort(Comparator.comparing(StoredItem::id));
            for (StoredItem item : items) {
                row(out, item, "");
                for (DatasetShape.Nested nested : list.nested()) {
                    for (StoredItem child : registry.children(nested.kind(), item.id())) {
                        row(out, child, item.id());
                    }
                }
            }
        }
    }

    private static void row(Writer out, StoredItem item, String parent) throws IOException {
        JsonNode body = item.body();
        String date = text(body, "date", text(body, "period", ""));
        String title = text(body, "title", text(body, "name", text(body, "text", text(body, "quote", ""))));
        out.write(String.join(",", cell(item.kind().slug()), cell(item.id()), cell(parent), cell(date), cell(title),
                cell(Json.write(body))));
        out.write("\r\n");
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() ? fallback : value.asText();
    }

    private static String cell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
