package org.pacta.log.merkle;

/**
 * Reads hashes of complete subtrees of a log, wherever they are stored. This is how proofs reach
 * storage without this package touching it.
 *
 * <p>Contract: {@code node(level, index)} returns the 32-byte RFC 9162 hash of the perfect subtree
 * of {@code 2^level} leaves that starts at leaf {@code index << level} (level 0 is a leaf hash).
 * Callers ask only for subtrees lying wholly inside the tree the reader was made for. The
 * returned array is only read; an implementation may hand out an array it shares. A missing node
 * is a storage failure, reported with whatever unchecked exception the implementation uses.
 * Implementations need not be thread-safe unless they say so.
 */
@FunctionalInterface
public interface NodeReader {
    byte[] node(int level, long index);
}
