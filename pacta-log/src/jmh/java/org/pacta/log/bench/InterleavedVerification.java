package org.pacta.log.bench;

import dev.sigstore.merkle.InclusionProofVerificationException;
import dev.sigstore.merkle.InclusionProofVerifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.tiles.InMemoryTileStore;
import org.pacta.log.tiles.TileNodeReader;

/**
 * Pacta's and sigstore-java's inclusion verifiers in alternating 0.7-second rounds in one JVM,
 * on the same proofs. On a shared machine JMH runs the two in separate forks at different
 * moments, so a change in the neighbours' load reads as a difference between verifiers;
 * alternating exposes both to the same load. Prints each round and the medians. Not JMH: a
 * cross-check of {@link VerificationBenchmark}, not a replacement.
 */
public final class InterleavedVerification {
    private InterleavedVerification() {
    }

    public static void main(String[] args) throws InclusionProofVerificationException {
        InMemoryTileStore store = MillionEntryLog.build();
        long size = MillionEntryLog.SIZE;
        byte[] root = store.rootHash();
        SplittableRandom random = new SplittableRandom(9162);
        long[] indexes = new long[1024];
        byte[][] leaves = new byte[1024][];
        List<List<byte[]>> proofs = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = random.nextLong(size);
            leaves[i] = MillionEntryLog.leafHash(indexes[i]);
            proofs.add(ProofBuilder.inclusionProof(indexes[i], size, new TileNodeReader(store, size)));
        }
        int rounds = 8;
        double[] pacta = new double[rounds];
        double[] sigstore = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            for (int which = 0; which < 2; which++) {
                long start = System.nanoTime();
                long end = start + 700_000_000L;
                long operations = 0;
                while (System.nanoTime() < end) {
                    for (int k = 0; k < 256; k++, operations++) {
                        int i = (int) (operations & 1023);
                        if (which == 0) {
                            ProofVerifier.verifyInclusion(indexes[i], size, leaves[i], proofs.get(i), root);
                        } else {
                            InclusionProofVerifier.verify(leaves[i], indexes[i], size, proofs.get(i), root);
                        }
                    }
                }
                double perSecond = operations / ((System.nanoTime() - start) / 1e9);
                (which == 0 ? pacta : sigstore)[round] = perSecond;
                System.out.printf("round %d %-12s %,.0f verifications/s%n", round, which == 0 ? "pacta" : "sigstore-java", perSecond);
            }
        }
        System.out.printf("median pacta %,.0f/s, sigstore-java %,.0f/s (rounds 2-%d, after warm-up)%n",
                median(pacta), median(sigstore), rounds - 1);
    }

    private static double median(double[] values) {
        double[] warm = Arrays.copyOfRange(values, 2, values.length);
        Arrays.sort(warm);
        return (warm[(warm.length - 1) / 2] + warm[warm.length / 2]) / 2;
    }
}
