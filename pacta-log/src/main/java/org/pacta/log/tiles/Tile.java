package org.pacta.log.tiles;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.Arrays;
import java.util.Objects;

/** A hash tile's location and its bytes (the concatenated 32-byte hashes), as a log stores and serves it. */
public record Tile(TilePath.Hashes path, byte[] hashes) {
    public Tile {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(hashes, "hashes is null");
        if (hashes.length != path.width() * HASH_SIZE) {
            throw new IllegalArgumentException(path.path() + " must hold " + path.width() * HASH_SIZE
                    + " bytes, holds " + hashes.length);
        }
        hashes = hashes.clone();
    }

    /** A copy of the tile bytes. */
    @Override
    public byte[] hashes() {
        return hashes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tile tile && tile.path.equals(path) && Arrays.equals(tile.hashes, hashes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "Tile[" + path.path() + "]";
    }
}
