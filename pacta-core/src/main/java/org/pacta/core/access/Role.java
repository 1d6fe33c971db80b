package org.pacta.core.access;

/** What a token holder may do. Finer rules (a delegate acts only for its party) live in the services. */
public enum Role {
    ADMIN, DELEGATE, ANALYST, WITNESS
}
