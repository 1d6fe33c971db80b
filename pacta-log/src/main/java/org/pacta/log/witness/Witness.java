package org.pacta.log.witness;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.pacta.log.LogFormatException;
import org.pacta.log.VerificationException;
import org.pacta.log.checkpoint.Checkpoint;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.note.Note;
import org.pacta.log.note.NoteSignature;
import org.pacta.log.note.NoteSigner;
import org.pacta.log.note.NoteVerifier;
import org.pacta.log.note.VerifierKey;

/**
 * The decision rules of a C2SP tlog-witness for {@code add-checkpoint}, as a pure function of the
 * request and the witness's stored state. In order: unknown origin 404; no trusted log signature,
 * or a trusted key whose signature fails, 403; a malformed body or old size above the checkpoint
 * size 400; old size not the latest cosigned size (0 if none) 409 with that size; a size-0
 * checkpoint whose root is not the empty tree's, a proof from old size 0, a proof that does not
 * verify, or the same size with another root 422; otherwise 200 with cosignatures.
 *
 * <p>(The C2SP text has varied on equal sizes with different roots: this follows
 * research/transparency-log.md §2.6, which answers 422.)
 *
 * <p>Thread-safe. The caller must read the state, decide and store {@link WitnessDecision.Cosigned#newState()}
 * atomically (a compare-and-swap on the old state), or a slower request can roll the state back.
 */
public final class Witness {
    private final Map<String, List<NoteVerifier>> logs;
    private final List<NoteSigner> cosigners;

    /**
     * @param logs the trusted log keys by origin
     * @param cosigners this witness's cosignature signers ({@link org.pacta.log.note.SignerKey#cosigner})
     */
    public Witness(Map<String, List<VerifierKey>> logs, List<NoteSigner> cosigners) {
        Objects.requireNonNull(logs, "logs is null");
        this.logs = logs.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> entry.getValue().stream().map(VerifierKey::verifier).toList()));
        this.cosigners = List.copyOf(cosigners);
        if (this.cosigners.isEmpty()) {
            throw new IllegalArgumentException("a witness needs at least one cosigner");
        }
    }

    /** Decides on a raw request body, looking up the stored state of the checkpoint's origin. */
    public WitnessDecision decide(String body, Function<String, Optional<WitnessState>> stateByOrigin) {
        AddCheckpointRequest request;
        try {
            request = AddCheckpointRequest.parse(body);
        } catch (LogFormatException e) {
            return new WitnessDecision.Rejected(400, e.getMessage());
        }
        return decide(request, stateByOrigin.apply(request.origin()));
    }

    /**
     * Decides on a parsed request.
     *
     * @param latest the latest checkpoint this witness cosigned for {@code request.origin()}, if any
     */
    public WitnessDecision decide(AddCheckpointRequest request, Optional<WitnessState> latest) {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(latest, "latest is null");
        String origin = request.origin();
        latest.ifPresent(state -> {
            if (!state.origin().equals(origin)) {
                throw new IllegalArgumentException("state of " + state.origin() + " given for a checkpoint of " + origin);
            }
        });
        List<NoteVerifier> trusted = logs.get(origin);
        if (trusted == null) {
            return new WitnessDecision.Rejected(404, "unknown log origin: " + origin);
        }
        Note note;
        Checkpoint checkpoint;
        try {
            note = Note.parse(request.checkpointNote());
        } catch (LogFormatException e) {
            return new WitnessDecision.Rejected(400, e.getMessage());
        }
        try {
            if (note.verifiedBy(trusted).isEmpty()) {
                return new WitnessDecision.Rejected(403, "checkpoint carries no signature by a trusted key of " + origin);
            }
        } catch (VerificationException e) {
            return new WitnessDecision.Rejected(403, e.getMessage());
        }
        try {
            checkpoint = Checkpoint.parse(note.text());
        } catch (LogFormatException e) {
            return new WitnessDecision.Rejected(400, e.getMessage());
        }
        long oldSize = request.oldSize();
        if (oldSize > checkpoint.size()) {
            return new WitnessDecision.Rejected(400, "old size " + oldSize + " is above the checkpoint size " + checkpoint.size());
        }
        long latestSize = latest.map(WitnessState::size).orElse(0L);
        if (oldSize != latestSize) {
            return new WitnessDecision.SizeConflict(latestSize);
        }
        String inconsistency = inconsistency(request, checkpoint, latest);
        if (inconsistency != null) {
            return new WitnessDecision.Rejected(422, inconsistency);
        }
        byte[] text = note.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<NoteSignature> cosignatures = cosigners.stream()
                .map(signer -> new NoteSignature(signer.name(), signer.keyId(), signer.sign(text)))
                .toList();
        return new WitnessDecision.Cosigned(cosignatures, new WitnessState(origin, checkpoint.size(), checkpoint.rootHash()));
    }

    /** Why the checkpoint is not a consistent extension of the stored state, or null. */
    private static String inconsistency(AddCheckpointRequest request, Checkpoint checkpoint, Optional<WitnessState> latest) {
        long oldSize = request.oldSize();
        List<byte[]> proof = request.consistencyProof();
        if (checkpoint.size() == 0 && !MessageDigest.isEqual(checkpoint.rootHash(), MerkleHasher.emptyRoot())) {
            return "a checkpoint of size 0 must have the empty tree's root";
        }
        if (oldSize == 0) {
            return proof.isEmpty() ? null : "a consistency proof from size 0 must be empty";
        }
        byte[] oldRoot = latest.orElseThrow().rootHash();
        if (oldSize == checkpoint.size()) {
            if (!proof.isEmpty()) {
                return "a consistency proof between equal sizes must be empty";
            }
            return MessageDigest.isEqual(oldRoot, checkpoint.rootHash())
                    ? null
                    : "checkpoint has size " + oldSize + " like the one cosigned before, but another root";
        }
        try {
            ProofVerifier.verifyConsistency(oldSize, checkpoint.size(), oldRoot, checkpoint.rootHash(), proof);
            return null;
        } catch (VerificationException e) {
            return e.getMessage();
        }
    }
}
