package org.pacta.log.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pacta.log.merkle.TestTrees.hex;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleHasherTest {
    // Unit vectors of transparency-dev/merkle rfc6962/rfc6962_test.go L34-58 (research §1.1).

    @Test
    void emptyRoot_isSha256OfNothing() {
        assertThat(hex(MerkleHasher.emptyRoot())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leafHash_emptyEntry_differsFromEmptyRoot() {
        assertThat(hex(MerkleHasher.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void leafHash_knownEntry() {
        assertThat(hex(MerkleHasher.leafHash("L123456".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
    }

    @Test
    void leafHash_goSumdbRecordHash() {
        // golang/mod sumdb/tlog/note_test.go L15: RecordHash("hello world").
        assertThat(Base64.getEncoder().encodeToString(MerkleHasher.leafHash("hello world".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=");
    }

    @Test
    void leafHash_slice_equalsCopy() {
        byte[] framed = "xxL123456yy".getBytes(StandardCharsets.US_ASCII);

        assertThat(MerkleHasher.leafHash(framed, 2, 7)).isEqualTo(MerkleHasher.leafHash("L123456".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void nodeHash_firstTwoLeavesOfEightLeafTree() {
        // transparency-dev/merkle testonly/constants.go: leaves L41-42 and their parent L50 (research §1.4).
        byte[] left = hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        byte[] right = MerkleHasher.leafHash(hex("00"));

        assertThat(hex(right)).startsWith("96a296d2");
        assertThat(hex(MerkleHasher.nodeHash(left, right)))
                .isEqualTo("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
    }

    @Test
    void nodeHashInto_outputOverlappingInput_equalsNodeHash() {
        byte[] left = MerkleHasher.leafHash(new byte[] {1});
        byte[] right = MerkleHasher.leafHash(new byte[] {2});
        byte[] expected = MerkleHasher.nodeHash(left, right);

        MerkleHasher.nodeHashInto(left, 0, right, 0, right, 0);

        assertThat(right).isEqualTo(expected);
    }

    @Test
    void perfectSubtreeRoot_matchesNaiveRoot() {
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(128);
        byte[] packed = new byte[128 * 32];
        for (int i = 0; i < 128; i++) {
            System.arraycopy(leaves.get(i), 0, packed, i * 32, 32);
        }

        for (int width = 1; width <= 64; width *= 2) {
            assertThat(MerkleHasher.perfectSubtreeRoot(packed, 64 * 32, width))
                    .isEqualTo(TestTrees.naiveRoot(leaves, 64, 64 + width));
        }
    }

    @Test
    void perfectSubtreeRoot_widthNotPowerOfTwo() {
        assertThatThrownBy(() -> MerkleHasher.perfectSubtreeRoot(new byte[96], 0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of two");
    }
}
