package org.pacta.app.web;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An RFC 9457 problem detail. {@code field} (an extension member) names the part of the request
 * at fault, as a JSON path ({@code provisions[2].eid}) or a query parameter ({@code from}).
 */
public record Problem(String type, String title, int status, String detail, Optional<String> field,
        Optional<String> instance) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        requireNonNull(type, "type is null");
        requireNonNull(title, "title is null");
        requireNonNull(detail, "detail is null");
        requireNonNull(field, "field is null");
        requireNonNull(instance, "instance is null");
    }

    public static Problem of(int status, String title, String detail, Optional<String> field, String path) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return new Problem("https://pacta.dev/problems/" + slug, title, status, detail, field, Optional.of(path));
    }
}
