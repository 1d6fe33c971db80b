package org.pacta.log.merkle;

/**
 * Receives every complete subtree hash that a {@link CompactRange} creates while it grows, in the
 * order they are created: for each appended leaf, the leaf itself (level 0) and then each parent
 * it completes, lowest first. The hash array is fresh and may be kept.
 */
@FunctionalInterface
public interface NodeVisitor {
    /** A visitor that keeps nothing. */
    NodeVisitor NONE = (level, index, hash) -> { };

    void visit(int level, long index, byte[] hash);
}
