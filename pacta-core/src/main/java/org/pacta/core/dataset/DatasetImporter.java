package org.pacta.core.dataset;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.pacta.core.ItemTypes;
import org.pacta.core.PactaException;
import org.pacta.core.json.Json;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.Registry;

/**
 * Loads a {@code pacta-dataset/v1} document: every item passes the same checks as through the API,
 * and the whole document is recorded in one transaction — all of it, or nothing.
 */
public final class DatasetImporter {

    private final Registry registry;

    public DatasetImporter(Registry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    /** Records the document; answers the number of items recorded. */
    public int importDocument(String actor, byte[] document) {
        List<Item> items = items(Json.tree(document));
        registry.append(actor, items);
        return items.size();
    }

    /** The document's items in an order where every reference points backwards. */
    static List<Item> items(JsonNode root) {
        if (!root.isObject()) {
            throw new PactaException.InvalidInput(null, "a dataset is a JSON object");
        }
        String format = root.path("format").asText("");
        if (!DatasetShape.FORMAT.equals(format)) {
            throw new PactaException.InvalidInput("format", "format must be \"" + DatasetShape.FORMAT + "\", was: \""
                    + format + "\"");
        }
        Set<String> known = new HashSet<>(List.of("format"));
        DatasetShape.LISTS.forEach(l -> known.add(l.field()));
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new PactaException.InvalidInput(name, "unknown field \"" + name + "\" in dataset; known: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        List<Item> items = new ArrayList<>();
        for (DatasetShape.TopLevel list : DatasetShape.LISTS) {
            JsonNode array = root.path(list.field());
            if (array.isMissingNode()) {
                continue;
            }
            if (!array.isArray()) {
                throw new PactaException.InvalidInput(list.field(), list.field() + " must be an array");
            }
            List<Item> parents = new ArrayList<>();
            List<List<Item>> children = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String path = list.field() + "[" + i + "]";
                if (!array.get(i).isObject()) {
                    throw new PactaException.InvalidInput(path, path + " must be an object");
                }
                ObjectNode node = array.get(i).deepCopy();
                List<ObjectNode> nestedNodes = new ArrayList<>();
                List<String> nestedPaths = new ArrayList<>();
                List<DatasetShape.Nested> nestedKinds = new ArrayList<>();
                for (DatasetShape.Nested nested : list.nested()) {
                    JsonNode childArray = node.remove(nested.field());
                    if (childArray == null) {
                        continue;
                    }
                    if (!childArray.isArray()) {
                        throw new PactaException.InvalidInput(path + "." + nested.field(), nested.field()
                                + " must be an array");
                    }
                    for (int j = 0; j < childArray.size(); j++) {
                        nestedNodes.add((ObjectNode) childArray.get(j));
                        nestedPaths.add(path + "." + nested.field() + "[" + j + "]");
                        nestedKinds.add(nested);
                    }
                }
                Item parent = read(node, list, path);
                parents.add(parent);
                List<Item> own = new ArrayList<>();
                for (int k = 0; k < nestedNodes.size(); k++) {
                    ObjectNode child = nestedNodes.get(k);
                    DatasetShape.Nested nested = nestedKinds.get(k);
                    child.put(nested.parentField(), parent.id());
                    try {
                        own.add(Json.read(child, ItemTypes.of(nested.kind())));
                    } catch (PactaException.InvalidInput e) {
                        throw prefixed(nestedPaths.get(k), e);
                    }
                }
                children.add(own);
            }
            List<Integer> order = referenceOrder(parents);
            for (int index : order) {
                items.add(parents.get(index));
                items.addAll(children.get(index));
            }
        }
        return items;
    }

    private static Item read(ObjectNode node, DatasetShape.TopLevel list, String path) {
        try {
            return Json.read(node, ItemTypes.of(list.kind()));
        } catch (PactaException.InvalidInput e) {
            throw prefixed(path, e);
        }
    }

    private static PactaException prefixed(String path, PactaException.InvalidInput e) {
        String field = e.field().map(f -> path + "." + f).orElse(path);
        return new PactaException.InvalidInput(field, path + ": " + e.getMessage(), e);
    }

    /** Items of one list that refer to others of the same list (counter-allegations) come after them. */
    private static List<Integer> referenceOrder(List<Item> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        List<Integer> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (order.size() < items.size() && progress) {
            progress = false;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (placed.contains(item.id())) {
                    continue;
                }
                boolean ready = item.refs().stream().filter(r -> r.kind() == item.itemKind())
                        .allMatch(r -> placed.contains(r.id()) || !ids.contains(r.id()));
                if (ready) {
                    order.add(i);
                    placed.add(item.id());
                    progress = true;
                }
            }
        }
        if (order.size() < items.size()) {
            throw new PactaException.InvalidInput(null, "items refer to each other in a cycle");
        }
        return order;
    }
}
