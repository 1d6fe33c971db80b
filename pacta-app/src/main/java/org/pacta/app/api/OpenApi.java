package org.pacta.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pacta.core.date.Edtf;
import org.pacta.core.json.Json;

/**
 * Builds the OpenAPI 3.1 document from the route table; request schemas are derived from the
 * record types the routes read, so they cannot drift from what the server accepts.
 */
public final class OpenApi {

    private OpenApi() {
    }

    public static ObjectNode document(List<RouteTable.Route> routes, String version) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Pacta API");
        info.put("version", version);
        info.put("description", "What states promise each other, how binding each promise is, how agreements are "
                + "negotiated, and whether promises are kept. Reads are public; writes need a bearer token. Errors are "
                + "RFC 9457 problem details whose `field` names the part of the request at fault.");
        ObjectNode components = root.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        schemas.set("Problem", problemSchema());
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (RouteTable.Route route : routes) {
            String path = route.path();
            ObjectNode item = paths.computeIfAbsent(path, p -> Json.mapper().createObjectNode());
            ObjectNode operation = item.putObject(route.method());
            operation.put("summary", route.summary());
            ArrayNode parameters = operation.putArray("parameters");
            for (String segment : path.split("/")) {
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    parameters.addObject().put("name", segment.substring(1, segment.length() - 1)).put("in", "path")
                            .put("required", true).putObject("schema").put("type", "string");
                }
            }
            for (String query : route.query()) {
                ObjectNode parameter = parameters.addObject().put("name", query).put("in", "query").put("required", false);
                parameter.putObject("schema").put("type", query.equals("limit") ? "integer" : "string");
                if (query.equals("from") || query.equals("to")) {
                    parameter.put("description", "EDTF date; items whose whole date range lies within from..to");
                }
            }
            if (route.body().isPresent()) {
                Class<?> type = route.body().get();
                schemas.set(type.getSimpleName(), schema(type, schemas));
                operation.putObject("requestBody").put("required", true).putObject("content")
                        .putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/" + type.getSimpleName());
            }
            if (route.writes()) {
                operation.putArray("security").addObject().putArray("bearer");
            }
            ObjectNode responses = operation.putObject("responses");
            responses.putObject(route.method().equals("post") ? "201" : "200").put("description", "OK")
                    .putObject("content").putObject("application/json").putObject("schema").put("type", "object");
            for (String status : List.of("400", "401", "403", "404", "405", "409", "413")) {
                responses.putObject(status).put("description", "Problem").putObject("content")
                        .putObject("application/problem+json").putObject("schema")
                        .put("$ref", "#/components/schemas/Problem");
            }
        }
        ObjectNode pathsNode = root.putObject("paths");
        paths.forEach(pathsNode::set);
        return root;
    }

    private static ObjectNode schema(Class<?> type, ObjectNode schemas) {
        ObjectNode schema = Json.mapper().createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = Json.mapper().createArrayNode();
        for (RecordComponent component : type.getRecordComponents()) {
            Type generic = component.getGenericType();
            boolean optional = component.getType() == Optional.class || component.getType() == List.class
                    || component.getType() == boolean.class || component.getName().equals("id");
            properties.set(component.getName(), typeSchema(generic, schemas));
            if (!optional) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode typeSchema(Type type, ObjectNode schemas) {
        ObjectNode node = Json.mapper().createObjectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type argument = parameterized.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return typeSchema(argument, schemas);
            }
            node.put("type", "array");
            node.set("items", typeSchema(argument, schemas));
            return node;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            node.put("type", "string");
        } else if (raw == Edtf.class) {
            node.put("type", "string").put("format", "edtf");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            node.put("type", "integer");
        } else if (raw == boolean.class || raw == Boolean.class) {
            node.put("type", "boolean");
        } else if (raw.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).forEach(c -> values.add(((Enum<?>) c).name()));
        } else if (raw.isRecord()) {
            if (!schemas.has(raw.getSimpleName())) {
                schemas.putObject(raw.getSimpleName());
                schemas.set(raw.getSimpleName(), schema(raw, schemas));
            }
            node.put("$ref", "#/components/schemas/" + raw.getSimpleName());
        } else {
            node.put("type", "object");
        }
        return node;
    }

    private static ObjectNode problemSchema() {
        ObjectNode schema = Json.mapper().createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (String name : List.of("type", "title", "detail", "field", "instance")) {
            properties.putObject(name).put("type", "string");
        }
        properties.putObject("status").put("type", "integer");
        return schema;
    }
}
