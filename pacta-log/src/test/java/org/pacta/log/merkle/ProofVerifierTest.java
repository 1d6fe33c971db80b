package org.pacta.log.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pacta.log.merkle.TestTrees.hex;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.log.VerificationException;

class ProofVerifierTest {
    private static final List<byte[]> EIGHT = TestTrees.leafHashes(TestTrees.EIGHT_LEAF_INPUTS);
    private static final NodeReader READER = TestTrees.reader(EIGHT);
    private static final byte[] ROOT8 = ProofBuilder.rootHash(8, READER);
    private static final byte[] ROOT6 = ProofBuilder.rootHash(6, READER);

    @Test
    void verifyInclusion_wrongRoot_carriesExpectedAndComputedRoots() {
        List<byte[]> proof = ProofBuilder.inclusionProof(5, 8, READER);

        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(5, 8, EIGHT.get(5), proof, ROOT6))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.expectedRoot()).hasValueSatisfying(root -> assertThat(root).isEqualTo(ROOT6));
                    assertThat(e.computedRoot()).hasValueSatisfying(root -> assertThat(root).isEqualTo(ROOT8));
                    assertThat(e.getMessage()).contains(hex(ROOT6)).contains(hex(ROOT8)).doesNotContain("\n");
                });
    }

    @Test
    void verifyInclusion_indexNotBelowSize() {
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(8, 8, EIGHT.get(0), List.of(), ROOT8))
                .isInstanceOf(VerificationException.class)
                .hasMessage("leaf index 8 is not below tree size 8");
    }

    @Test
    void verifyInclusion_trailingHash_rejectedBeforeHashing() {
        List<byte[]> proof = new ArrayList<>(ProofBuilder.inclusionProof(5, 8, READER));
        proof.add(ROOT8);

        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(5, 8, EIGHT.get(5), proof, ROOT8))
                .isInstanceOf(VerificationException.class)
                .hasMessage("inclusion proof for leaf 5 in tree size 8 must hold 3 hashes, holds 4");
    }

    @Test
    void verifyInclusion_shortProofHash() {
        List<byte[]> proof = new ArrayList<>(ProofBuilder.inclusionProof(5, 8, READER));
        proof.set(1, new byte[31]);

        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(5, 8, EIGHT.get(5), proof, ROOT8))
                .isInstanceOf(VerificationException.class)
                .hasMessage("proof hash 1 must be 32 bytes, is 31 bytes");
    }

    @Test
    void verifyInclusion_singleLeafWithEmptyHashes_rejected() {
        // The strictness case of transparency-dev/merkle inclusion/single-entry/empty-root-and-leaf.json.
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(0, 1, new byte[0], List.of(), new byte[0]))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void verifyConsistency_zeroToZero_rejected() {
        byte[] empty = MerkleHasher.emptyRoot();

        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(0, 0, empty, empty, List.of()))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("from the empty tree");
    }

    @Test
    void verifyConsistency_shrinkingTree() {
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(8, 6, ROOT8, ROOT6, List.of()))
                .isInstanceOf(VerificationException.class)
                .hasMessage("tree size cannot shrink: consistency from 8 to 6");
    }

    @Test
    void verifyConsistency_equalSizesDifferentRoots_carriesRoots() {
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(8, 8, ROOT8, ROOT6, List.of()))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.computedRoot()).hasValueSatisfying(root -> assertThat(root).isEqualTo(ROOT6)));
    }

    @Test
    void verifyConsistency_equalSizesNonEmptyProof() {
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(8, 8, ROOT8, ROOT8, List.of(ROOT8)))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("must be empty");
    }

    @Test
    void verifyConsistency_equalSizesEqualRoots_accepted() {
        ProofVerifier.verifyConsistency(8, 8, ROOT8, ROOT8, List.of());
    }

    @Test
    void verifyConsistency_emptyProofBetweenDifferentSizes() {
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(6, 8, ROOT6, ROOT8, List.of()))
                .isInstanceOf(VerificationException.class)
                .hasMessage("consistency proof from size 6 to 8 must hold 3 hashes, holds 0");
    }

    @Test
    void verifyConsistency_wrongFirstRoot_namesFirstRoot() {
        List<byte[]> proof = ProofBuilder.consistencyProof(6, 8, READER);
        byte[] wrong = ROOT8.clone();

        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(6, 8, wrong, ROOT8, proof))
                .isInstanceOf(VerificationException.class)
                .hasMessageStartingWith("consistency proof from size 6 does not lead to the first root");
    }

    @Test
    void verifyConsistency_everyFlippedBit_rejected() {
        List<byte[]> proof = ProofBuilder.consistencyProof(6, 8, READER);
        for (int hash = 0; hash < proof.size(); hash++) {
            for (int bit = 0; bit < 256; bit += 37) {
                List<byte[]> tampered = new ArrayList<>();
                proof.forEach(p -> tampered.add(p.clone()));
                tampered.get(hash)[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThatThrownBy(() -> ProofVerifier.verifyConsistency(6, 8, ROOT6, ROOT8, tampered))
                        .isInstanceOf(VerificationException.class);
            }
        }
    }
}
