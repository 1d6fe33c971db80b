package org.pacta.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.pacta.core.Pacta;
import org.pacta.core.date.Edtf;
import org.pacta.core.event.Event;
import org.pacta.core.storage.Database;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.note.SignerKey;

/**
 * The log end to end on SQLite in a scratch folder: durable appends (one fsync per transaction),
 * integration into tiles and checkpoints, inclusion proofs served from stored tiles, their
 * verification, heap, and the machine's SHA-256 throughput as the physical reference.
 */
public final class LogBench {

    private final PrintWriter out;

    public LogBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path folder, int entries, int batch, int proofs) throws Exception {
        out.printf("pacta bench log: %,d entries, %,d per transaction, %,d proofs, SQLite in %s%n", entries, batch, proofs,
                folder);
        out.printf("machine: %d cores, Java %s, max heap %,d MB%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        List<String[]> rows = new ArrayList<>();
        rows.add(sha256(64));
        rows.add(sha256(1024));
        SignerKey key = SignerKey.generate("bench.example/pacta");
        try (Pacta pacta = new Pacta(Database.sqlite(folder), Clock.systemUTC(), key)) {
            int single = Math.min(2_000, entries / 10);
            long start = System.nanoTime();
            for (int i = 0; i < single; i++) {
                pacta.registry().append("bench", event("single-" + i));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rows.add(new String[] {"durable appends, 1 per transaction", fmt(single / seconds) + " /s",
                fmt(single) + " entries in " + fmt2(seconds) + " s"});
            start = System.nanoTime();
            int written = single;
            long lastReport = System.nanoTime();
            while (written < entries) {
                int n = Math.min(batch, entries - written);
                List<Event> events = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    events.add(event("batch-" + (written + i)));
                }
                pacta.registry().append("bench", events);
                written += n;
                if (System.nanoTime() - lastReport > 5_000_000_000L) {
                    out.printf("  ... %,d of %,d appended%n", written, entries);
                    out.flush();
                    lastReport = System.nanoTime();
                }
            }
            seconds = (System.nanoTime() - start) / 1e9;
            rows.add(new String[] {"durable appends, batched", fmt((written - single) / seconds) + " /s",
                fmt(written - single) + " entries, " + batch + " per transaction, " + fmt2(seconds) + " s"});
            start = System.nanoTime();
            int rounds = 0;
            while (pacta.log().integrateOnce()) {
                rounds++;
                out.printf("  ... integrated %,d%n", pacta.log().store().integratedSize());
                out.flush();
            }
            seconds = (System.nanoTime() - start) / 1e9;
            long size = pacta.log().store().integratedSize();
            rows.add(new String[] {"integration (hash, tiles, bundles, checkpoint)", fmt(size / seconds) + " entries/s",
                fmt(size) + " entries in " + (rounds + 1) + " checkpoints, " + fmt2(seconds) + " s"});
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            rows.add(new String[] {"heap after integration", (heap >> 20) + " MB", "live objects after System.gc()"});

            Random random = new Random(42);
            long[] indices = new long[proofs];
            List<List<byte[]>> built = new ArrayList<>(proofs);
            long[] nanos = new long[proofs];
            for (int i = 0; i < Math.min(1000, proofs); i++) {
                pacta.log().inclusionProof(random.nextInt((int) size), size);
            }
            for (int i = 0; i < proofs; i++) {
                indices[i] = random.nextInt((int) size);
                long t = System.nanoTime();
                built.add(pacta.log().inclusionProof(indices[i], size));
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            rows.add(new String[] {"inclusion proof from SQLite tiles, p50", fmt2(nanos[proofs / 2] / 1000.0) + " us",
                "at size " + fmt(size) + ", " + fmt(proofs) + " random leaves"});
            rows.add(new String[] {"inclusion proof from SQLite tiles, p99", fmt2(nanos[(int) (proofs * 0.99)] / 1000.0)
                    + " us", "max " + fmt2(nanos[proofs - 1] / 1000.0) + " us"});
            byte[] root = pacta.log().rootHash(size);
            List<byte[]> leaves = new ArrayList<>(proofs);
            for (int i = 0; i < proofs; i++) {
                leaves.add(MerkleHasher.leafHash(pacta.log().store().entryBytes(indices[i], indices[i] + 1).get(0)));
            }
            for (int warm = 0; warm < 3; warm++) {
                verifyAll(indices, size, leaves, built, root);
            }
            int repeats = 5;
            start = System.nanoTime();
            for (int r = 0; r < repeats; r++) {
                verifyAll(indices, size, leaves, built, root);
            }
            seconds = (System.nanoTime() - start) / 1e9;
            rows.add(new String[] {"inclusion verifications, one thread", fmt(repeats * (double) proofs / seconds) + " /s",
                "RFC 9162 with 32-byte and length checks"});
        }
        table(rows);
    }

    private static void verifyAll(long[] indices, long size, List<byte[]> leaves, List<List<byte[]>> proofs, byte[] root) {
        for (int i = 0; i < indices.length; i++) {
            ProofVerifier.verifyInclusion(indices[i], size, leaves.get(i), proofs.get(i), root);
        }
    }

    private static String[] sha256(int length) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] input = new byte[length];
        new Random(1).nextBytes(input);
        for (int i = 0; i < 200_000; i++) {
            digest.update(input);
            digest.digest();
        }
        int count = 2_000_000 * 64 / Math.max(64, length);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            digest.update(input);
            input[0] = digest.digest()[0];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new String[] {"SHA-256 of " + length + "-byte inputs, one thread", fmt(count * (double) length / seconds / 1e6)
                + " MB/s", fmt(count / seconds) + " hashes/s (the physical reference)"};
    }

    private static Event event(String id) {
        return new Event(id, Edtf.parse("2022-01-26"), "Benchmark event " + id, Event.EventKind.OTHER, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false, Optional.empty());
    }

    private void table(List<String[]> rows) {
        int a = 0;
        int b = 0;
        for (String[] row : rows) {
            a = Math.max(a, row[0].length());
            b = Math.max(b, row[1].length());
        }
        out.println();
        out.printf("%-" + a + "s  %" + b + "s  %s%n", "measure", "result", "detail");
        out.println("-".repeat(a) + "  " + "-".repeat(b) + "  " + "-".repeat(40));
        for (String[] row : rows) {
            out.printf("%-" + a + "s  %" + b + "s  %s%n", row[0], row[1], row[2]);
        }
        out.flush();
    }

    private static String fmt(double value) {
        return String.format("%,.0f", value);
    }

    private static String fmt2(double value) {
        return String.format("%,.2f", value);
    }
}
