package org.pacta.core.registry;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pacta.core.PactaException;

/**
 * Validation shared by the items' compact constructors. Each check names the field at fault, so
 * the message reaches the client as {@code field: what is wrong}.
 */
public final class Fields {

    /** Ids are short lowercase slugs, safe in URLs and file names. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,119}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TEXT = 100_000;

    private Fields() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new PactaException.InvalidInput(field, field + " is required");
        }
        return value;
    }

    public static String id(String field, String value) {
        required(field, value);
        if (!ID.matcher(value).matches()) {
            throw new PactaException.InvalidInput(field, field + " must be a lowercase slug of letters, digits, "
                    + "'.', '-' or '_' (at most 120), was: \"" + abbreviate(value) + "\"");
        }
        return value;
    }

    /** The given id, or a fresh random one with the kind's prefix when none was given. */
    public static String idOrNew(String field, String value, String prefix) {
        return value == null ? prefix + "-" + HexFormat.of().formatHex(randomBytes(5)) : id(field, value);
    }

    public static String text(String field, String value) {
        required(field, value);
        if (value.isBlank()) {
            throw new PactaException.InvalidInput(field, field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new PactaException.InvalidInput(field, field + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    public static Optional<String> optionalText(String field, Optional<String> value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text(field, value.get()));
    }

    public static Optional<String> optionalId(String field, Optional<String> value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(id(field, value.get()));
    }

    public static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    public static List<String> ids(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            id(field + "[" + i + "]", values.get(i));
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new PactaException.InvalidInput(field, field + " lists the same id twice");
        }
        return List.copyOf(values);
    }

    public static List<String> nonEmptyIds(String field, List<String> values) {
        List<String> out = ids(field, values);
        if (out.isEmpty()) {
            throw new PactaException.InvalidInput(field, field + " must name at least one id");
        }
        return out;
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public static List<Ref> refs(String field, Kind kind, List<String> ids) {
        List<Ref> out = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(new Ref(field + "[" + i + "]", kind, ids.get(i)));
        }
        return out;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
