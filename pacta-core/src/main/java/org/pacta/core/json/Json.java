package org.pacta.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.erdtman.jcs.JsonCanonicalizer;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.date.EdtfException;

/**
 * The one JSON configuration of Pacta: strict on input (unknown fields, unknown enum values,
 * nulls for primitives and trailing tokens are errors), absent values omitted on output, and
 * RFC 8785 canonical bytes for anything hashed or signed.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(edtfModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    static {
        // a number or boolean where text belongs is a client error, not something to guess at
        for (var shape : new com.fasterxml.jackson.databind.cfg.CoercionInputShape[] {
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean}) {
            MAPPER.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                    .setCoercion(shape, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        }
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(2_000_000).build());
    }

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads {@code bytes} as a {@code type}, turning every kind of bad input into an
     * {@link PactaException.InvalidInput} that names the field at fault.
     */
    public static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    public static <T> T read(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    public static JsonNode tree(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new PactaException.InvalidInput(null, "the request body is empty: send a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /** RFC 8785 canonical form: the bytes that are hashed and signed. */
    public static byte[] canonical(Object value) {
        try {
            return new JsonCanonicalizer(write(value)).getEncodedUTF8();
        } catch (IOException e) {
            throw new IllegalStateException("cannot canonicalise JSON", e);
        }
    }

    /**
     * The canonical form of a log entry {@code {actor, payload, subject, time, type}} whose payload is
     * already canonical, without canonicalising the payload again: RFC 8785 orders the members by
     * name, and a canonical value is canonical where it is nested.
     */
    public static String canonicalEntry(String actor, String canonicalPayload, String subject, String time, String type) {
        if (!plain(actor) || !plain(subject) || !plain(time) || !plain(type)) {
            java.util.Map<String, Object> entry = new java.util.TreeMap<>();
            entry.put("actor", actor);
            entry.put("payload", tree(canonicalPayload.getBytes(StandardCharsets.UTF_8)));
            entry.put("subject", subject);
            entry.put("time", time);
            entry.put("type", type);
            return canonicalString(entry);
        }
        return "{\"actor\":\"" + actor + "\",\"payload\":" + canonicalPayload + ",\"subject\":\"" + subject
                + "\",\"time\":\"" + time + "\",\"type\":\"" + type + "\"}";
    }

    /** A string RFC 8785 writes as is between quotes: printable ASCII without quote or backslash. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    public static String canonicalString(Object value) {
        return new String(canonical(value), StandardCharsets.UTF_8);
    }

    static PactaException invalid(IOException e) {
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping);
            PactaException.InvalidInput inner = findInvalid(e);
            if (inner != null) {
                String innerField = inner.field().orElse(null);
                String full = join(field, innerField);
                return new PactaException.InvalidInput(full, inner.getMessage(), e);
            }
            EdtfException edtf = findCause(e, EdtfException.class);
            if (edtf != null) {
                return new PactaException.InvalidInput(field, fieldPrefix(field) + edtf.getMessage(), e);
            }
            if (e instanceof UnrecognizedPropertyException unknown) {
                String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                        .map(Object::toString).sorted().collect(Collectors.joining(", "));
                return new PactaException.InvalidInput(field, "unknown field \"" + unknown.getPropertyName()
                        + "\"" + (known.isEmpty() ? "" : "; known fields: " + known), e);
            }
            if (e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
                return new PactaException.InvalidInput(field, fieldPrefix(field) + "unknown value \""
                        + format.getValue() + "\"; expected one of " + allowed, e);
            }
            if (e instanceof MismatchedInputException mismatch) {
                String expected = mismatch.getTargetType() == null ? "another type"
                        : describe(mismatch.getTargetType());
                return new PactaException.InvalidInput(field, fieldPrefix(field) + "wrong type: expected "
                        + expected, e);
            }
            if (e instanceof ValueInstantiationException && e.getCause() != null) {
                return new PactaException.InvalidInput(field, fieldPrefix(field) + e.getCause().getMessage(), e);
            }
            return new PactaException.InvalidInput(field, fieldPrefix(field) + mapping.getOriginalMessage(), e);
        }
        if (e instanceof JsonProcessingException processing) {
            var location = processing.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                    + location.getColumnNr();
            return new PactaException.InvalidInput(null, "malformed JSON" + where + ": "
                    + processing.getOriginalMessage(), e);
        }
        return new PactaException.InvalidInput(null, "cannot read the request body: " + e.getMessage(), e);
    }

    private static String describe(Class<?> type) {
        if (type == String.class || type == Edtf.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String fieldPrefix(String field) {
        return field == null ? "" : field + ": ";
    }

    private static String join(String outer, String inner) {
        if (outer == null || outer.isEmpty()) {
            return inner;
        }
        if (inner == null || inner.isEmpty()) {
            return outer;
        }
        return outer + "." + inner;
    }

    /** The JSON path of a mapping error as {@code provisions[2].eid}. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static PactaException.InvalidInput findInvalid(Throwable e) {
        return findCause(e, PactaException.InvalidInput.class);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static SimpleModule edtfModule() {
        SimpleModule module = new SimpleModule("pacta-edtf");
        module.addSerializer(Edtf.class, new JsonSerializer<>() {
            @Override
            public void serialize(Edtf value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.text());
            }
        });
        module.addDeserializer(Edtf.class, new JsonDeserializer<>() {
            @Override
            public Edtf deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (Edtf) ctxt.handleUnexpectedToken(Edtf.class, p);
                }
                return Edtf.parse(p.getText());
            }
        });
        return module;
    }
}
