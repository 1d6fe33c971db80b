package org.pacta.log.checkpoint;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.pacta.log.LogFormatException;

/**
 * A C2SP tlog-checkpoint: the note text a log signs to commit to its tree. Lines: the origin (the
 * log's unique name), the tree size in decimal without leading zeros, the RFC 9162 root hash in
 * standard padded base64, then optional extension lines. Every line ends with a newline and none
 * is empty.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {
    public Checkpoint {
        Objects.requireNonNull(origin, "origin is null");
        Objects.requireNonNull(rootHash, "root hash is null");
        String problem = lineProblem(origin);
        if (problem != null) {
            throw new IllegalArgumentException("checkpoint origin " + problem);
        }
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint size must not be negative, was: " + size);
        }
        if (rootHash.length != HASH_SIZE) {
            throw new IllegalArgumentException("checkpoint root hash must be 32 bytes, is " + rootHash.length);
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String extension : extensions) {
            problem = lineProblem(extension);
            if (problem != null) {
                throw new IllegalArgumentException("checkpoint extension line " + problem);
            }
        }
    }

    /** A checkpoint without extension lines. */
    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    /**
     * Parses a checkpoint note text (the part of the note before the signatures).
     *
     * @throws LogFormatException naming the bad line, such as
     *     {@code checkpoint size must be a decimal number, was: 0x1f}
     */
    public static Checkpoint parse(String text) {
        Objects.requireNonNull(text, "checkpoint text is null");
        if (!text.endsWith("\n")) {
            throw new LogFormatException("checkpoint must end with a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new LogFormatException("checkpoint needs an origin, a size and a root hash line, has " + lines.length + " line"
                    + (lines.length == 1 ? "" : "s"));
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new LogFormatException("checkpoint line " + (i + 1) + " is empty");
            }
        }
        String problem = lineProblem(lines[0]);
        if (problem != null) {
            throw new LogFormatException("checkpoint origin " + problem);
        }
        long size = parseSize(lines[1]);
        byte[] root = parseRoot(lines[2]);
        List<String> extensions = new ArrayList<>(Arrays.asList(lines).subList(3, lines.length));
        for (String extension : extensions) {
            problem = lineProblem(extension);
            if (problem != null) {
                throw new LogFormatException("checkpoint extension line " + problem);
            }
        }
        return new Checkpoint(lines[0], size, root, extensions);
    }

    /** The note text: origin, size, root and extension lines, each ending with a newline. */
    public String text() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        for (String extension : extensions) {
            text.append(extension).append('\n');
        }
        return text.toString();
    }

    /** A copy of the root hash. */
    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && that.origin.equals(origin) && that.size == size
                && Arrays.equals(that.rootHash, rootHash) && that.extensions.equals(extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, extensions) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + " size " + size + " root " + HexFormat.of().formatHex(rootHash) + "]";
    }

    private static long parseSize(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) < '0' || line.charAt(i) > '9') {
                throw new LogFormatException("checkpoint size must be a decimal number, was: " + line);
            }
        }
        if (line.length() > 1 && line.charAt(0) == '0') {
            throw new LogFormatException("checkpoint size must not have leading zeros, was: " + line);
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new LogFormatException("checkpoint size is larger than 2^63-1, was: " + line, e);
        }
    }

    private static byte[] parseRoot(String line) {
        byte[] root;
        try {
            root = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException("checkpoint root hash must be standard base64, was: " + line, e);
        }
        if (root.length != HASH_SIZE) {
            throw new LogFormatException("checkpoint root hash must be 32 bytes, was " + root.length + " bytes: " + line);
        }
        if (!Base64.getEncoder().encodeToString(root).equals(line)) {
            throw new LogFormatException("checkpoint root hash must be canonical padded base64, was: " + line);
        }
        return root;
    }

    /** Why {@code line} cannot be a checkpoint line, or null. */
    private static String lineProblem(String line) {
        if (line.isEmpty()) {
            return "is empty";
        }
        for (int i = 0; i < line.length(); i++) {
            if (Character.isISOControl(line.charAt(i))) {
                return "contains control character U+" + String.format("%04X", (int) line.charAt(i)) + ": " + line.strip();
            }
        }
        return null;
    }
}
