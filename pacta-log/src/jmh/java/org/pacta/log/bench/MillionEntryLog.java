package org.pacta.log.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.tiles.InMemoryTileStore;

/** Builds the benchmarks' log: 1,000,000 synthetic entries integrated into in-memory tiles. */
final class MillionEntryLog {
    static final int SIZE = 1_000_000;

    private MillionEntryLog() {
    }

    static byte[] leafHash(long index) {
        return MerkleHasher.leafHash(("pacta benchmark entry " + index).getBytes(StandardCharsets.UTF_8));
    }

    static InMemoryTileStore build() {
        InMemoryTileStore store = new InMemoryTileStore();
        int batch = 4096;
        for (int start = 0; start < SIZE; start += batch) {
            List<byte[]> leaves = new ArrayList<>(batch);
            for (int i = start; i < Math.min(SIZE, start + batch); i++) {
                leaves.add(leafHash(i));
            }
            store.append(leaves);
        }
        return store;
    }
}
