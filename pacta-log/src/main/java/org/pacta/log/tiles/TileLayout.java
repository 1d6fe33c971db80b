package org.pacta.log.tiles;

import java.util.ArrayList;
import java.util.List;

/**
 * Which tiles a tree of a given size has (C2SP tlog-tiles). Tile level L holds the hashes of tree
 * level 8L; a tree of {@code s} leaves has {@code floor(s / 256^L)} hashes there, cut into full
 * tiles of 256 and at most one partial tile holding the rest. Partial tiles are never hashed into
 * the level above. Example (from the spec): size 70,000 has 273 full level-0 tiles and a partial
 * one of width 112, one full level-1 tile and a partial one of width 17, and a level-2 tile of
 * width 1.
 */
public final class TileLayout {
    /** Tree levels per tile level. */
    public static final int TILE_HEIGHT = 8;

    private TileLayout() {
    }

    /** Number of hashes stored at tile {@code level} for a tree of {@code treeSize} leaves. */
    public static long hashCount(int level, long treeSize) {
        checkSize(treeSize);
        int shift = level * TILE_HEIGHT;
        return shift >= 64 ? 0 : treeSize >>> shift;
    }

    /** Width of tile ({@code level}, {@code index}) at {@code treeSize}: 256 when full, 0 when it does not exist yet. */
    public static int width(int level, long index, long treeSize) {
        long remaining = hashCount(level, treeSize) - index * TilePath.FULL_WIDTH;
        return (int) Math.max(0, Math.min(TilePath.FULL_WIDTH, remaining));
    }

    /** The hash tile holding tree node ({@code TILE_HEIGHT * level}, {@code nodeIndex}) at {@code treeSize}. */
    public static TilePath.Hashes tileFor(int level, long nodeIndex, long treeSize) {
        long tileIndex = nodeIndex / TilePath.FULL_WIDTH;
        int width = width(level, tileIndex, treeSize);
        if (width == 0 || nodeIndex >= hashCount(level, treeSize)) {
            throw new IllegalArgumentException("node " + nodeIndex + " at tile level " + level
                    + " does not exist in a tree of size " + treeSize);
        }
        return new TilePath.Hashes(level, tileIndex, width);
    }

    /** Every hash tile of a tree of {@code treeSize}, by level then index; none for the empty tree. */
    public static List<TilePath.Hashes> hashTiles(long treeSize) {
        List<TilePath.Hashes> tiles = new ArrayList<>();
        for (int level = 0; hashCount(level, treeSize) > 0; level++) {
            long count = hashCount(level, treeSize);
            for (long index = 0; index * TilePath.FULL_WIDTH < count; index++) {
                tiles.add(new TilePath.Hashes(level, index, width(level, index, treeSize)));
            }
        }
        return tiles;
    }

    /** The partial hash tiles of a tree of {@code treeSize}, at most one per level, lowest level first. */
    public static List<TilePath.Hashes> partialTiles(long treeSize) {
        List<TilePath.Hashes> tiles = new ArrayList<>();
        for (int level = 0; hashCount(level, treeSize) > 0; level++) {
            long count = hashCount(level, treeSize);
            if (count % TilePath.FULL_WIDTH != 0) {
                tiles.add(new TilePath.Hashes(level, count / TilePath.FULL_WIDTH, (int) (count % TilePath.FULL_WIDTH)));
            }
        }
        return tiles;
    }

    /** Every entry bundle of a log of {@code treeSize} entries. */
    public static List<TilePath.Entries> entryBundles(long treeSize) {
        checkSize(treeSize);
        List<TilePath.Entries> bundles = new ArrayList<>();
        for (long index = 0; index * TilePath.FULL_WIDTH < treeSize; index++) {
            bundles.add(new TilePath.Entries(index, width(0, index, treeSize)));
        }
        return bundles;
    }

    private static void checkSize(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative, was: " + treeSize);
        }
    }
}
