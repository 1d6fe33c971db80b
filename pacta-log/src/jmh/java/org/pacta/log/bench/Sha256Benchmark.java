package org.pacta.log.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's SHA-256 speed through the JDK, the physical floor under every Merkle operation:
 * digests per second of 64-byte and 1 KiB inputs (MB/s = ops/s x bytes / 10^6). One node hash
 * is a 65-byte input, so the 64-byte figure bounds hashes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@State(Scope.Thread)
public class Sha256Benchmark {
    @Param({"64", "1024"})
    public int bytes;

    private byte[] input;
    private byte[] output;
    private MessageDigest digest;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        input = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            input[i] = (byte) i;
        }
        output = new byte[32];
        digest = MessageDigest.getInstance("SHA-256");
    }

    @Benchmark
    public byte[] sha256() throws java.security.DigestException {
        digest.update(input);
        digest.digest(output, 0, 32);
        return output;
    }
}
