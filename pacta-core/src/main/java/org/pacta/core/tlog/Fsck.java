package org.pacta.core.tlog;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.pacta.core.ItemTypes;
import org.pacta.core.PactaException;
import org.pacta.core.json.Json;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemRow;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.LogEntry;
import org.pacta.core.registry.Registry;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.merkle.CompactRange;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.note.VerifierKey;
import org.pacta.log.tiles.EntryBundle;
import org.pacta.log.tiles.TilePath;

/**
 * Checks a registry against its log, offline: replays every entry against the registry tables,
 * recomputes every leaf and the tree, compares the stored tiles and entry bundles, and checks
 * every stored checkpoint's root and signature. Stops at the first disagreement and names its
 * log index.
 */
public final class Fsck {

    /** The outcome: clean, or the first index where something disagrees and what. */
    public record Report(boolean ok, long entries, int checkpoints, Optional<Long> firstBadIndex, String message) {
        public Report {
            requireNonNull(firstBadIndex, "firstBadIndex is null");
            requireNonNull(message, "message is null");
        }
    }

    private static final int CHUNK = 2048;

    private final Registry registry;
    private final LogStore store;
    private final Optional<VerifierKey> key;
    private final Consumer<String> progress;
    /** The stored tile last read at each tile level, so a tile is read once, not once per hash. */
    private final java.util.Map<Integer, Map.Entry<TilePath.Hashes, byte[]>> lastTile = new java.util.HashMap<>();

    public Fsck(Registry registry, LogStore store, Optional<VerifierKey> key, Consumer<String> progress) {
        this.registry = requireNonNull(registry, "registry is null");
        this.store = requireNonNull(store, "store is null");
        this.key = requireNonNull(key, "key is null");
        this.progress = requireNonNull(progress, "progress is null");
    }

    private static final class Disagreement extends RuntimeException {
        final long index;

        Disagreement(long index, String message) {
            super(message, null, false, false);
            this.index = index;
        }
    }

    public Report run() {
        long size = registry.size();
        List<LogStore.StoredCheckpoint> checkpoints = store.checkpoints();
        try {
            replay(size);
            tree(size, checkpoints);
        } catch (Disagreement d) {
            return new Report(false, size, checkpoints.size(), Optional.of(d.index), "index " + d.index + ": "
                    + d.getMessage());
        }
        long integrated = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).size();
        String tail = integrated < size ? "; entries " + integrated + ".." + (size - 1) + " await a checkpoint" : "";
        return new Report(true, size, checkpoints.size(), Optional.empty(), size + " entries and " + checkpoints.size()
                + " checkpoints agree with the registry tables and the tree" + tail);
    }

    /** Every entry's item must be stored exactly as replaying the entry would store it, and nothing else. */
    private void replay(long size) {
        long parties = 0;
        for (long from = 0; from < size; from += CHUNK) {
            for (String[] raw : registry.rawEntries(from, CHUNK)) {
                long index = Long.parseLong(raw[0]);
                LogEntry.Body body = Json.read(raw[5].getBytes(StandardCharsets.UTF_8), LogEntry.Body.class);
                LogEntry entry = new LogEntry(index, body.type(), body.subject(), body.payload(), body.actor(),
                        body.time());
                String[] hashed = {entry.type(), entry.subject(), entry.actor(), entry.time()};
                String[] names = {"type", "subject", "actor", "created"};
                for (int c = 0; c < hashed.length; c++) {
                    if (!hashed[c].equals(raw[c + 1])) {
                        throw new Disagreement(index, "log_entry column " + names[c] + " says " + raw[c + 1]
                                + " but the hashed entry says " + hashed[c]);
                    }
                }
                parties += replayOne(entry);
            }
            progress.accept("replayed " + Math.min(size, from + CHUNK) + " of " + size + " entries");
        }
        long[] counts = registry.rowCounts();
        if (counts[0] != size) {
            throw new Disagreement(size, "the registry holds " + counts[0] + " items but the log records " + size);
        }
        if (counts[1] != parties) {
            throw new Disagreement(size, "the registry holds " + counts[1] + " party links but the log implies " + parties);
        }
    }

    /** Checks one entry's item against the registry; answers how many party links it implies. */
    private int replayOne(LogEntry entry) {
        long index = entry.index();
        String slug = entry.type().endsWith(".create") ? entry.type().substring(0, entry.type().length() - 7) : "";
        Kind kind = Kind.fromSlug(slug).orElseThrow(() -> new Disagreement(index, "unknown entry type " + entry.type()));
        Item item;
        try {
            item = Json.read(entry.payload(), ItemTypes.of(kind));
        } catch (PactaException e) {
            throw new Disagreement(index, "the entry's payload is not a valid " + slug + ": " + e.getMessage());
        }
        if (!entry.subject().equals(slug + "/" + item.id())) {
            throw new Disagreement(index, "subject " + entry.subject() + " does not name its payload");
        }
        ItemRow expected = ItemRow.of(item, Json.canonicalString(entry.payload()), index);
        ItemRow actual = registry.row(slug, item.id()).orElseThrow(() -> new Disagreement(index,
                slug + "/" + item.id() + " is in the log but missing from the registry"));
        if (!expected.equals(actual)) {
            throw new Disagreement(index, slug + "/" + item.id() + " differs from its log entry: "
                    + difference(expected, actual));
        }
        return expected.parties().size();
    }

    private static String difference(ItemRow expected, ItemRow actual) {
        var components = ItemRow.class.getRecordComponents();
        for (var component : components) {
            try {
                Object a = component.getAccessor().invoke(expected);
                Object b = component.getAccessor().invoke(actual);
                if (!a.equals(b)) {
                    return "column " + component.getName() + ": the log says " + abbreviate(a) + ", the table has "
                            + abbreviate(b);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return "rows differ";
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Recomputes leaves, stored-level nodes and roots, and compares tiles, bundles and checkpoints. */
    private void tree(long size, List<LogStore.StoredCheckpoint> checkpoints) {
        long integrated = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).size();
        CompactRange range = CompactRange.empty();
        int next = 0;
        while (next < checkpoints.size() && checkpoints.get(next).size() == 0) {
            checkRoot(checkpoints.get(next++), MerkleHasher.emptyRoot(), 0);
        }
        for (long from = 0; from < integrated; from += 256) {
            long to = Math.min(integrated, from + 256);
            List<byte[]> entries = store.entryBytes(from, to);
            checkBundle(from / 256, entries, from);
            for (int i = 0; i < entries.size(); i++) {
                long leafIndex = from + i;
                range.append(MerkleHasher.leafHash(entries.get(i)), (level, index, hash) -> checkNode(level, index, hash,
                        integrated, leafIndex));
                while (next < checkpoints.size() && checkpoints.get(next).size() == range.size()) {
                    checkRoot(checkpoints.get(next++), range.rootHash(), leafIndex);
                }
            }
            if ((from / 256) % 64 == 0) {
                progress.accept("rehashed " + to + " of " + integrated + " integrated entries");
            }
        }
        if (next < checkpoints.size()) {
            throw new Disagreement(integrated, "checkpoint of size " + checkpoints.get(next).size()
                    + " is out of order");
        }
    }

    private void checkNode(int level, long index, byte[] hash, long integrated, long leafIndex) {
        if (level % 8 != 0) {
            return;
        }
        int tileLevel = level / 8;
        long tile = index / 256;
        int position = (int) (index % 256);
        long firstLeaf = index << level;
        int width = (int) Math.min(256, (integrated >> level) - tile * 256);
        TilePath.Hashes path = new TilePath.Hashes(tileLevel, tile, width);
        Map.Entry<TilePath.Hashes, byte[]> last = lastTile.get(tileLevel);
        byte[] stored;
        if (last != null && last.getKey().equals(path)) {
            stored = last.getValue();
        } else {
            stored = store.tile(path).orElseThrow(() -> new Disagreement(firstLeaf, "tile " + tileLevel + "/" + tile
                    + " (width " + width + ") is missing"));
            lastTile.put(tileLevel, Map.entry(path, stored));
        }
        byte[] actual = Arrays.copyOfRange(stored, position * 32, position * 32 + 32);
        if (!Arrays.equals(actual, hash)) {
            throw new Disagreement(firstLeaf, "tile " + tileLevel + "/" + tile + " hash " + position + " is "
                    + HexFormat.of().formatHex(actual) + ", recomputed " + HexFormat.of().formatHex(hash)
                    + (level == 0 ? " (the entry or the tile was changed)" : ""));
        }
    }

    private void checkBundle(long bundle, List<byte[]> entries, long firstIndex) {
        byte[] stored = store.bundle(new TilePath.Entries(bundle, entries.size())).orElseThrow(() -> new Disagreement(
                firstIndex, "entry bundle " + bundle + " (width " + entries.size() + ") is missing"));
        List<byte[]> decoded = EntryBundle.decode(stored);
        for (int i = 0; i < entries.size(); i++) {
            if (!Arrays.equals(decoded.get(i), entries.get(i))) {
                throw new Disagreement(firstIndex + i, "entry bundle " + bundle + " differs from log entry "
                        + (firstIndex + i));
            }
        }
    }

    private void checkRoot(LogStore.StoredCheckpoint checkpoint, byte[] root, long lastIndex) {
        if (!Arrays.equals(checkpoint.rootHash(), root)) {
            throw new Disagreement(lastIndex, "checkpoint of size " + checkpoint.size() + " stores root "
                    + Base64.getEncoder().encodeToString(checkpoint.rootHash()) + ", recomputed "
                    + Base64.getEncoder().encodeToString(root));
        }
        key.ifPresent(k -> {
            SignedCheckpoint signed;
            try {
                signed = SignedCheckpoint.open(checkpoint.note(), k.verifier());
            } catch (RuntimeException e) {
                throw new Disagreement(lastIndex, "checkpoint of size " + checkpoint.size() + " does not verify with "
                        + k.encode() + ": " + e.getMessage());
            }
            if (signed.checkpoint().size() != checkpoint.size()
                    || !Arrays.equals(signed.checkpoint().rootHash(), checkpoint.rootHash())) {
                throw new Disagreement(lastIndex, "checkpoint of size " + checkpoint.size()
                        + " signs a different size or root than stored beside it");
            }
        });
        progress.accept("checkpoint " + checkpoint.size() + " verified");
    }
}
