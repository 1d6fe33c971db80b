package org.pacta.log.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.NodeReader;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.merkle.TestTrees;

class IntegratorTest {
    @Test
    void integrate_sizes1To600InVaryingBatches_matchesNaiveTreeAndTiles() {
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(600);
        NodeReader reference = TestTrees.reader(leaves);
        InMemoryTileStore store = new InMemoryTileStore();
        int[] batchSizes = {1, 2, 3, 1, 7, 16, 5, 1, 31, 64, 1, 100, 255, 2, 13};
        int size = 0;
        for (int step = 0; size < 600; step++) {
            int batch = Math.min(batchSizes[step % batchSizes.length], 600 - size);
            int oldSize = size;
            Integration integration = store.append(leaves.subList(size, size + batch));
            size += batch;

            assertThat(integration.size()).isEqualTo(size);
            assertThat(integration.rootHash()).as("root at %d", size).isEqualTo(TestTrees.naiveRoot(leaves, 0, size));
            assertThat(integration.tiles()).as("tiles changed from %d to %d", oldSize, size)
                    .isEqualTo(expectedChangedTiles(oldSize, size, reference));
        }
        assertThat(store.size()).isEqualTo(600);
    }

    @Test
    void integrate_70000Leaves_partialWidths112And17And1_andProofsFromTiles() {
        int total = 70_000;
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(total);
        NodeReader reference = TestTrees.reader(leaves);
        InMemoryTileStore store = new InMemoryTileStore();
        Random random = new Random(70_000);
        Integration last = null;
        int readsBefore;
        int maxReads = 0;
        java.util.Set<TilePath.Hashes> written = new java.util.HashSet<>();
        for (int size = 0; size < total; ) {
            int batch = Math.min(1 + random.nextInt(3000), total - size);
            readsBefore = store.reads();
            last = store.append(leaves.subList(size, size + batch));
            maxReads = Math.max(maxReads, store.reads() - readsBefore);
            last.tiles().forEach(tile -> written.add(tile.path()));
            size += batch;
        }

        assertThat(last.rootHash()).isEqualTo(ProofBuilder.rootHash(total, reference));
        assertThat(written).contains(
                new TilePath.Hashes(0, 273, 112), new TilePath.Hashes(1, 1, 17), new TilePath.Hashes(2, 0, 1));
        // Only the compact range and the partial tiles being extended are read: a few per level.
        assertThat(maxReads).isLessThanOrEqualTo(6);
        TileNodeReader tiles = new TileNodeReader(store, total);
        assertThat(ProofBuilder.rootHash(total, tiles)).isEqualTo(last.rootHash());
        for (long index : new long[] {0, 1, 255, 256, 65_535, 65_536, 69_887, 69_888, 69_999}) {
            List<byte[]> proof = ProofBuilder.inclusionProof(index, total, new TileNodeReader(store, total));
            assertThat(TestTrees.sameHashes(proof, ProofBuilder.inclusionProof(index, total, reference))).isTrue();
            ProofVerifier.verifyInclusion(index, total, leaves.get((int) index), proof, last.rootHash());
        }
        for (long oldSize : new long[] {1, 256, 4097, 65_536, 69_999}) {
            List<byte[]> proof = ProofBuilder.consistencyProof(oldSize, total, new TileNodeReader(store, total));
            ProofVerifier.verifyConsistency(oldSize, total, ProofBuilder.rootHash(oldSize, reference), last.rootHash(), proof);
        }
    }

    @Test
    void integrate_emptyBatch_changesNothing() {
        InMemoryTileStore store = new InMemoryTileStore();
        store.append(TestTrees.syntheticLeafHashes(10));

        Integration integration = Integrator.integrate(10, List.of(), store);

        assertThat(integration.tiles()).isEmpty();
        assertThat(integration.rootHash()).isEqualTo(store.rootHash());
    }

    @Test
    void integrate_intoEmptyTree_emptyBatch_givesEmptyRoot() {
        Integration integration = Integrator.integrate(0, List.of(), (level, index, width) -> {
            throw new AssertionError("nothing to read");
        });

        assertThat(integration.rootHash()).isEqualTo(MerkleHasher.emptyRoot());
    }

    @Test
    void integrate_storageReturnsShortTile_failsNamingTile() {
        InMemoryTileStore store = new InMemoryTileStore();
        store.append(TestTrees.syntheticLeafHashes(10));

        assertThatThrownBy(() -> Integrator.integrate(10, TestTrees.syntheticLeafHashes(1), (level, index, width) -> new byte[32]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tile/0/000.p/10");
    }

    /** The tiles whose contents differ between sizes, with their contents at the new size, from a reference tree. */
    private static List<Tile> expectedChangedTiles(long oldSize, long newSize, NodeReader reference) {
        List<Tile> tiles = new ArrayList<>();
        for (int level = 0; TileLayout.hashCount(level, newSize) > 0; level++) {
            long oldCount = TileLayout.hashCount(level, oldSize);
            long newCount = TileLayout.hashCount(level, newSize);
            if (newCount == oldCount) {
                continue;
            }
            for (long index = oldCount / 256; index * 256 < newCount; index++) {
                int width = TileLayout.width(level, index, newSize);
                byte[] bytes = new byte[width * HASH_SIZE];
                for (int i = 0; i < width; i++) {
                    System.arraycopy(reference.node(level * 8, index * 256 + i), 0, bytes, i * HASH_SIZE, HASH_SIZE);
                }
                tiles.add(new Tile(new TilePath.Hashes(level, index, width), bytes));
            }
        }
        return tiles;
    }
}
