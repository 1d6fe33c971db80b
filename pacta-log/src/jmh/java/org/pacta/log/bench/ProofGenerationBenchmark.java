package org.pacta.log.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.tiles.InMemoryTileStore;
import org.pacta.log.tiles.TileHashCache;
import org.pacta.log.tiles.TileNodeReader;

/**
 * Proof generation in a 1,000,000-entry log served from in-memory tiles, as a request would do
 * it: a fresh {@link TileNodeReader} per proof (so tiles are looked up anew and in-between nodes
 * rehashed every time), random leaf indexes; and the same with a {@link TileHashCache} shared
 * across requests, as a server would hold one, warmed by the first proofs. SampleTime gives the
 * latency distribution (p50, p99).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ProofGenerationBenchmark {
    private InMemoryTileStore store;
    private final TileHashCache interiors = new TileHashCache(8192);
    private long[] indexes;
    private long[] oldSizes;
    private int next;

    @Setup
    public void setUp() {
        store = MillionEntryLog.build();
        SplittableRandom random = new SplittableRandom(1_000_000);
        indexes = new long[4096];
        oldSizes = new long[4096];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = random.nextLong(MillionEntryLog.SIZE);
            oldSizes[i] = 1 + random.nextLong(MillionEntryLog.SIZE - 1);
        }
    }

    @Benchmark
    public List<byte[]> inclusionProof() {
        int i = next++ & 4095;
        return ProofBuilder.inclusionProof(indexes[i], MillionEntryLog.SIZE, new TileNodeReader(store, MillionEntryLog.SIZE));
    }

    @Benchmark
    public List<byte[]> inclusionProofSharedCache() {
        int i = next++ & 4095;
        return ProofBuilder.inclusionProof(indexes[i], MillionEntryLog.SIZE, new TileNodeReader(store, MillionEntryLog.SIZE, interiors));
    }

    @Benchmark
    public List<byte[]> consistencyProof() {
        int i = next++ & 4095;
        return ProofBuilder.consistencyProof(oldSizes[i], MillionEntryLog.SIZE, new TileNodeReader(store, MillionEntryLog.SIZE));
    }
}
