package org.pacta.core;

import java.util.Optional;

/**
 * The one unchecked root of every failure Pacta reports to a caller. Each subclass is a category
 * that the HTTP layer maps to one status (RFC 9457 problem details) and the CLI to one exit code;
 * code that catches a category must not depend on the message text.
 */
public abstract sealed class PactaException extends RuntimeException {

    protected PactaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The thing asked for does not exist. */
    public static final class NotFound extends PactaException {
        public NotFound(String message) {
            super(message, null);
        }
    }

    /** The request is well formed but clashes with what is stored (duplicate id, illegal transition). */
    public static final class Conflict extends PactaException {
        public Conflict(String message) {
            super(message, null);
        }
    }

    /** The request is malformed; {@link #field()} names the part at fault where one can be named. */
    public static final class InvalidInput extends PactaException {
        private final String field;

        public InvalidInput(String field, String message) {
            this(field, message, null);
        }

        public InvalidInput(String field, String message, Throwable cause) {
            super(message, cause);
            this.field = field;
        }

        /** The JSON path or parameter at fault, such as {@code provisions[2].eid}. */
        public Optional<String> field() {
            return Optional.ofNullable(field);
        }
    }

    /** The caller is known but may not do this (a delegate acting for another party). */
    public static final class Forbidden extends PactaException {
        public Forbidden(String message) {
            super(message, null);
        }
    }

    /** The caller gave no valid credentials. */
    public static final class Unauthorized extends PactaException {
        public Unauthorized(String message) {
            super(message, null);
        }
    }

    /** A resource Pacta needs is missing or overloaded; the message says how to fix it. */
    public static final class Unavailable extends PactaException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
