package org.pacta.log.tiles;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written tile store for tests and benchmarks: keeps the latest version of each hash tile
 * and grows by {@link Integrator}. Serving a narrower width than stored is allowed by the
 * {@link TileReader} contract, so only the widest version is kept.
 */
public final class InMemoryTileStore implements TileReader {
    private final Map<Long, byte[]>[] levels;
    private long size;
    private byte[] root = org.pacta.log.merkle.MerkleHasher.emptyRoot();
    private int reads;

    @SuppressWarnings("unchecked")
    public InMemoryTileStore() {
        levels = new Map[8];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new HashMap<>();
        }
    }

    /** Appends leaf hashes, storing the changed tiles; returns the integration. */
    public Integration append(List<byte[]> leafHashes) {
        Integration integration = Integrator.integrate(size, leafHashes, this);
        for (Tile tile : integration.tiles()) {
            levels[tile.path().level()].put(tile.path().index(), tile.hashes());
        }
        size = integration.size();
        root = integration.rootHash();
        return integration;
    }

    @Override
    public byte[] readTile(int level, long index, int width) {
        reads++;
        byte[] tile = levels[level].get(index);
        if (tile == null || tile.length < width * HASH_SIZE) {
            throw new IllegalStateException("no tile " + new TilePath.Hashes(level, index, width).path());
        }
        return tile;
    }

    public long size() {
        return size;
    }

    public byte[] rootHash() {
        return root.clone();
    }

    /** How many times a tile was read, to check that integration reads little. */
    public int reads() {
        return reads;
    }

    /** Number of stored tiles across levels. */
    public int tileCount() {
        int count = 0;
        for (Map<Long, byte[]> level : levels) {
            count += level.size();
        }
        return count;
    }
}
