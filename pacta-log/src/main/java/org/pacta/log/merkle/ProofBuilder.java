package org.pacta.log.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Builds RFC 9162 inclusion (§2.1.3.1) and consistency (§2.1.4.1) proofs and tree roots from
 * the complete subtree hashes a {@link NodeReader} serves.
 *
 * <p>A tree whose size is not a power of two has right-edge nodes that no storage holds: they
 * are computed here from the complete subtrees that make them up. A proof therefore needs at
 * most {@code 2 log2(n)} node reads, and never more than the proof plus that right edge.
 * Stateless and thread-safe (as thread-safe as the reader passed in).
 */
public final class ProofBuilder {
    private ProofBuilder() {
    }

    /**
     * The inclusion proof of leaf {@code index} in the tree of {@code size} leaves, leaf side
     * first. Every returned array is a fresh copy.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < size}
     */
    public static List<byte[]> inclusionProof(long index, long size, NodeReader reader) {
        Objects.requireNonNull(reader, "reader is null");
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " is not below tree size " + size);
        }
        List<byte[]> proof = new ArrayList<>(64);
        appendPath(index, 0, size, reader, proof);
        return Collections.unmodifiableList(proof);
    }

    /**
     * The consistency proof from the tree of {@code size1} leaves to its extension of
     * {@code size2} leaves. Empty when the sizes are equal.
     *
     * @throws IllegalArgumentException unless {@code 0 < size1 <= size2}: a proof from the empty
     *     tree proves nothing, and RFC 9162 defines none
     */
    public static List<byte[]> consistencyProof(long size1, long size2, NodeReader reader) {
        Objects.requireNonNull(reader, "reader is null");
        if (size1 <= 0 || size2 < size1) {
            throw new IllegalArgumentException(
                    "a consistency proof needs 0 < size1 <= size2, was: " + size1 + " to " + size2);
        }
        if (size1 == size2) {
            return List.of();
        }
        // The old tree's rightmost complete subtree is the node both trees share last; the
        // proof is that node (unless it is the whole old tree, which the verifier already holds)
        // followed by its inclusion path in the new tree.
        int level = Long.numberOfTrailingZeros(size1);
        long index = (size1 - 1) >>> level;
        List<byte[]> proof = new ArrayList<>(64);
        if (index != 0) {
            proof.add(reader.node(level, index).clone());
        }
        appendPath(index, level, size2, reader, proof);
        return Collections.unmodifiableList(proof);
    }

    /** The root hash of the tree of {@code size} leaves ({@link MerkleHasher#emptyRoot()} for 0). */
    public static byte[] rootHash(long size, NodeReader reader) {
        Objects.requireNonNull(reader, "reader is null");
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative, was: " + size);
        }
        return rangeRoot(0, size, reader);
    }

    /**
     * Appends the siblings on the path from node ({@code baseLevel}, {@code index}) to the root of
     * the tree of {@code size} leaves. Below the level where the path meets the tree's right edge
     * (the "inner" part) there is a sibling at every level, and only the highest of them can be
     * an incomplete right-edge node; above it (the "border") only left siblings exist.
     */
    private static void appendPath(long index, int baseLevel, long size, NodeReader reader, List<byte[]> out) {
        long last = (size - 1) >>> baseLevel;
        int inner = 64 - Long.numberOfLeadingZeros(index ^ last);
        for (int i = 0; i < inner; i++) {
            int level = baseLevel + i;
            long sibling = (index >>> i) ^ 1;
            boolean siblingIsRight = ((index >>> i) & 1) == 0;
            long siblingEnd = (sibling + 1) << level;
            if (siblingIsRight && siblingEnd > size) {
                out.add(rangeRoot(sibling << level, size, reader));
            } else {
                out.add(reader.node(level, sibling).clone());
            }
        }
        for (int i = inner; (index >>> i) != 0; i++) {
            if (((index >>> i) & 1) == 1) {
                out.add(reader.node(baseLevel + i, (index >>> i) - 1).clone());
            }
        }
    }

    /**
     * The RFC 9162 hash of leaves {@code [start, end)}, where {@code start} is a multiple of a
     * power of two larger than the width: the range splits into complete subtrees, one per set
     * bit of the width, largest on the left, and folds from the right.
     */
    static byte[] rangeRoot(long start, long end, NodeReader reader) {
        long width = end - start;
        if (width == 0) {
            return MerkleHasher.emptyRoot();
        }
        byte[] root = null;
        long position = end;
        for (int level = 0; level < 63; level++) {
            if (((width >>> level) & 1) == 0) {
                continue;
            }
            position -= 1L << level;
            byte[] node = reader.node(level, position >>> level);
            root = root == null ? node.clone() : MerkleHasher.nodeHash(node, root);
        }
        return root;
    }
}
