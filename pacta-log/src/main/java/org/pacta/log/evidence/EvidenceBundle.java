package org.pacta.log.evidence;

import static org.pacta.log.merkle.MerkleHasher.HASH_SIZE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.pacta.log.LogFormatException;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.merkle.NodeReader;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.note.VerifierKey;

/**
 * An evidence bundle, {@code pacta-evidence/v1}: everything needed to check offline, with only
 * the log's public key (and witnesses' keys), that an entry is in the log. The file is UTF-8
 * text, every line ending with a newline:
 *
 * <pre>
 * pacta-evidence/v1
 * index &lt;leaf index, decimal without leading zeros&gt;
 * entry &lt;entry bytes, standard padded base64&gt;
 * &lt;inclusion proof hash, padded base64&gt;     (zero or more lines, leaf side first)
 *
 * &lt;checkpoint signed note: checkpoint text, blank line, signature and cosignature lines&gt;
 * </pre>
 *
 * The inclusion proof is for the checkpoint's tree size. The layout follows the tlog-witness
 * request body (proof lines, blank line, note), so any tool that can read a checkpoint note can
 * read the tail of a bundle. See {@link EvidenceVerifier} for what is checked.
 */
public record EvidenceBundle(long index, byte[] entry, List<byte[]> inclusionProof, String checkpointNote) {
    /** The first line of every bundle of this version. */
    public static final String HEADER = "pacta-evidence/v1";
    /** Most proof lines: a tree of 2^63 leaves needs at most 63 hashes. */
    public static final int MAX_PROOF_LINES = 63;

    public EvidenceBundle {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was: " + index);
        }
        Objects.requireNonNull(entry, "entry is null");
        Objects.requireNonNull(checkpointNote, "checkpoint note is null");
        entry = entry.clone();
        if (inclusionProof.size() > MAX_PROOF_LINES) {
            throw new IllegalArgumentException("an inclusion proof has at most 63 hashes, was given " + inclusionProof.size());
        }
        List<byte[]> copies = new ArrayList<>();
        for (byte[] hash : inclusionProof) {
            if (hash.length != HASH_SIZE) {
                throw new IllegalArgumentException("proof hashes must be 32 bytes, one is " + hash.length);
            }
            copies.add(hash.clone());
        }
        inclusionProof = List.copyOf(copies);
        if (checkpointNote.isEmpty() || !checkpointNote.endsWith("\n")) {
            throw new IllegalArgumentException("checkpoint note must end with a newline");
        }
    }

    /**
     * The bundle for entry {@code index} of the log at {@code checkpoint}, with the inclusion proof
     * built from {@code tree} (which must serve a tree of at least the checkpoint's size).
     */
    public static EvidenceBundle create(long index, byte[] entry, SignedCheckpoint checkpoint, NodeReader tree) {
        Objects.requireNonNull(checkpoint, "checkpoint is null");
        List<byte[]> proof = ProofBuilder.inclusionProof(index, checkpoint.checkpoint().size(), tree);
        return new EvidenceBundle(index, entry, proof, checkpoint.format());
    }

    /**
     * Verifies this bundle; shorthand for {@link EvidenceVerifier#verify(EvidenceBundle)}.
     *
     * @return verified, or a one-line reason why not
     */
    public EvidenceResult verify(VerifierKey logKey, List<VerifierKey> witnessKeys, int minWitnesses) {
        return new EvidenceVerifier(logKey, witnessKeys, minWitnesses).verify(this);
    }

    /**
     * Parses a bundle. Only the layout is checked here; {@link EvidenceVerifier} checks the rest.
     *
     * @throws LogFormatException naming the bad line
     */
    public static EvidenceBundle parse(String bundle) {
        Objects.requireNonNull(bundle, "bundle is null");
        Lines lines = new Lines(bundle);
        String header = lines.next("the header");
        if (!header.equals(HEADER)) {
            throw new LogFormatException("evidence bundle must start with " + HEADER + ", was: " + header);
        }
        long index = parseIndex(lines.keyed("index"));
        byte[] entry = decode(lines.keyed("entry"), "entry line");
        List<byte[]> proof = new ArrayList<>();
        for (String line = lines.next("the proof or an empty line"); !line.isEmpty(); line = lines.next("an empty line")) {
            if (proof.size() == MAX_PROOF_LINES) {
                throw new LogFormatException("evidence bundle has more than 63 proof lines");
            }
            byte[] hash = decode(line, "proof line " + (proof.size() + 1));
            if (hash.length != HASH_SIZE) {
                throw new LogFormatException("evidence bundle proof line " + (proof.size() + 1) + " must be a 32-byte hash, is "
                        + hash.length + " bytes");
            }
            proof.add(hash);
        }
        String note = lines.rest();
        if (note.isEmpty() || !note.endsWith("\n")) {
            throw new LogFormatException("evidence bundle must end with a checkpoint note ending in a newline");
        }
        return new EvidenceBundle(index, entry, proof, note);
    }

    /** The bundle file's text. */
    public String format() {
        Base64.Encoder base64 = Base64.getEncoder();
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append("index ").append(index).append('\n')
                .append("entry ").append(base64.encodeToString(entry)).append('\n');
        for (byte[] hash : inclusionProof) {
            text.append(base64.encodeToString(hash)).append('\n');
        }
        return text.append('\n').append(checkpointNote).toString();
    }

    /** A copy of the entry bytes. */
    @Override
    public byte[] entry() {
        return entry.clone();
    }

    /** Copies of the proof hashes. */
    @Override
    public List<byte[]> inclusionProof() {
        return inclusionProof.stream().map(byte[]::clone).toList();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof EvidenceBundle that) || that.index != index || !Arrays.equals(that.entry, entry)
                || !that.checkpointNote.equals(checkpointNote) || that.inclusionProof.size() != inclusionProof.size()) {
            return false;
        }
        for (int i = 0; i < inclusionProof.size(); i++) {
            if (!Arrays.equals(that.inclusionProof.get(i), inclusionProof.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index) * 31 + Arrays.hashCode(entry);
    }

    @Override
    public String toString() {
        return "EvidenceBundle[index " + index + ", entry " + HexFormat.of().formatHex(entry, 0, Math.min(entry.length, 16))
                + (entry.length > 16 ? "…" : "") + ", " + inclusionProof.size() + " proof hashes]";
    }

    private static long parseIndex(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9') || (text.length() > 1 && text.charAt(0) == '0')) {
            throw new LogFormatException("evidence bundle index must be a decimal number without leading zeros, was: " + text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new LogFormatException("evidence bundle index is larger than 2^63-1, was: " + text, e);
        }
    }

    private static byte[] decode(String text, String what) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
                throw new LogFormatException("evidence bundle " + what + " is not canonical padded base64");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            if (e instanceof LogFormatException format) {
                throw format;
            }
            throw new LogFormatException("evidence bundle " + what + " is not base64", e);
        }
    }

    /** Reads a bundle line by line, counting lines for error messages. */
    private static final class Lines {
        private final String text;
        private int position;
        private int number;

        Lines(String text) {
            this.text = text;
        }

        String next(String expected) {
            int end = text.indexOf('\n', position);
            number++;
            if (end < 0) {
                throw new LogFormatException("evidence bundle ends at line " + number + " where " + expected + " should be");
            }
            String line = text.substring(position, end);
            position = end + 1;
            return line;
        }

        String keyed(String key) {
            String line = next("the " + key + " line");
            if (!line.startsWith(key + " ")) {
                throw new LogFormatException("evidence bundle line " + number + " must be " + key + " <value>, was: " + line);
            }
            return line.substring(key.length() + 1);
        }

        String rest() {
            return text.substring(position);
        }
    }
}
