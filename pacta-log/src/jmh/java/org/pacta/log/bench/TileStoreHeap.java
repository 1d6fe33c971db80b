package org.pacta.log.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.pacta.log.tiles.InMemoryTileStore;

/**
 * Measures the heap held by the in-memory tile store of a 1,000,000-entry log: used heap after
 * full collections, with and without the store reachable. Run it under a small heap (the README
 * uses -Xmx256m) to show the store also fits there. Prints one line per figure.
 */
public final class TileStoreHeap {
    private TileStoreHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledUsedHeap(memory);
        InMemoryTileStore store = MillionEntryLog.build();
        long after = settledUsedHeap(memory);
        System.out.printf("entries: %d, tiles: %d%n", store.size(), store.tileCount());
        System.out.printf("heap held by the 1M-entry in-memory tile store: %.1f MB (%d bytes)%n", (after - before) / 1e6, after - before);
        System.out.printf("tile payload alone (32 bytes x hashes): %.1f MB%n", payload(store.size()) / 1e6);
        System.out.printf("max heap of this JVM: %d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
        if (store.size() != MillionEntryLog.SIZE) {
            throw new AssertionError("store lost entries");
        }
    }

    private static long payload(long size) {
        long hashes = 0;
        for (long count = size; count > 0; count >>>= 8) {
            hashes += count;
        }
        return hashes * 32;
    }

    private static long settledUsedHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
