package org.pacta.log.tiles;

/**
 * Reads hash tiles from wherever the log keeps them; the only way this module reaches storage.
 *
 * <p>Contract: {@code readTile(level, index, width)} returns the concatenated 32-byte hashes of
 * tile ({@code level}, {@code index}) as it was when it held {@code width} hashes (256 for a full
 * tile). Since tiles only grow, returning a wider version of the same tile is allowed: only the
 * first {@code width} hashes are used. Returning fewer bytes is a storage failure. The array is
 * only read. A missing tile is reported with whatever unchecked exception the storage uses.
 */
@FunctionalInterface
public interface TileReader {
    byte[] readTile(int level, long index, int width);
}
