package org.pacta.log.tiles;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Integrator#integrate}: the new tree size and root, and every hash tile
 * that was created or grew, full or partial, ordered by level then index. Storing these tiles
 * (and the entry bundles) is all it takes to serve the new tree.
 */
public record Integration(long size, byte[] rootHash, List<Tile> tiles) {
    public Integration {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative, was: " + size);
        }
        Objects.requireNonNull(rootHash, "root hash is null");
        if (rootHash.length != HASH_SIZE) {
            throw new IllegalArgumentException("root hash must be 32 bytes, is " + rootHash.length);
        }
        rootHash = rootHash.clone();
        tiles = List.copyOf(tiles);
    }

    /** A copy of the root hash. */
    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Integration that && that.size == size
                && java.util.Arrays.equals(that.rootHash, rootHash) && that.tiles.equals(tiles);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + java.util.Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "Integration[size=" + size + ", root=" + HexFormat.of().formatHex(rootHash) + ", tiles=" + tiles + "]";
    }
}
