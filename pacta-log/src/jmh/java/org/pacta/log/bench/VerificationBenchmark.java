package org.pacta.log.bench;

import dev.sigstore.merkle.InclusionProofVerificationException;
import dev.sigstore.merkle.InclusionProofVerifier;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.tiles.InMemoryTileStore;
import org.pacta.log.tiles.TileNodeReader;

/**
 * Inclusion-proof verifications per second on one thread, Pacta's strict verifier side by side
 * with sigstore-java 2.0.0's {@code InclusionProofVerifier}, on the same 1,024 proofs from the
 * 1,000,000-entry log (about 20 hashes each).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class VerificationBenchmark {
    private long[] indexes;
    private byte[][] leaves;
    private List<List<byte[]>> proofs;
    private byte[] root;
    private int next;

    @Setup
    public void setUp() throws InclusionProofVerificationException {
        InMemoryTileStore store = MillionEntryLog.build();
        root = store.rootHash();
        SplittableRandom random = new SplittableRandom(9162);
        indexes = new long[1024];
        leaves = new byte[1024][];
        proofs = new java.util.ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = random.nextLong(MillionEntryLog.SIZE);
            leaves[i] = MillionEntryLog.leafHash(indexes[i]);
            proofs.add(ProofBuilder.inclusionProof(indexes[i], MillionEntryLog.SIZE, new TileNodeReader(store, MillionEntryLog.SIZE)));
            // Both verifiers must accept every proof, or the comparison means nothing.
            ProofVerifier.verifyInclusion(indexes[i], MillionEntryLog.SIZE, leaves[i], proofs.get(i), root);
            InclusionProofVerifier.verify(leaves[i], indexes[i], MillionEntryLog.SIZE, proofs.get(i), root);
        }
    }

    @Benchmark
    public void pacta() {
        int i = next++ & 1023;
        ProofVerifier.verifyInclusion(indexes[i], MillionEntryLog.SIZE, leaves[i], proofs.get(i), root);
    }

    @Benchmark
    public void sigstoreJava() throws InclusionProofVerificationException {
        int i = next++ & 1023;
        InclusionProofVerifier.verify(leaves[i], indexes[i], MillionEntryLog.SIZE, proofs.get(i), root);
    }
}
