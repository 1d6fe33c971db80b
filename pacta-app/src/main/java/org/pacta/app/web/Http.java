package org.pacta.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.json.Json;

/** Small helpers shared by every route: bounded body reading, JSON answers, query parameters. */
public final class Http {

    /** Requests above this size get 413 before their body is read. */
    public static final int MAX_BODY = 1 << 20;

    private Http() {
    }

    /** Thrown for a body over {@link #MAX_BODY}; answered with 413. */
    public static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge(String message) {
            super(message);
        }
    }

    public static byte[] body(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > MAX_BODY) {
                    throw new BodyTooLarge("the request body is " + length.strip() + " bytes; the limit is "
                            + MAX_BODY + " bytes (1 MiB)");
                }
            } catch (NumberFormatException e) {
                throw new PactaException.InvalidInput("Content-Length", "Content-Length is not a number: " + length);
            }
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new BodyTooLarge("the request body is over the limit of " + MAX_BODY + " bytes (1 MiB)");
            }
            return bytes;
        } catch (IOException e) {
            throw new PactaException.InvalidInput(null, "cannot read the request body: " + e.getMessage(), e);
        }
    }

    public static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(Json.write(value));
    }

    public static Optional<String> query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static int intQuery(Context ctx, String name, int fallback) {
        Optional<String> value = query(ctx, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new PactaException.InvalidInput(name, name + " must be a whole number, was: " + value.get());
        }
    }

    public static int intPath(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new PactaException.InvalidInput(name, name + " must be a whole number, was: " + value);
        }
    }

    /** Checks an enum query parameter, naming the allowed values when it is unknown. */
    public static Optional<String> enumName(Context ctx, String name, Class<? extends Enum<?>> type) {
        Optional<String> value = query(ctx, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(value.get())) {
                return value;
            }
        }
        throw new PactaException.InvalidInput(name, name + ": unknown value \"" + value.get() + "\"; expected one of "
                + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
}
