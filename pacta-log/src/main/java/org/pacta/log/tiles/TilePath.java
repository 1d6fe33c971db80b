package org.pacta.log.tiles;

import org.pacta.log.LogFormatException;

/**
 * A C2SP tlog-tiles resource path, relative to the log prefix: a hash tile
 * {@code tile/<L>/<N>[.p/<W>]} or an entry bundle {@code tile/entries/<N>[.p/<W>]}. The index
 * {@code N} is written in 3-digit groups, all but the last prefixed with {@code x}
 * (1234067 is {@code x001/x234/067}); {@code .p/<W>} marks a partial tile of {@code W} < 256
 * entries. {@link #parse} accepts only the canonical form that {@link #path()} produces.
 */
public sealed interface TilePath permits TilePath.Hashes, TilePath.Entries {
    /** Hashes or entries in a full tile. */
    int FULL_WIDTH = 256;
    /** Highest tile level a tree of 2^63 leaves can need is 7; the spec allows levels up to 63. */
    int MAX_LEVEL = 63;

    /** Index of the tile among those of its level (or among entry bundles). */
    long index();

    /** Number of hashes or entries: {@link #FULL_WIDTH} for a full tile, less for a partial one. */
    int width();

    /** Whether this is a full tile. */
    default boolean isFull() {
        return width() == FULL_WIDTH;
    }

    /** The path relative to the log prefix, such as {@code tile/0/x001/x234/067.p/8}. */
    String path();

    /** A hash tile at tile {@code level} (level L holds tree level 8L). */
    record Hashes(int level, long index, int width) implements TilePath {
        public Hashes {
            if (level < 0 || level > MAX_LEVEL) {
                throw new IllegalArgumentException("tile level must be 0 to " + MAX_LEVEL + ", was: " + level);
            }
            checkIndexAndWidth(index, width);
        }

        @Override
        public String path() {
            return "tile/" + level + "/" + suffix(index, width);
        }
    }

    /** An entry bundle. */
    record Entries(long index, int width) implements TilePath {
        public Entries {
            checkIndexAndWidth(index, width);
        }

        @Override
        public String path() {
            return "tile/entries/" + suffix(index, width);
        }
    }

    /** The 3-digit group encoding of a tile index: 5 is {@code 005}, 1234067 is {@code x001/x234/067}. */
    static String encodeIndex(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("tile index must not be negative, was: " + index);
        }
        StringBuilder path = new StringBuilder();
        String digits = Long.toString(index);
        int pad = (3 - digits.length() % 3) % 3;
        digits = "0".repeat(pad) + digits;
        for (int i = 0; i < digits.length(); i += 3) {
            if (i + 3 < digits.length()) {
                path.append('x').append(digits, i, i + 3).append('/');
            } else {
                path.append(digits, i, i + 3);
            }
        }
        return path.toString();
    }

    /**
     * Parses a path produced by {@link #path()}.
     *
     * @throws LogFormatException naming the path and what is wrong with it
     */
    static TilePath parse(String path) {
        return TilePathParser.parse(path);
    }

    private static void checkIndexAndWidth(long index, int width) {
        if (index < 0) {
            throw new IllegalArgumentException("tile index must not be negative, was: " + index);
        }
        if (width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("tile width must be 1 to " + FULL_WIDTH + ", was: " + width);
        }
    }

    private static String suffix(long index, int width) {
        String encoded = encodeIndex(index);
        return width == FULL_WIDTH ? encoded : encoded + ".p/" + width;
    }
}
