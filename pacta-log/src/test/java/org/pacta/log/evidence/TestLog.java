package org.pacta.log.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pacta.log.checkpoint.Checkpoint;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.merkle.ProofVerifier;
import org.pacta.log.note.SignerKey;
import org.pacta.log.tiles.InMemoryTileStore;
import org.pacta.log.tiles.TileNodeReader;
import org.pacta.log.witness.AddCheckpointRequest;
import org.pacta.log.witness.Witness;
import org.pacta.log.witness.WitnessDecision;
import org.pacta.log.witness.WitnessState;

/**
 * A whole log in memory, wired the way the integrator will be: entries go through the
 * Integrator into tiles, a checkpoint is signed and sent to a witness, which cosigns it. After
 * every step {@link #checkLog()} re-verifies every entry against the latest checkpoint, from a
 * fresh evidence bundle, and the new checkpoint against the previous one (as sunlight's CheckLog).
 */
final class TestLog {
    final SignerKey logKey;
    final SignerKey witnessKey;
    private final Witness witness;
    private final InMemoryTileStore tiles = new InMemoryTileStore();
    private final List<byte[]> entries = new ArrayList<>();
    private Optional<WitnessState> witnessState = Optional.empty();
    private SignedCheckpoint latest;
    private long clock = 1_700_000_000L;

    TestLog(String origin) {
        logKey = SignerKey.generate(origin);
        witnessKey = SignerKey.generate("witness.example/w1");
        witness = new Witness(java.util.Map.of(origin, List.of(logKey.verifierKey())), List.of(witnessKey.cosigner(() -> clock)));
        latest = SignedCheckpoint.sign(new Checkpoint(origin, 0, MerkleHasher.emptyRoot()), logKey.signer());
    }

    /** Appends entries, publishes a cosigned checkpoint and checks the whole log. */
    SignedCheckpoint append(List<byte[]> batch) {
        long oldSize = tiles.size();
        tiles.append(batch.stream().map(MerkleHasher::leafHash).toList());
        entries.addAll(batch);
        SignedCheckpoint signed = SignedCheckpoint.sign(
                new Checkpoint(logKey.name(), tiles.size(), tiles.rootHash()), logKey.signer());
        long witnessed = witnessState.map(WitnessState::size).orElse(0L);
        List<byte[]> proof = witnessed == 0 || witnessed == tiles.size()
                ? List.of()
                : ProofBuilder.consistencyProof(witnessed, tiles.size(), new TileNodeReader(tiles, tiles.size()));
        clock++;
        WitnessDecision decision = witness.decide(new AddCheckpointRequest(witnessed, proof, signed.format()), witnessState);
        assertThat(decision.status()).as(decision.body()).isEqualTo(200);
        WitnessDecision.Cosigned cosigned = (WitnessDecision.Cosigned) decision;
        witnessState = Optional.of(cosigned.newState());
        SignedCheckpoint previous = latest;
        latest = signed.withCosignatures(cosigned.cosignatures());
        checkConsistency(previous, oldSize);
        checkLog();
        return latest;
    }

    EvidenceBundle evidence(long index) {
        return EvidenceBundle.create(index, entries.get((int) index), latest, new TileNodeReader(tiles, latest.checkpoint().size()));
    }

    SignedCheckpoint latest() {
        return latest;
    }

    /** Every entry, from a fresh bundle, verifies against the latest checkpoint with its cosignature. */
    void checkLog() {
        EvidenceVerifier verifier = new EvidenceVerifier(logKey.verifierKey(), List.of(witnessKey.cosignerVerifierKey()), 1);
        for (long index = 0; index < entries.size(); index++) {
            EvidenceBundle bundle = EvidenceBundle.parse(evidence(index).format());
            EvidenceResult result = verifier.verify(bundle);
            assertThat(result).as("entry %d", index).isInstanceOf(EvidenceResult.Verified.class);
        }
    }

    private void checkConsistency(SignedCheckpoint previous, long oldSize) {
        if (oldSize == 0) {
            return;
        }
        long size = latest.checkpoint().size();
        ProofVerifier.verifyConsistency(oldSize, size, previous.checkpoint().rootHash(), latest.checkpoint().rootHash(),
                ProofBuilder.consistencyProof(oldSize, size, new TileNodeReader(tiles, size)));
    }
}
