package org.pacta.app.page;

import java.util.List;

/**
 * A request the pages cannot answer with the page asked for: an unknown id (404) or a parameter
 * that makes no sense (400). It carries a message key and arguments rather than words, so the error
 * page speaks the visitor's language.
 */
final class PageException extends RuntimeException {

    private final int status;
    private final String key;
    private final List<Object> arguments;

    PageException(int status, String key, Object... arguments) {
        super(key + " " + List.of(arguments), null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.toArray();
    }

    /** No item of {@code kind} has {@code id}; the error page names the kind in the visitor's language. */
    static PageException notFound(org.pacta.core.registry.Kind kind, String id) {
        return new PageException(404, "error.notFound", kind, id);
    }
}
