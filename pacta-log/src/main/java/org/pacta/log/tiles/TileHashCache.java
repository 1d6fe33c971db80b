package org.pacta.log.tiles;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pacta.log.merkle.MerkleHasher;

/**
 * Keeps the interior hashes of full tiles (tree heights 1 to 7 inside a tile, 254 hashes, about
 * 8 KB a tile), so that {@link TileNodeReader} answers nodes between stored levels by lookup
 * instead of rehashing up to 127 hashes each. Without it a proof at a million entries rehashes
 * about 500 hashes; with it, nearly none once the tiles are warm.
 *
 * <p>Full tiles never change in an append-only log, so entries never go stale; partial tiles are
 * not cached. One cache serves one log only: keys are tile coordinates. Thread-safe; the least
 * recently used tiles are dropped beyond the capacity.
 */
public final class TileHashCache {
    /** Interior hashes of one full tile: 128 at height 1, 64 at height 2, …, 2 at height 7. */
    static final int INTERIOR_HASHES = TilePath.FULL_WIDTH - 2;

    private final Map<Long, byte[]> tiles;

    /** A cache of at most {@code capacity} tiles (about 8 KB each). */
    public TileHashCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was: " + capacity);
        }
        this.tiles = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Number of tiles held. */
    public synchronized int size() {
        return tiles.size();
    }

    /** The node at {@code height} (1 to 7) and {@code position} (among that height's nodes) of a full tile. */
    byte[] node(int level, long index, byte[] fullTile, int height, int position) {
        byte[] interior = interior(level, index, fullTile);
        int offset = (offset(height) + position) * HASH_SIZE;
        return java.util.Arrays.copyOfRange(interior, offset, offset + HASH_SIZE);
    }

    private byte[] interior(int level, long index, byte[] fullTile) {
        long key = index * 8 + level;
        byte[] interior;
        synchronized (this) {
            interior = tiles.get(key);
        }
        if (interior == null) {
            interior = compute(fullTile);
            synchronized (this) {
                tiles.put(key, interior);
            }
        }
        return interior;
    }

    /** Index of the first node of {@code height} in the interior array. */
    private static int offset(int height) {
        int offset = 0;
        for (int h = 1; h < height; h++) {
            offset += TilePath.FULL_WIDTH >> h;
        }
        return offset;
    }

    private static byte[] compute(byte[] fullTile) {
        byte[] interior = new byte[INTERIOR_HASHES * HASH_SIZE];
        byte[] below = fullTile;
        int belowOffset = 0;
        int out = 0;
        for (int count = TilePath.FULL_WIDTH / 2; count >= 2; count /= 2) {
            int start = out;
            for (int i = 0; i < count; i++) {
                MerkleHasher.nodeHashInto(below, (belowOffset + 2 * i) * HASH_SIZE, below, (belowOffset + 2 * i + 1) * HASH_SIZE,
                        interior, out * HASH_SIZE);
                out++;
            }
            below = interior;
            belowOffset = start;
        }
        return interior;
    }
}
