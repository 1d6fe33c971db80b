package org.pacta.log.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactRangeTest {
    @Test
    void append_eachSizeTo300_rootEqualsNaiveRoot() {
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(300);
        CompactRange range = CompactRange.empty();
        assertThat(range.rootHash()).isEqualTo(MerkleHasher.emptyRoot());
        for (int size = 1; size <= 300; size++) {
            range.append(leaves.get(size - 1), NodeVisitor.NONE);
            assertThat(range.size()).isEqualTo(size);
            assertThat(range.nodes()).hasSize(Long.bitCount(size));
            assertThat(range.rootHash()).as("size %d", size).isEqualTo(TestTrees.naiveRoot(leaves, 0, size));
        }
    }

    @Test
    void append_visitsEveryCompletedNodeOnce_withItsHash() {
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(37);
        NodeReader reference = TestTrees.reader(leaves);
        List<long[]> visited = new ArrayList<>();
        CompactRange range = CompactRange.empty();
        for (byte[] leaf : leaves) {
            range.append(leaf, (level, index, hash) -> {
                assertThat(hash).isEqualTo(reference.node(level, index));
                visited.add(new long[] {level, index});
            });
        }
        // A tree of 37 leaves has 37 + 18 + 9 + 4 + 2 + 1 complete nodes.
        assertThat(visited).hasSize(71);
    }

    @Test
    void of_readerAtSize_continuesLikeTheOriginal() {
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(100);
        NodeReader reader = TestTrees.reader(leaves.subList(0, 45));
        CompactRange resumed = CompactRange.of(45, reader);
        CompactRange copied = CompactRange.of(45, resumed.nodes());

        for (int i = 45; i < 100; i++) {
            resumed.append(leaves.get(i), NodeVisitor.NONE);
            copied.append(leaves.get(i), NodeVisitor.NONE);
        }

        assertThat(resumed.rootHash()).isEqualTo(TestTrees.naiveRoot(leaves)).isEqualTo(copied.rootHash());
    }

    @Test
    void of_wrongNodeCount() {
        assertThatThrownBy(() -> CompactRange.of(5, List.of(new byte[32])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a compact range of size 5 has 2 nodes, not 1");
    }

    @Test
    void append_shortLeafHash() {
        assertThatThrownBy(() -> CompactRange.empty().append(new byte[31], NodeVisitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }
}
