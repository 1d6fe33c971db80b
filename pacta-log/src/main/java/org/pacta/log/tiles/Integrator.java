package org.pacta.log.tiles;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.pacta.log.merkle.CompactRange;

/**
 * Appends a batch of leaf hashes to a tiled tree and returns the new root and the tiles that
 * changed, in the manner of Tessera's {@code Integrate}: the tree is never held in memory, only
 * its compact range (at most 63 hashes read from the tiles) and the tiles the batch touches.
 * Tiles already full are never read; each partial tile being extended is read once.
 *
 * <p>Stateless and thread-safe. The caller is responsible for appending to one tree from one
 * place at a time and for storing the returned tiles before publishing a checkpoint of the new
 * size.
 */
public final class Integrator {
    private Integrator() {
    }

    /**
     * Appends {@code leafHashes} (32 bytes each) to the tree of {@code oldSize} whose tiles
     * {@code tiles} reads.
     */
    public static Integration integrate(long oldSize, List<byte[]> leafHashes, TileReader tiles) {
        Objects.requireNonNull(leafHashes, "leaf hashes is null");
        TileNodeReader oldTree = new TileNodeReader(tiles, oldSize);
        CompactRange range = CompactRange.of(oldSize, oldTree);
        TileCollector collector = new TileCollector(oldTree);
        for (byte[] leafHash : leafHashes) {
            range.append(leafHash, collector::visit);
        }
        return new Integration(range.size(), range.rootHash(), collector.tiles());
    }

    /** Gathers the stored-level nodes the new leaves complete into growing tiles. */
    private static final class TileCollector {
        private final TileNodeReader oldTree;
        private final List<Tile> finished = new ArrayList<>();
        private final OpenTile[] open = new OpenTile[8];

        TileCollector(TileNodeReader oldTree) {
            this.oldTree = oldTree;
        }

        void visit(int level, long index, byte[] hash) {
            if (level % TileLayout.TILE_HEIGHT != 0) {
                return;
            }
            int tileLevel = level / TileLayout.TILE_HEIGHT;
            long tileIndex = index / TilePath.FULL_WIDTH;
            int position = (int) (index % TilePath.FULL_WIDTH);
            OpenTile tile = open[tileLevel];
            if (tile == null || tile.index != tileIndex) {
                if (tile != null) {
                    finished.add(tile.toTile());
                }
                tile = new OpenTile(tileLevel, tileIndex);
                if (position != 0) {
                    // Nodes arrive in index order, so the first one lands right after the old
                    // tree's partial tile: carry that tile's hashes over.
                    System.arraycopy(oldTree.tile(tileLevel, tileIndex), 0, tile.bytes, 0, position * HASH_SIZE);
                    tile.width = position;
                }
                open[tileLevel] = tile;
            }
            if (tile.width != position) {
                throw new IllegalStateException("tile level " + tileLevel + " expected node " + tile.width + ", got " + position);
            }
            System.arraycopy(hash, 0, tile.bytes, position * HASH_SIZE, HASH_SIZE);
            tile.width++;
        }

        List<Tile> tiles() {
            List<Tile> all = new ArrayList<>(finished);
            for (OpenTile tile : open) {
                if (tile != null) {
                    all.add(tile.toTile());
                }
            }
            all.sort(Comparator.comparingInt((Tile t) -> t.path().level()).thenComparingLong(t -> t.path().index()));
            return all;
        }
    }

    private static final class OpenTile {
        final int level;
        final long index;
        final byte[] bytes = new byte[TilePath.FULL_WIDTH * HASH_SIZE];
        int width;

        OpenTile(int level, long index) {
            this.level = level;
            this.index = index;
        }

        Tile toTile() {
            return new Tile(new TilePath.Hashes(level, index, width), java.util.Arrays.copyOf(bytes, width * HASH_SIZE));
        }
    }
}
