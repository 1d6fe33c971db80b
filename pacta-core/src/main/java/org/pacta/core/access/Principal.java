package org.pacta.core.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An authenticated caller: a name for the log's {@code actor} field, a role, and for a delegate its party. */
public record Principal(String name, Role role, Optional<String> party) {
    public Principal {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        requireNonNull(party, "party is null");
    }

    /** The actor recorded in log entries: {@code role:name}. */
    public String actor() {
        return role.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }
}
