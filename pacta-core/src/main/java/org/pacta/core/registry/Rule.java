package org.pacta.core.registry;

/**
 * A rule across items (who may act on what, what must exist first), checked inside the writing
 * transaction so that concurrent writes cannot slip past it. Throws a {@link org.pacta.core.PactaException}.
 */
@FunctionalInterface
public interface Rule {
    void check(Item item, Lookup lookup);
}
