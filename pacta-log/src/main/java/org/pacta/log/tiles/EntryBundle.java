package org.pacta.log.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pacta.log.LogFormatException;

/**
 * The C2SP tlog-tiles entry bundle: up to 256 entries, each written as a big-endian uint16 length
 * followed by that many bytes. Entries are therefore at most 65,535 bytes.
 */
public final class EntryBundle {
    /** Largest entry a bundle can hold. */
    public static final int MAX_ENTRY_SIZE = 0xFFFF;

    private EntryBundle() {
    }

    /** Encodes {@code entries} as one bundle. */
    public static byte[] encode(List<byte[]> entries) {
        Objects.requireNonNull(entries, "entries is null");
        if (entries.size() > TilePath.FULL_WIDTH) {
            throw new IllegalArgumentException("an entry bundle holds at most 256 entries, was given " + entries.size());
        }
        int total = 0;
        for (int i = 0; i < entries.size(); i++) {
            byte[] entry = Objects.requireNonNull(entries.get(i), "entry is null");
            if (entry.length > MAX_ENTRY_SIZE) {
                throw new IllegalArgumentException("entry " + i + " is " + entry.length + " bytes, above the bundle limit of " + MAX_ENTRY_SIZE);
            }
            total += 2 + entry.length;
        }
        byte[] bundle = new byte[total];
        int position = 0;
        for (byte[] entry : entries) {
            bundle[position] = (byte) (entry.length >>> 8);
            bundle[position + 1] = (byte) entry.length;
            System.arraycopy(entry, 0, bundle, position + 2, entry.length);
            position += 2 + entry.length;
        }
        return bundle;
    }

    /**
     * Decodes a bundle into its entries.
     *
     * @throws LogFormatException if an entry runs past the end or there are more than 256
     */
    public static List<byte[]> decode(byte[] bundle) {
        Objects.requireNonNull(bundle, "bundle is null");
        List<byte[]> entries = new ArrayList<>();
        int position = 0;
        while (position < bundle.length) {
            if (entries.size() == TilePath.FULL_WIDTH) {
                throw new LogFormatException("entry bundle holds more than 256 entries");
            }
            if (bundle.length - position < 2) {
                throw new LogFormatException("entry bundle is truncated: entry " + entries.size() + " has half a length prefix");
            }
            int length = ((bundle[position] & 0xFF) << 8) | (bundle[position + 1] & 0xFF);
            position += 2;
            if (bundle.length - position < length) {
                throw new LogFormatException("entry bundle is truncated: entry " + entries.size() + " declares "
                        + length + " bytes, " + (bundle.length - position) + " remain");
            }
            entries.add(java.util.Arrays.copyOfRange(bundle, position, position + length));
            position += length;
        }
        return entries;
    }
}
