package org.pacta.log.merkle;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The compact range {@code [0, size)} of a Merkle tree: the hashes of its maximal complete
 * subtrees, one per set bit of {@code size}, largest (leftmost) first. That is at most 63 hashes,
 * and it is all the state needed to append leaves and compute the root, so a tree of any size
 * grows in O(log n) memory.
 *
 * <p>Mutable and not thread-safe: one integrating thread owns an instance.
 */
public final class CompactRange {
    private final byte[][] stack = new byte[64][];
    private int depth;
    private long size;

    private CompactRange() {
    }

    /** The compact range of the empty tree. */
    public static CompactRange empty() {
        return new CompactRange();
    }

    /** The compact range of the tree of {@code size} leaves, read as at most 63 nodes from {@code reader}. */
    public static CompactRange of(long size, NodeReader reader) {
        Objects.requireNonNull(reader, "reader is null");
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative, was: " + size);
        }
        CompactRange range = new CompactRange();
        for (int level = 62; level >= 0; level--) {
            if (((size >>> level) & 1) == 1) {
                byte[] node = reader.node(level, (size >>> level) - 1);
                range.push(node.clone(), "node at level " + level);
            }
        }
        range.size = size;
        return range;
    }

    /** The compact range of {@code size} given its nodes, largest subtree first (as {@link #nodes()} returns them). */
    public static CompactRange of(long size, List<byte[]> nodes) {
        Objects.requireNonNull(nodes, "nodes is null");
        if (size < 0 || Long.bitCount(size) != nodes.size()) {
            throw new IllegalArgumentException("a compact range of size " + size + " has "
                    + Long.bitCount(Math.max(size, 0)) + " nodes, not " + nodes.size());
        }
        CompactRange range = new CompactRange();
        for (int i = 0; i < nodes.size(); i++) {
            range.push(Objects.requireNonNull(nodes.get(i), "node is null").clone(), "node " + i);
        }
        range.size = size;
        return range;
    }

    /** Number of leaves covered. */
    public long size() {
        return size;
    }

    /** Copies of the subtree hashes, largest subtree first. */
    public List<byte[]> nodes() {
        List<byte[]> nodes = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            nodes.add(stack[i].clone());
        }
        return nodes;
    }

    /**
     * Appends one leaf hash, telling {@code visitor} about the leaf and every subtree it completes.
     * The arrays handed to the visitor are fresh; the visitor must not modify them.
     */
    public void append(byte[] leafHash, NodeVisitor visitor) {
        Objects.requireNonNull(leafHash, "leaf hash is null");
        Objects.requireNonNull(visitor, "visitor is null");
        if (leafHash.length != HASH_SIZE) {
            throw new IllegalArgumentException("leaf hash must be " + HASH_SIZE + " bytes, is " + leafHash.length);
        }
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("the tree is full");
        }
        byte[] hash = leafHash.clone();
        int level = 0;
        long index = size;
        visitor.visit(level, index, hash);
        // Each set low bit of the size is a complete subtree on top of the stack that the new
        // node now pairs with.
        while (((size >>> level) & 1) == 1) {
            hash = MerkleHasher.nodeHash(stack[--depth], hash);
            level++;
            index >>>= 1;
            visitor.visit(level, index, hash);
        }
        stack[depth++] = hash;
        size++;
    }

    /** The RFC 9162 root of the tree covered so far. */
    public byte[] rootHash() {
        if (depth == 0) {
            return MerkleHasher.emptyRoot();
        }
        byte[] root = stack[depth - 1].clone();
        for (int i = depth - 2; i >= 0; i--) {
            MerkleHasher.nodeHashInto(stack[i], 0, root, 0, root, 0);
        }
        return root;
    }

    private void push(byte[] node, String what) {
        if (node.length != HASH_SIZE) {
            throw new IllegalArgumentException(what + " must be " + HASH_SIZE + " bytes, is " + node.length);
        }
        stack[depth++] = node;
    }
}
