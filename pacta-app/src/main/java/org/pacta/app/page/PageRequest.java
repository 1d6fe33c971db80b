package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import org.pacta.core.date.Edtf;
import org.pacta.core.date.EdtfException;

/**
 * One page request: the HTTP context, the page context for templates, the snapshot it reads, and the
 * content store for the texts of sources (read on demand: texts are large and one page shows one).
 */
record PageRequest(Context ctx, PageContext page, Snapshot s, Render render,
        Function<String, Optional<String>> content) {

    PageRequest {
        requireNonNull(ctx, "ctx is null");
        requireNonNull(page, "page is null");
        requireNonNull(s, "s is null");
        requireNonNull(render, "render is null");
        requireNonNull(content, "content is null");
    }

    /** The stored text of a source, by its content hash, when the store holds it. */
    Optional<String> text(String contentHash) {
        return content.apply(contentHash);
    }

    /** A query parameter, absent when missing or blank. */
    Optional<String> param(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String path(String name) {
        return ctx.pathParam(name);
    }

    /** An EDTF query parameter; a bad one is a 400 page naming the parameter and the value. */
    Optional<Edtf> date(String name) {
        Optional<String> text = param(name);
        try {
            return text.map(Edtf::parse);
        } catch (EdtfException e) {
            throw new PageException(400, "error.badDate", name, text.orElseThrow());
        }
    }

    /** An enumeration query parameter; an unknown value is a 400 page listing the allowed ones. */
    <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        Optional<String> text = param(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.get())) {
                return Optional.of(constant);
            }
        }
        throw new PageException(400, "error.badChoice", name, text.get());
    }

    /** Whether htmx sent this request to update part of a page already shown. */
    boolean fromHtmx() {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** Renders {@code template} with {@code view}, titled {@code title}. */
    void show(String template, String title, Object view) {
        render.page(ctx, 200, template, page.titled(title, page.section()), view);
    }
}
