package org.pacta.log.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.log.merkle.NodeReader;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.merkle.TestTrees;

class TileNodeReaderTest {
    private static final int SIZE = 70_000;
    private static final List<byte[]> LEAVES = TestTrees.syntheticLeafHashes(SIZE);
    private static final NodeReader REFERENCE = TestTrees.reader(LEAVES);
    private static final InMemoryTileStore STORE = store();

    @Test
    void node_everyHeightInFullAndPartialTiles_matchesReference() {
        TileHashCache cache = new TileHashCache(16);
        for (int level = 0; level < 17; level++) {
            long count = SIZE >>> level;
            for (long index : new long[] {0, 1, count / 2, count - 2, count - 1}) {
                if (index < 0 || index >= count) {
                    continue;
                }
                byte[] expected = REFERENCE.node(level, index);
                assertThat(new TileNodeReader(STORE, SIZE).node(level, index)).as("(%d, %d)", level, index).isEqualTo(expected);
                assertThat(new TileNodeReader(STORE, SIZE, cache).node(level, index)).as("cached (%d, %d)", level, index).isEqualTo(expected);
            }
        }
        assertThat(cache.size()).isBetween(1, 16);
    }

    @Test
    void inclusionProof_withSharedCache_equalsUncached() {
        TileHashCache cache = new TileHashCache(1024);
        for (long index = 0; index < SIZE; index += 997) {
            List<byte[]> cached = ProofBuilder.inclusionProof(index, SIZE, new TileNodeReader(STORE, SIZE, cache));
            List<byte[]> uncached = ProofBuilder.inclusionProof(index, SIZE, new TileNodeReader(STORE, SIZE));
            assertThat(TestTrees.sameHashes(cached, uncached)).as("index %d", index).isTrue();
        }
    }

    @Test
    void node_notCompleteInTree() {
        assertThatThrownBy(() -> new TileNodeReader(STORE, SIZE).node(8, 273))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node (8, 273) is not complete in a tree of size 70000");
    }

    private static InMemoryTileStore store() {
        InMemoryTileStore store = new InMemoryTileStore();
        store.append(LEAVES);
        return store;
    }
}
