package org.pacta.log.tiles;

import java.util.Objects;
import org.pacta.log.LogFormatException;

/** Strict parsing of tlog-tiles paths; see {@link TilePath#parse}. */
final class TilePathParser {
    private TilePathParser() {
    }

    static TilePath parse(String path) {
        Objects.requireNonNull(path, "path is null");
        if (!path.startsWith("tile/")) {
            throw bad(path, "must start with tile/");
        }
        String[] parts = path.substring("tile/".length()).split("/", -1);
        if (parts.length < 2) {
            throw bad(path, "needs a level and an index");
        }
        boolean entries = parts[0].equals("entries");
        int level = entries ? 0 : (int) decimal(path, parts[0], "level", TilePath.MAX_LEVEL);
        long index = 0;
        int width = TilePath.FULL_WIDTH;
        int groups = 0;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            boolean partial = part.endsWith(".p");
            String group = partial ? part.substring(0, part.length() - 2) : part;
            if (!partial && !last) {
                if (!group.startsWith("x")) {
                    throw bad(path, "index group " + part + " must start with x unless it is the last");
                }
                group = group.substring(1);
            }
            if (group.length() != 3 || !isDigits(group)) {
                throw bad(path, "index group " + part + " must be three digits");
            }
            if (groups == 7) {
                throw bad(path, "index has too many groups");
            }
            try {
                index = Math.addExact(Math.multiplyExact(index, 1000), Integer.parseInt(group));
            } catch (ArithmeticException e) {
                throw bad(path, "index is too large");
            }
            groups++;
            if (partial) {
                if (i != parts.length - 2) {
                    throw bad(path, "a .p index group must be followed by exactly one width");
                }
                width = (int) decimal(path, parts[i + 1], "partial width", TilePath.FULL_WIDTH - 1);
                if (width == 0) {
                    throw bad(path, "partial width must be 1 to 255");
                }
                break;
            }
        }
        TilePath parsed = entries ? new TilePath.Entries(index, width) : new TilePath.Hashes(level, index, width);
        if (!parsed.path().equals(path)) {
            throw bad(path, "is not in canonical form, which is " + parsed.path());
        }
        return parsed;
    }

    private static long decimal(String path, String text, String what, long max) {
        if (text.isEmpty() || text.length() > 3 || !isDigits(text) || (text.length() > 1 && text.charAt(0) == '0')) {
            throw bad(path, what + " must be a decimal number without leading zeros, was: " + text);
        }
        long value = Long.parseLong(text);
        if (value > max) {
            throw bad(path, what + " must be at most " + max + ", was: " + text);
        }
        return value;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static LogFormatException bad(String path, String why) {
        return new LogFormatException("tile path " + path + " " + why);
    }
}
