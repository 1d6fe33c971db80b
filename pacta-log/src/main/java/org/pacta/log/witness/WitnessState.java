package org.pacta.log.witness;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** What a witness remembers of one log: the size and root of the latest checkpoint it cosigned. */
public record WitnessState(String origin, long size, byte[] rootHash) {
    public WitnessState {
        Objects.requireNonNull(origin, "origin is null");
        Objects.requireNonNull(rootHash, "root hash is null");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was: " + size);
        }
        if (rootHash.length != HASH_SIZE) {
            throw new IllegalArgumentException("root hash must be 32 bytes, is " + rootHash.length);
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WitnessState that && that.origin.equals(origin) && that.size == size
                && Arrays.equals(that.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "WitnessState[" + origin + " size " + size + " root " + HexFormat.of().formatHex(rootHash) + "]";
    }
}
