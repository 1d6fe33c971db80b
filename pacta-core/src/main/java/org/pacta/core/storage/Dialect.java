package org.pacta.core.storage;

/** The SQL engines Pacta runs on; the schema and queries are written in their common subset. */
public enum Dialect {
    SQLITE,
    POSTGRES
}
