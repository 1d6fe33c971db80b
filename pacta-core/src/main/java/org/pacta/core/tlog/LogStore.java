package org.pacta.core.tlog;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.pacta.core.PactaException;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.tiles.EntryBundle;
import org.pacta.log.tiles.Tile;
import org.pacta.log.tiles.TilePath;

/**
 * The log's tiles, entry bundles and checkpoints in the registry database. Tiles only grow, so
 * one row per tile holds its widest version and narrower requests are served from its prefix.
 */
public final class LogStore {

    /** A stored checkpoint: its size, root and signed note (without cosignatures). */
    public record StoredCheckpoint(long size, byte[] rootHash, String note, String created) {
    }

    /** Full tiles never change, so the most recently read ones are kept: 2,048 of 8 KiB, 16 MiB at most. */
    private static final int FULL_TILE_CACHE = 2048;

    private final Jdbi jdbi;
    private final java.util.Map<Long, byte[]> fullTiles = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, byte[]> eldest) {
                    return size() > FULL_TILE_CACHE;
                }
            });

    public LogStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /** Reads a hash tile for the Merkle code: the stored version, at least {@code width} hashes wide. */
    public byte[] readTile(int level, long index, int width) {
        long key = ((long) level << 56) | index;
        byte[] cached = fullTiles.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] tile = jdbi.withHandle(h -> readTile(h, level, index, width));
        if (tile.length == TilePath.FULL_WIDTH * MerkleHasher.HASH_SIZE) {
            fullTiles.put(key, tile);
        }
        return tile;
    }

    static byte[] readTile(Handle h, int level, long index, int width) {
        record Row(int width, byte[] hashes) {
        }
        Row row = h.createQuery("SELECT width, hashes FROM log_tile WHERE tile_level = :level AND idx = :idx")
                .bind("level", level).bind("idx", index)
                .map((rs, ctx) -> new Row(rs.getInt(1), rs.getBytes(2))).findOne()
                .orElseThrow(() -> new IllegalStateException("log tile " + level + "/" + index + " is missing: run pacta fsck"));
        if (row.width() < width) {
            throw new IllegalStateException("log tile " + level + "/" + index + " holds " + row.width()
                    + " hashes, " + width + " were asked for: run pacta fsck");
        }
        return row.hashes();
    }

    /** The bytes of a tile as C2SP tlog-tiles serves them, if the stored tile is at least that wide. */
    public Optional<byte[]> tile(TilePath.Hashes path) {
        return jdbi.withHandle(h -> h.createQuery("SELECT width, hashes FROM log_tile WHERE tile_level = :level AND idx = :idx")
                .bind("level", path.level()).bind("idx", path.index())
                .map((rs, ctx) -> rs.getInt(1) >= path.width() ? prefix(rs.getBytes(2), path.width() * MerkleHasher.HASH_SIZE)
                        : null)
                .findOne().filter(b -> b != null));
    }

    /** An entry bundle as C2SP tlog-tiles serves it, if the stored bundle is at least that wide. */
    public Optional<byte[]> bundle(TilePath.Entries path) {
        return jdbi.withHandle(h -> h.createQuery("SELECT width, data FROM log_bundle WHERE idx = :idx")
                .bind("idx", path.index())
                .map((rs, ctx) -> {
                    int width = rs.getInt(1);
                    if (width < path.width()) {
                        return null;
                    }
                    byte[] data = rs.getBytes(2);
                    return width == path.width() ? data : EntryBundle.encode(EntryBundle.decode(data).subList(0, path.width()));
                })
                .findOne().filter(b -> b != null));
    }

    /**
     * Stores the tiles and bundles of an integration and its signed checkpoint, in one transaction:
     * a checkpoint is never visible before the tiles it commits to.
     */
    public void commit(List<Tile> tiles, long oldSize, long newSize, String checkpointNote, byte[] rootHash, String created) {
        jdbi.useTransaction(h -> {
            for (Tile tile : tiles) {
                TilePath.Hashes path = tile.path();
                h.createUpdate("DELETE FROM log_tile WHERE tile_level = :level AND idx = :idx")
                        .bind("level", path.level()).bind("idx", path.index()).execute();
                h.createUpdate("INSERT INTO log_tile (tile_level, idx, width, hashes) VALUES (:level, :idx, :width, :hashes)")
                        .bind("level", path.level()).bind("idx", path.index()).bind("width", path.width())
                        .bind("hashes", tile.hashes()).execute();
            }
            writeBundles(h, oldSize, newSize);
            h.createUpdate("INSERT INTO log_checkpoint (tree_size, root_hash, note, created) VALUES (:size, :root, :note, :created)")
                    .bind("size", newSize).bind("root", rootHash).bind("note", checkpointNote).bind("created", created)
                    .execute();
        });
    }

    private static void writeBundles(Handle h, long oldSize, long newSize) {
        for (long bundle = oldSize / 256; bundle * 256 < newSize; bundle++) {
            long from = bundle * 256;
            long to = Math.min(newSize, from + 256);
            List<byte[]> entries = h.createQuery("SELECT body FROM log_entry WHERE idx >= :from AND idx < :to ORDER BY idx")
                    .bind("from", from).bind("to", to)
                    .map((rs, ctx) -> rs.getString(1).getBytes(StandardCharsets.UTF_8)).list();
            if (entries.size() != to - from) {
                throw new IllegalStateException("log entries " + from + ".." + (to - 1) + " are not all present");
            }
            h.createUpdate("DELETE FROM log_bundle WHERE idx = :idx").bind("idx", bundle).execute();
            h.createUpdate("INSERT INTO log_bundle (idx, width, data) VALUES (:idx, :width, :data)")
                    .bind("idx", bundle).bind("width", entries.size()).bind("data", EntryBundle.encode(entries)).execute();
        }
    }

    public Optional<StoredCheckpoint> latestCheckpoint() {
        return jdbi.withHandle(h -> h.createQuery("SELECT tree_size, root_hash, note, created FROM log_checkpoint "
                        + "ORDER BY tree_size DESC LIMIT 1")
                .map((rs, ctx) -> new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getString(4)))
                .findOne());
    }

    public List<StoredCheckpoint> checkpoints() {
        return jdbi.withHandle(h -> h.createQuery("SELECT tree_size, root_hash, note, created FROM log_checkpoint "
                        + "ORDER BY tree_size")
                .map((rs, ctx) -> new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getString(4)))
                .list());
    }

    public long integratedSize() {
        return latestCheckpoint().map(StoredCheckpoint::size).orElse(0L);
    }

    /** The canonical bytes of log entries {@code from} (inclusive) to {@code to} (exclusive). */
    public List<byte[]> entryBytes(long from, long to) {
        List<byte[]> out = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery("SELECT idx, body FROM log_entry WHERE idx >= :from AND idx < :to ORDER BY idx")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> rs.getString(2).getBytes(StandardCharsets.UTF_8)).forEach(out::add));
        if (out.size() != to - from) {
            throw new PactaException.NotFound("log entries " + from + ".." + (to - 1) + " are not all present");
        }
        return out;
    }

    public void saveCosignature(long size, String witness, String line) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM log_cosignature WHERE tree_size = :size AND witness = :witness")
                    .bind("size", size).bind("witness", witness).execute();
            h.createUpdate("INSERT INTO log_cosignature (tree_size, witness, line) VALUES (:size, :witness, :line)")
                    .bind("size", size).bind("witness", witness).bind("line", line).execute();
        });
    }

    /** Cosignature lines stored for the checkpoint of {@code size}. */
    public List<String> cosignatures(long size) {
        return jdbi.withHandle(h -> h.createQuery("SELECT line FROM log_cosignature WHERE tree_size = :size ORDER BY witness")
                .bind("size", size).mapTo(String.class).list());
    }

    /** The largest checkpoint size {@code witness} has cosigned, 0 if none. */
    public long lastCosignedSize(String witness) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(tree_size), 0) FROM log_cosignature WHERE witness = :witness")
                .bind("witness", witness).mapTo(Long.class).one());
    }

    private static byte[] prefix(byte[] bytes, int length) {
        return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
    }
}
