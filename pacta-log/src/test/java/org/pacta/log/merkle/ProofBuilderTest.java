package org.pacta.log.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pacta.log.merkle.TestTrees.hex;
import static org.pacta.log.merkle.TestTrees.hexList;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProofBuilderTest {
    private static final List<byte[]> EIGHT = TestTrees.leafHashes(TestTrees.EIGHT_LEAF_INPUTS);
    private static final NodeReader EIGHT_READER = TestTrees.reader(EIGHT);

    // Roots of the standard tree by size: transparency-dev/merkle testonly/constants.go L66-76 (research §1.4).
    @ParameterizedTest
    @CsvSource({
        "0, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    })
    void rootHash_eightLeafTree(int size, String root) {
        assertThat(hex(ProofBuilder.rootHash(size, EIGHT_READER))).isEqualTo(root);
        assertThat(hex(TestTrees.naiveRoot(EIGHT.subList(0, size)))).isEqualTo(root);
    }

    // Inclusion proofs: transparency-dev/merkle cmd/proofgen L48-68, 0-based (research §1.5).
    @ParameterizedTest
    @CsvSource({
        "0, 8, 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        "5, 8, bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0 d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "2, 3, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "1, 5, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    })
    void inclusionProof_eightLeafTree_matchesPublishedProof(long index, long size, String proof) {
        assertThat(hexList(ProofBuilder.inclusionProof(index, size, EIGHT_READER))).containsExactly(proof.split(" "));
    }

    // Consistency proofs: transparency-dev/merkle cmd/proofgen L70-91 (research §1.6).
    @ParameterizedTest
    @CsvSource({
        "1, 8, 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        "6, 8, 0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0 d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "2, 5, 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "6, 7, 0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    })
    void consistencyProof_eightLeafTree_matchesPublishedProof(long size1, long size2, String proof) {
        assertThat(hexList(ProofBuilder.consistencyProof(size1, size2, EIGHT_READER))).containsExactly(proof.split(" "));
    }

    /** The 15 entries of Tessera's testdata/log (research §2.4), and proofs derived there from them. */
    static final List<String> TESSERA_ENTRIES = List.of("one", "two", "three", "four", "five", "six", "seven", "eit",
            "nain", "ten", "ileven", "twelf", "threeten", "fourten", "fivten");

    @Test
    void proofs_tesseraEntries_matchResearchDerivedVectors() {
        List<byte[]> leaves = TESSERA_ENTRIES.stream()
                .map(entry -> MerkleHasher.leafHash(entry.getBytes(StandardCharsets.UTF_8))).toList();
        NodeReader reader = TestTrees.reader(leaves);

        assertThat(hex(leaves.get(0))).isEqualTo("d0d7360ab79f58ab1e1e3fe64ad77e2ea0bc07e36b5f46ed2223edd9298df9e9");
        assertThat(hex(ProofBuilder.rootHash(15, reader))).isEqualTo("aca6c38a90af86e5f5199ee0e4105ef2c03a05b27b8daff59e4e36eefdfcddcb");
        assertThat(hexList(ProofBuilder.inclusionProof(0, 15, reader))).containsExactly(
                "ab1ab7f07c7c8fe0eff4ba6faa53c7e4412e91a599153e8aa4e01beece5b7825",
                "167eb1643f6c3d628bc200a8faa64b300a85961d0c31fe72b4ce798e18c2a663",
                "8346687985ad215f10f22fb80a682a3e706f1f68a5d74ee5c8281342cc81ec7e",
                "e632e9a93823b010d2117e928198919db4cc753b9177c6d0e6d4ac00ec5ed0ab");
        assertThat(hex(leaves.get(14))).isEqualTo("3786dc18e75f450d499f119c1eaee20dd8293f21fc9d08714a18d72b1cd60eb5");
        assertThat(hexList(ProofBuilder.inclusionProof(14, 15, reader))).containsExactly(
                "1a252d54fd17848699fdf97b45e30b830fbd614b63140b7c91a4dd7ce7b6bbf2",
                "ddc1510adc875710144ee805c91828df479f6e5f815717534032068391fad520",
                "6c2f95c2fac96da94d5637e4748f24520b3b989a17aea897084edb8270f6f296");
        assertThat(hex(ProofBuilder.rootHash(3, reader))).isEqualTo("5aac771c899ac292e74bf1afe2e6e302f8b55883b2d1bf197b46a6bea6dabca9");
        assertThat(hexList(ProofBuilder.consistencyProof(3, 15, reader))).containsExactly(
                "671f146c5e471e8a1a83a3c214ce4ba907b8f3a5888d14cc8cd3ce75bb12ef94",
                "f715ab3faa5d071e6e2ac4bb994d5bf735943dcc3799da0d085e7980cfb9336a",
                "4f55f619d9215235778b2b9f17d6f4915b16171214d152381293669764de722e",
                "8346687985ad215f10f22fb80a682a3e706f1f68a5d74ee5c8281342cc81ec7e",
                "e632e9a93823b010d2117e928198919db4cc753b9177c6d0e6d4ac00ec5ed0ab");
        assertThat(hexList(ProofBuilder.consistencyProof(8, 15, reader)))
                .containsExactly("e632e9a93823b010d2117e928198919db4cc753b9177c6d0e6d4ac00ec5ed0ab");
    }

    @Test
    void inclusionProof_everyIndexOfEverySizeTo80_verifiesAgainstNaiveRoot() {
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(80);
        NodeReader reader = TestTrees.reader(leaves);
        int checked = 0;
        for (int size = 1; size <= 80; size++) {
            byte[] root = TestTrees.naiveRoot(leaves, 0, size);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = ProofBuilder.inclusionProof(index, size, reader);
                ProofVerifier.verifyInclusion(index, size, leaves.get(index), proof, root);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(80 * 81 / 2);
    }

    @Test
    void consistencyProof_everyPairOfSizesTo70_verifiesAgainstNaiveRoots() {
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(70);
        NodeReader reader = TestTrees.reader(leaves);
        List<byte[]> roots = new ArrayList<>();
        for (int size = 0; size <= 70; size++) {
            roots.add(TestTrees.naiveRoot(leaves, 0, size));
        }
        for (int size1 = 1; size1 <= 70; size1++) {
            for (int size2 = size1; size2 <= 70; size2++) {
                List<byte[]> proof = ProofBuilder.consistencyProof(size1, size2, reader);
                ProofVerifier.verifyConsistency(size1, size2, roots.get(size1), roots.get(size2), proof);
            }
        }
    }

    @Test
    void proofs_randomPairsInLargerTree_verify() {
        int count = 3000;
        List<byte[]> leaves = TestTrees.syntheticLeafHashes(count);
        NodeReader reader = TestTrees.reader(leaves);
        Random random = new Random(9162);
        for (int i = 0; i < 300; i++) {
            int size2 = 1 + random.nextInt(count);
            int size1 = 1 + random.nextInt(size2);
            int index = random.nextInt(size2);
            byte[] root2 = ProofBuilder.rootHash(size2, reader);
            assertThat(root2).isEqualTo(TestTrees.naiveRoot(leaves, 0, size2));
            ProofVerifier.verifyInclusion(index, size2, leaves.get(index), ProofBuilder.inclusionProof(index, size2, reader), root2);
            ProofVerifier.verifyConsistency(size1, size2, ProofBuilder.rootHash(size1, reader), root2,
                    ProofBuilder.consistencyProof(size1, size2, reader));
        }
    }

    @Test
    void inclusionProof_indexNotBelowSize() {
        assertThatThrownBy(() -> ProofBuilder.inclusionProof(8, 8, EIGHT_READER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leaf index 8 is not below tree size 8");
    }

    @Test
    void consistencyProof_fromEmptyTree() {
        assertThatThrownBy(() -> ProofBuilder.consistencyProof(0, 8, EIGHT_READER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < size1 <= size2");
    }

    @Test
    void consistencyProof_equalSizes_isEmpty() {
        assertThat(ProofBuilder.consistencyProof(5, 5, EIGHT_READER)).isEmpty();
    }

    @Test
    void inclusionProof_returnsCopies_readerStaysIntact() {
        List<byte[]> proof = ProofBuilder.inclusionProof(0, 8, EIGHT_READER);
        proof.get(0)[0] ^= 1;

        assertThat(hex(EIGHT_READER.node(0, 1))).startsWith("96a296d2");
    }
}
