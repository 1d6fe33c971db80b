package org.pacta.log.tiles;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.NodeReader;

/**
 * Answers {@link NodeReader} from the hash tiles of a tree of a fixed size, so storage only keeps
 * tiles. A node on a tree level that tiles store (a multiple of 8) is read directly; a node in
 * between is rehashed from the at most 128 hashes below it in the same tile, as Go's sumdb does.
 *
 * <p>Each tile is read at most once per instance and then kept, so make one instance per request
 * (a proof touches a handful of tiles). Not thread-safe.
 */
public final class TileNodeReader implements NodeReader {
    private final TileReader tiles;
    private final long treeSize;
    /** Absent (null) when every in-between node is rehashed. */
    private final TileHashCache interiorCache;
    private final Map<Long, byte[]> cache = new HashMap<>();

    /** A reader that rehashes nodes between stored levels each time. */
    public TileNodeReader(TileReader tiles, long treeSize) {
        this(tiles, treeSize, (TileHashCache) null, true);
    }

    /**
     * A reader that takes the interior hashes of full tiles from {@code interiorCache}, shared
     * across requests of the same log.
     */
    public TileNodeReader(TileReader tiles, long treeSize, TileHashCache interiorCache) {
        this(tiles, treeSize, Objects.requireNonNull(interiorCache, "interior cache is null"), true);
    }

    private TileNodeReader(TileReader tiles, long treeSize, TileHashCache interiorCache, boolean checked) {
        this.interiorCache = interiorCache;
        this.tiles = Objects.requireNonNull(tiles, "tiles is null");
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative, was: " + treeSize);
        }
        this.treeSize = treeSize;
    }

    /** The size of the tree this reader serves. */
    public long treeSize() {
        return treeSize;
    }

    @Override
    public byte[] node(int level, long index) {
        int tileLevel = level / TileLayout.TILE_HEIGHT;
        int height = level % TileLayout.TILE_HEIGHT;
        long first = index << height;
        long tileIndex = first / TilePath.FULL_WIDTH;
        int offset = (int) (first % TilePath.FULL_WIDTH);
        int count = 1 << height;
        byte[] tile = tile(tileLevel, tileIndex);
        if ((offset + count) * HASH_SIZE > tile.length) {
            throw new IllegalArgumentException("node (" + level + ", " + index + ") is not complete in a tree of size " + treeSize);
        }
        if (count == 1) {
            return Arrays.copyOfRange(tile, offset * HASH_SIZE, (offset + 1) * HASH_SIZE);
        }
        if (interiorCache != null && tile.length == TilePath.FULL_WIDTH * HASH_SIZE) {
            return interiorCache.node(tileLevel, tileIndex, tile, height, offset >> height);
        }
        return MerkleHasher.perfectSubtreeRoot(tile, offset * HASH_SIZE, count);
    }

    /** The hashes of tile ({@code tileLevel}, {@code tileIndex}) at this tree size, exactly its width long. */
    byte[] tile(int tileLevel, long tileIndex) {
        long key = tileIndex * 8 + tileLevel;
        byte[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        int width = TileLayout.width(tileLevel, tileIndex, treeSize);
        if (width == 0) {
            throw new IllegalArgumentException("tile (" + tileLevel + ", " + tileIndex + ") does not exist in a tree of size " + treeSize);
        }
        byte[] read = tiles.readTile(tileLevel, tileIndex, width);
        if (read == null || read.length < width * HASH_SIZE) {
            throw new IllegalStateException("storage returned " + (read == null ? "nothing" : read.length + " bytes")
                    + " for " + new TilePath.Hashes(tileLevel, tileIndex, width).path() + ", which needs " + width * HASH_SIZE);
        }
        byte[] tile = read.length == width * HASH_SIZE ? read : Arrays.copyOf(read, width * HASH_SIZE);
        cache.put(key, tile);
        return tile;
    }
}
