package org.pacta.log.evidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pacta.log.LogFormatException;
import org.pacta.log.VerificationException;
import org.pacta.log.checkpoint.Checkpoint;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.note.Note;
import org.pacta.log.note.NoteSignature;
import org.pacta.log.note.NoteVerifier;
import org.pacta.log.note.VerifierKey;

/**
 * Verifies evidence bundles offline, in this order: the checkpoint note parses and carries a
 * valid signature by the log key; the checkpoint parses; the index is below its size; the entry's
 * leaf hash and the inclusion proof lead to its root; at least {@code minWitnesses} distinct
 * trusted witness keys cosigned it, and no trusted witness's cosignature fails. Signatures by
 * other keys are ignored. Thread-safe.
 */
public final class EvidenceVerifier {
    private final NoteVerifier log;
    private final List<NoteVerifier> witnesses;
    private final int minWitnesses;

    /**
     * @param logKey the log's verifier key
     * @param witnessKeys the trusted witnesses' verifier keys (usually cosignature keys, type 0x04)
     * @param minWitnesses how many of them must have cosigned, 0 or more
     */
    public EvidenceVerifier(VerifierKey logKey, List<VerifierKey> witnessKeys, int minWitnesses) {
        Objects.requireNonNull(logKey, "log key is null");
        if (minWitnesses < 0 || minWitnesses > witnessKeys.size()) {
            throw new IllegalArgumentException("min witnesses must be 0 to the " + witnessKeys.size()
                    + " witness keys given, was: " + minWitnesses);
        }
        this.log = logKey.verifier();
        this.witnesses = witnessKeys.stream().map(VerifierKey::verifier).toList();
        this.minWitnesses = minWitnesses;
    }

    /** Verifies a bundle's text, reporting a malformed bundle as a failure too. */
    public EvidenceResult verify(String bundle) {
        try {
            return verify(EvidenceBundle.parse(bundle));
        } catch (LogFormatException e) {
            return new EvidenceResult.Failed(e.getMessage());
        }
    }

    public EvidenceResult verify(EvidenceBundle bundle) {
        Objects.requireNonNull(bundle, "bundle is null");
        try {
            Note note = Note.parse(bundle.checkpointNote());
            String logLabel = log.name() + "+" + String.format("%08x", log.keyId());
            if (note.verifiedBy(List.of(log)).isEmpty()) {
                return new EvidenceResult.Failed("checkpoint is not signed by the log key " + logLabel);
            }
            Checkpoint checkpoint = Checkpoint.parse(note.text());
            if (bundle.index() >= checkpoint.size()) {
                return new EvidenceResult.Failed("entry index " + bundle.index() + " is not below the checkpoint size " + checkpoint.size());
            }
            byte[] leafHash = MerkleHasher.leafHash(bundle.entry());
            ProofVerifier.verifyInclusion(bundle.index(), checkpoint.size(), leafHash, bundle.inclusionProof(), checkpoint.rootHash());
            List<NoteSignature> cosignatures = note.verifiedBy(witnesses);
            Set<String> names = new LinkedHashSet<>();
            cosignatures.forEach(signature -> names.add(signature.name()));
            if (cosignatures.size() < minWitnesses) {
                return new EvidenceResult.Failed("checkpoint has " + cosignatures.size() + " valid cosignature"
                        + (cosignatures.size() == 1 ? "" : "s") + " by trusted witnesses, " + minWitnesses + " required");
            }
            return new EvidenceResult.Verified(checkpoint, List.copyOf(names));
        } catch (LogFormatException | VerificationException e) {
            return new EvidenceResult.Failed(e.getMessage());
        }
    }
}
