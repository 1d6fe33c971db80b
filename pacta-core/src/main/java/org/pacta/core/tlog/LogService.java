package org.pacta.core.tlog;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.pacta.core.PactaException;
import org.pacta.core.registry.Registry;
import org.pacta.log.checkpoint.Checkpoint;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.evidence.EvidenceBundle;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.note.Note;
import org.pacta.log.note.SignerKey;
import org.pacta.log.note.VerifierKey;
import org.pacta.log.tiles.Integration;
import org.pacta.log.tiles.Integrator;
import org.pacta.log.tiles.TileHashCache;
import org.pacta.log.tiles.TileNodeReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Merkle log over the registry's entries. A background integrator extends the tree in batches,
 * stores its tiles and entry bundles and signs a checkpoint — within a second of any new entry —
 * holding only the tiles a batch touches, never the whole tree. Readers (proofs, bundles, tiles)
 * see only what a signed checkpoint covers and never wait for the integrator.
 */
public final class LogService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogService.class);
    /** Entries integrated per checkpoint at most; larger backlogs take several rounds. */
    static final int MAX_BATCH = 65_536;

    private final Registry registry;
    private final LogStore store;
    private final SignerKey key;
    private final Clock clock;
    private final TileHashCache interior = new TileHashCache(4096);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition integrated = lock.newCondition();
    private final List<Consumer<SignedCheckpoint>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean pending;
    private volatile boolean running;
    private Thread thread;

    public LogService(Registry registry, LogStore store, SignerKey key, Clock clock) {
        this.registry = requireNonNull(registry, "registry is null");
        this.store = requireNonNull(store, "store is null");
        this.key = requireNonNull(key, "key is null");
        this.clock = requireNonNull(clock, "clock is null");
        registry.onAppend(size -> wake());
    }

    public String origin() {
        return key.name();
    }

    public VerifierKey verifierKey() {
        return key.verifierKey();
    }

    public LogStore store() {
        return store;
    }

    /** Called with each newly signed checkpoint, on the integrator's thread (witnesses listen here). */
    public void onCheckpoint(Consumer<SignedCheckpoint> listener) {
        listeners.add(requireNonNull(listener, "listener is null"));
    }

    /** Starts the background integrator; it first catches up with entries written while it was not running. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        pending = true;
        thread = new Thread(this::loop, "pacta-integrator");
        thread.setDaemon(true);
        thread.start();
    }

    private void wake() {
        lock.lock();
        try {
            pending = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            try {
                lock.lock();
                try {
                    if (!pending) {
                        work.await(1, TimeUnit.SECONDS);
                    }
                    pending = false;
                } finally {
                    lock.unlock();
                }
                // a short pause gathers entries written together into one checkpoint
                Thread.sleep(20);
                while (running && integrateOnce()) {
                    Thread.onSpinWait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("integrating the log failed; retrying in a second", e);
                sleepQuietly();
            }
        }
    }

    /**
     * Integrates the next batch of entries not yet covered by a checkpoint, if any, and signs a
     * checkpoint of the new size. Answers whether there was anything to integrate. Callers must not
     * run it concurrently (the background thread is the one caller while it runs).
     */
    public synchronized boolean integrateOnce() {
        long from = store.integratedSize();
        long size = registry.size();
        if (size == 0 && store.latestCheckpoint().isEmpty()) {
            // an empty log still publishes a signed checkpoint, of size 0, so clients can start
            SignedCheckpoint empty = SignedCheckpoint.sign(new Checkpoint(key.name(), 0, MerkleHasher.emptyRoot()),
                    key.signer());
            store.commit(List.of(), 0, 0, empty.format(), MerkleHasher.emptyRoot(), Instant.now(clock).toString());
            return false;
        }
        if (size <= from) {
            return false;
        }
        long to = Math.min(size, from + MAX_BATCH);
        List<byte[]> entries = store.entryBytes(from, to);
        List<byte[]> leaves = new ArrayList<>(entries.size());
        for (byte[] entry : entries) {
            leaves.add(MerkleHasher.leafHash(entry));
        }
        Integration integration = Integrator.integrate(from, leaves, store::readTile);
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(new Checkpoint(key.name(), integration.size(),
                integration.rootHash()), key.signer());
        store.commit(integration.tiles(), from, integration.size(), checkpoint.format(), integration.rootHash(),
                Instant.now(clock).toString());
        lock.lock();
        try {
            integrated.signalAll();
        } finally {
            lock.unlock();
        }
        for (Consumer<SignedCheckpoint> listener : listeners) {
            try {
                listener.accept(checkpoint);
            } catch (RuntimeException e) {
                LOG.warn("a checkpoint listener failed: {}", e.getMessage(), e);
            }
        }
        return integration.size() < size;
    }

    /** Waits until a checkpoint covers {@code index}; answers whether one does within the timeout. */
    public boolean awaitCovered(long index, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            while (store.integratedSize() <= index) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                integrated.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The latest signed checkpoint with the cosignatures witnesses returned for it. */
    public Optional<SignedCheckpoint> latest() {
        return store.latestCheckpoint().map(this::withCosignatures);
    }

    private SignedCheckpoint withCosignatures(LogStore.StoredCheckpoint stored) {
        SignedCheckpoint signed = SignedCheckpoint.open(stored.note(), key.verifierKey().verifier());
        List<String> lines = store.cosignatures(stored.size());
        if (lines.isEmpty()) {
            return signed;
        }
        return signed.withCosignatures(Note.parseSignatureLines(String.join("", lines)));
    }

    /** The tree as of the latest checkpoint, for proofs. */
    private TileNodeReader tree(long size) {
        return new TileNodeReader(store::readTile, size, interior);
    }

    private long requireCovered(String field, long size) {
        long latest = store.integratedSize();
        if (size > latest) {
            throw new PactaException.InvalidInput(field, field + " " + size + " is beyond the latest checkpoint (size "
                    + latest + ")");
        }
        return latest;
    }

    public List<byte[]> inclusionProof(long index, long size) {
        if (size < 1 || index < 0 || index >= size) {
            throw new PactaException.InvalidInput("index", "need 0 <= index < size, was index " + index + ", size " + size);
        }
        requireCovered("size", size);
        return ProofBuilder.inclusionProof(index, size, tree(size));
    }

    public List<byte[]> consistencyProof(long from, long to) {
        if (from < 1 || from > to) {
            throw new PactaException.InvalidInput("from", "need 1 <= from <= to, was from " + from + ", to " + to);
        }
        requireCovered("to", to);
        return ProofBuilder.consistencyProof(from, to, tree(to));
    }

    public byte[] rootHash(long size) {
        requireCovered("size", size);
        return ProofBuilder.rootHash(size, tree(size));
    }

    /** An evidence bundle for entry {@code index} against the latest (cosigned) checkpoint. */
    public EvidenceBundle bundle(long index) {
        SignedCheckpoint checkpoint = latest().filter(c -> c.checkpoint().size() > index)
                .orElseThrow(() -> new PactaException.NotFound("log entry " + index
                        + " is not covered by a checkpoint yet: retry in a second"));
        byte[] entry = store.entryBytes(index, index + 1).get(0);
        return EvidenceBundle.create(index, entry, checkpoint, tree(checkpoint.checkpoint().size()));
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
