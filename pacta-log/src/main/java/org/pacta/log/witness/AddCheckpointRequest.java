package org.pacta.log.witness;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.pacta.log.LogFormatException;

/**
 * The body of a tlog-witness {@code add-checkpoint} request: {@code old <size>}, zero to 63
 * consistency proof lines (one base64 hash each), an empty line, then the signed checkpoint note.
 */
public record AddCheckpointRequest(long oldSize, List<byte[]> consistencyProof, String checkpointNote) {
    /** Most proof lines a request may carry (tlog-witness). */
    public static final int MAX_PROOF_LINES = 63;

    public AddCheckpointRequest {
        if (oldSize < 0) {
            throw new IllegalArgumentException("old size must not be negative, was: " + oldSize);
        }
        Objects.requireNonNull(checkpointNote, "checkpoint note is null");
        if (consistencyProof.size() > MAX_PROOF_LINES) {
            throw new IllegalArgumentException("at most 63 proof hashes, was given " + consistencyProof.size());
        }
        List<byte[]> copies = new ArrayList<>(consistencyProof.size());
        for (byte[] hash : consistencyProof) {
            if (hash.length != HASH_SIZE) {
                throw new IllegalArgumentException("proof hashes must be 32 bytes, one is " + hash.length);
            }
            copies.add(hash.clone());
        }
        consistencyProof = List.copyOf(copies);
    }

    /**
     * Parses a request body.
     *
     * @throws LogFormatException naming the bad line; a server answers it with 400
     */
    public static AddCheckpointRequest parse(String body) {
        Objects.requireNonNull(body, "body is null");
        int end = body.indexOf('\n');
        if (end < 0) {
            throw new LogFormatException("add-checkpoint body must start with an old size line");
        }
        String oldLine = body.substring(0, end);
        if (!oldLine.startsWith("old ")) {
            throw new LogFormatException("add-checkpoint first line must be old <size>, was: " + oldLine);
        }
        long oldSize = parseSize(oldLine.substring(4));
        List<byte[]> proof = new ArrayList<>();
        int position = end + 1;
        while (true) {
            end = body.indexOf('\n', position);
            if (end < 0) {
                throw new LogFormatException("add-checkpoint body has no empty line before the checkpoint");
            }
            String line = body.substring(position, end);
            position = end + 1;
            if (line.isEmpty()) {
                break;
            }
            if (proof.size() == MAX_PROOF_LINES) {
                throw new LogFormatException("add-checkpoint body has more than 63 proof lines");
            }
            proof.add(parseHash(line, proof.size() + 1));
        }
        String note = body.substring(position);
        if (note.isEmpty()) {
            throw new LogFormatException("add-checkpoint body has no checkpoint after the empty line");
        }
        return new AddCheckpointRequest(oldSize, proof, note);
    }

    /** The request body. */
    public String format() {
        StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
        for (byte[] hash : consistencyProof) {
            body.append(Base64.getEncoder().encodeToString(hash)).append('\n');
        }
        return body.append('\n').append(checkpointNote).toString();
    }

    /** The checkpoint's origin line, which selects the log (unparsed beyond that line). */
    public String origin() {
        int end = checkpointNote.indexOf('\n');
        return end < 0 ? checkpointNote : checkpointNote.substring(0, end);
    }

    /** Copies of the proof hashes. */
    @Override
    public List<byte[]> consistencyProof() {
        return consistencyProof.stream().map(byte[]::clone).toList();
    }

    private static long parseSize(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9') || (text.length() > 1 && text.charAt(0) == '0')) {
            throw new LogFormatException("old size must be a decimal number without leading zeros, was: " + text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new LogFormatException("old size is larger than 2^63-1, was: " + text, e);
        }
    }

    private static byte[] parseHash(String line, int number) {
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException("proof line " + number + " is not base64: " + line, e);
        }
        if (hash.length != HASH_SIZE || !Base64.getEncoder().encodeToString(hash).equals(line)) {
            throw new LogFormatException("proof line " + number + " must be a 32-byte hash in padded base64, was: " + line);
        }
        return hash;
    }
}
