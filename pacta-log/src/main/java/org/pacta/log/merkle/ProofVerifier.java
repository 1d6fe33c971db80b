package org.pacta.log.merkle;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import org.pacta.log.VerificationException;

/**
 * Strict verification of RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs.
 *
 * <p>Preconditions are checked before any hashing, as transparency-dev/merkle does: every hash is
 * exactly 32 bytes, {@code index < size}, and the proof has exactly the number of hashes the
 * (index, size) pair calls for, which rejects preceding and trailing garbage. A consistency proof
 * from size 0 is an error, even from 0 to 0; equal sizes need an empty proof and equal roots.
 * Every failure is a {@link VerificationException} with a one-line reason; a root mismatch also
 * carries the expected and the computed root. Stateless and thread-safe.
 */
public final class ProofVerifier {
    private ProofVerifier() {
    }

    /** Checks that {@code proof} places {@code leafHash} at {@code index} in the tree of {@code size} with root {@code rootHash}. */
    public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] rootHash) {
        checkHash("root hash", rootHash);
        byte[] computed = rootFromInclusionProof(index, size, leafHash, proof);
        if (!MessageDigest.isEqual(computed, rootHash)) {
            throw VerificationException.rootMismatch(
                    "inclusion proof for leaf " + index + " in tree size " + size + " does not verify", rootHash, computed);
        }
    }

    /**
     * The root that {@code proof} leads to from {@code leafHash} at {@code index} in a tree of
     * {@code size}, after all the structural checks; useful when the caller compares roots itself.
     */
    public static byte[] rootFromInclusionProof(long index, long size, byte[] leafHash, List<byte[]> proof) {
        Objects.requireNonNull(proof, "proof is null");
        if (index < 0 || index >= size) {
            throw new VerificationException("leaf index " + index + " is not below tree size " + size);
        }
        checkHash("leaf hash", leafHash);
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        int length = inner + Long.bitCount(index >>> inner);
        if (proof.size() != length) {
            throw new VerificationException("inclusion proof for leaf " + index + " in tree size " + size
                    + " must hold " + length + " hashes, holds " + proof.size());
        }
        checkProofHashes(proof);
        byte[] root = leafHash.clone();
        for (int i = 0; i < inner; i++) {
            byte[] sibling = proof.get(i);
            if (((index >>> i) & 1) == 0) {
                MerkleHasher.nodeHashInto(root, 0, sibling, 0, root, 0);
            } else {
                MerkleHasher.nodeHashInto(sibling, 0, root, 0, root, 0);
            }
        }
        for (int i = inner; i < length; i++) {
            MerkleHasher.nodeHashInto(proof.get(i), 0, root, 0, root, 0);
        }
        return root;
    }

    /** Checks that the tree of {@code size2} with {@code root2} extends the tree of {@code size1} with {@code root1}. */
    public static void verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        Objects.requireNonNull(proof, "proof is null");
        checkHash("first root", root1);
        checkHash("second root", root2);
        if (size1 < 0 || size2 < size1) {
            throw new VerificationException("tree size cannot shrink: consistency from " + size1 + " to " + size2);
        }
        if (size1 == 0) {
            throw new VerificationException("a consistency proof from the empty tree proves nothing (size 0 to " + size2 + ")");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new VerificationException("consistency proof between equal sizes " + size1
                        + " must be empty, holds " + proof.size() + " hashes");
            }
            if (!MessageDigest.isEqual(root1, root2)) {
                throw VerificationException.rootMismatch("trees of equal size " + size1 + " have different roots", root1, root2);
            }
            return;
        }
        int level = Long.numberOfTrailingZeros(size1);
        long index = (size1 - 1) >>> level;
        int seeded = index == 0 ? 0 : 1;
        int inner = 64 - Long.numberOfLeadingZeros(index ^ ((size2 - 1) >>> level));
        int length = seeded + inner + Long.bitCount(index >>> inner);
        if (proof.size() != length) {
            throw new VerificationException("consistency proof from size " + size1 + " to " + size2
                    + " must hold " + length + " hashes, holds " + proof.size());
        }
        checkProofHashes(proof);
        // Walk up from the old tree's last complete subtree: right siblings belong only to the new
        // tree, left siblings to both, so one pass rebuilds both roots.
        byte[] old = (seeded == 1 ? proof.get(0) : root1).clone();
        byte[] grown = old.clone();
        for (int i = 0; i < inner; i++) {
            byte[] sibling = proof.get(seeded + i);
            if (((index >>> i) & 1) == 0) {
                MerkleHasher.nodeHashInto(grown, 0, sibling, 0, grown, 0);
            } else {
                MerkleHasher.nodeHashInto(sibling, 0, old, 0, old, 0);
                MerkleHasher.nodeHashInto(sibling, 0, grown, 0, grown, 0);
            }
        }
        for (int i = seeded + inner; i < length; i++) {
            byte[] sibling = proof.get(i);
            MerkleHasher.nodeHashInto(sibling, 0, old, 0, old, 0);
            MerkleHasher.nodeHashInto(sibling, 0, grown, 0, grown, 0);
        }
        if (!MessageDigest.isEqual(old, root1)) {
            throw VerificationException.rootMismatch(
                    "consistency proof from size " + size1 + " does not lead to the first root", root1, old);
        }
        if (!MessageDigest.isEqual(grown, root2)) {
            throw VerificationException.rootMismatch(
                    "consistency proof to size " + size2 + " does not lead to the second root", root2, grown);
        }
    }

    private static void checkProofHashes(List<byte[]> proof) {
        for (int i = 0; i < proof.size(); i++) {
            byte[] hash = proof.get(i);
            if (hash == null || hash.length != HASH_SIZE) {
                throw new VerificationException("proof hash " + i + " must be " + HASH_SIZE + " bytes, is "
                        + (hash == null ? "missing" : hash.length + " bytes"));
            }
        }
    }

    private static void checkHash(String what, byte[] hash) {
        Objects.requireNonNull(hash, what + " is null");
        if (hash.length != HASH_SIZE) {
            throw new VerificationException(what + " must be " + HASH_SIZE + " bytes, is " + hash.length + " bytes");
        }
    }
}
