package org.pacta.log.checkpoint;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pacta.log.LogFormatException;
import org.pacta.log.VerificationException;
import org.pacta.log.note.Note;
import org.pacta.log.note.NoteSignature;
import org.pacta.log.note.NoteSigner;
import org.pacta.log.note.NoteVerifier;

/**
 * A checkpoint with its signed note: the log's signature and any witness cosignatures. Obtained
 * either by {@link #sign} (the log side) or by {@link #open} (the client side, which verifies
 * the log's signature before anything else is believed).
 */
public record SignedCheckpoint(Checkpoint checkpoint, Note note) {
    public SignedCheckpoint {
        Objects.requireNonNull(checkpoint, "checkpoint is null");
        Objects.requireNonNull(note, "note is null");
        if (!note.text().equals(checkpoint.text())) {
            throw new IllegalArgumentException("note text is not the checkpoint's text");
        }
    }

    /** Signs {@code checkpoint} with the log's key. */
    public static SignedCheckpoint sign(Checkpoint checkpoint, NoteSigner logSigner) {
        Objects.requireNonNull(logSigner, "log signer is null");
        return new SignedCheckpoint(checkpoint, Note.sign(checkpoint.text(), List.of(logSigner)));
    }

    /**
     * Parses a checkpoint note and checks the log's signature on it. Signatures by other keys
     * (witnesses) are kept, unchecked; see {@link #cosignatures}.
     *
     * @throws LogFormatException if the note or the checkpoint is malformed
     * @throws VerificationException if the log's signature is missing or does not verify
     */
    public static SignedCheckpoint open(String note, NoteVerifier logVerifier) {
        Objects.requireNonNull(logVerifier, "log verifier is null");
        Note parsed = Note.parse(note);
        if (parsed.verifiedBy(List.of(logVerifier)).isEmpty()) {
            throw new VerificationException("checkpoint is not signed by the log key "
                    + logVerifier.name() + "+" + String.format("%08x", logVerifier.keyId()));
        }
        return new SignedCheckpoint(Checkpoint.parse(parsed.text()), parsed);
    }

    /**
     * The cosignatures by {@code witnesses} that verify, one per key, possibly none.
     *
     * @throws VerificationException if a cosignature by one of {@code witnesses} does not verify
     */
    public List<NoteSignature> cosignatures(Collection<NoteVerifier> witnesses) {
        return note.verifiedBy(witnesses);
    }

    /** This checkpoint with more signatures appended (say, a witness's add-checkpoint response). */
    public SignedCheckpoint withCosignatures(List<NoteSignature> cosignatures) {
        return new SignedCheckpoint(checkpoint, note.withSignatures(cosignatures));
    }

    /** The note as served at {@code <prefix>/checkpoint}. */
    public String format() {
        return note.format();
    }
}
