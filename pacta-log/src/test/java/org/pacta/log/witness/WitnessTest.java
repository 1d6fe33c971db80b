package org.pacta.log.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pacta.log.LogFormatException;
import org.pacta.log.checkpoint.Checkpoint;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.merkle.NodeReader;
import org.pacta.log.merkle.ProofBuilder;
import org.pacta.log.merkle.TestTrees;
import org.pacta.log.note.Note;
import org.pacta.log.note.SignerKey;

class WitnessTest {
    private static final String ORIGIN = "example.com/log";
    private static final SignerKey LOG = SignerKey.generate(ORIGIN);
    private static final SignerKey WITNESS = SignerKey.generate("witness.example/w1");
    private static final List<byte[]> LEAVES = TestTrees.syntheticLeafHashes(20);
    private static final NodeReader TREE = TestTrees.reader(LEAVES);
    private final Witness witness = new Witness(Map.of(ORIGIN, List.of(LOG.verifierKey())), List.of(WITNESS.cosigner(() -> 1_700_000_000L)));

    @Test
    void decide_firstCheckpointFromZero_cosigns() {
        WitnessDecision decision = witness.decide(request(0, 8), Optional.empty());

        assertThat(decision.status()).isEqualTo(200);
        WitnessDecision.Cosigned cosigned = (WitnessDecision.Cosigned) decision;
        assertThat(cosigned.newState()).isEqualTo(new WitnessState(ORIGIN, 8, root(8)));
        Note cosignedNote = Note.parse(checkpoint(8) + decision.body());
        assertThat(cosignedNote.verify(List.of(WITNESS.cosignerVerifierKey().verifier()))).hasSize(1);
    }

    @Test
    void decide_consistentGrowth_cosigns() {
        WitnessDecision decision = witness.decide(request(8, 13), Optional.of(state(8)));

        assertThat(decision).isInstanceOf(WitnessDecision.Cosigned.class);
        assertThat(((WitnessDecision.Cosigned) decision).newState().size()).isEqualTo(13);
    }

    @Test
    void decide_sameSizeSameRoot_cosignsAgain() {
        assertThat(witness.decide(request(8, 8), Optional.of(state(8))).status()).isEqualTo(200);
    }

    @Test
    void decide_unknownOrigin_404() {
        SignerKey other = SignerKey.generate("example.com/other");
        String note = SignedCheckpoint.sign(new Checkpoint("example.com/other", 1, LEAVES.get(0)), other.signer()).format();

        WitnessDecision decision = witness.decide(new AddCheckpointRequest(0, List.of(), note), Optional.empty());

        assertThat(decision.status()).isEqualTo(404);
        assertThat(decision.body()).isEqualTo("unknown log origin: example.com/other\n");
    }

    @Test
    void decide_signedByUntrustedKey_403() {
        SignerKey impostor = SignerKey.generate(ORIGIN);
        String note = SignedCheckpoint.sign(new Checkpoint(ORIGIN, 8, root(8)), impostor.signer()).format();

        assertThat(witness.decide(new AddCheckpointRequest(0, List.of(), note), Optional.empty()).status()).isEqualTo(403);
    }

    @Test
    void decide_trustedKeySignatureFails_403() {
        String forged = checkpoint(8).replace("\n8\n", "\n9\n");

        WitnessDecision decision = witness.decide(new AddCheckpointRequest(0, List.of(), forged), Optional.empty());

        assertThat(decision.status()).isEqualTo(403);
        assertThat(decision.body()).contains("does not verify");
    }

    @Test
    void decide_oldSizeAboveCheckpointSize_400() {
        assertThat(witness.decide(new AddCheckpointRequest(13, List.of(), checkpoint(8)), Optional.of(state(13))).status())
                .isEqualTo(400);
    }

    @Test
    void decide_malformedBody_400() {
        WitnessDecision decision = witness.decide("old 08\n\n" + checkpoint(8), origin -> Optional.empty());

        assertThat(decision.status()).isEqualTo(400);
        assertThat(decision.body()).isEqualTo("old size must be a decimal number without leading zeros, was: 08\n");
    }

    @Test
    void decide_oldSizeNotLatest_409WithLatestSize() {
        WitnessDecision decision = witness.decide(request(5, 13), Optional.of(state(8)));

        assertThat(decision.status()).isEqualTo(409);
        assertThat(decision.contentType()).isEqualTo("text/x.tlog.size");
        assertThat(decision.body()).isEqualTo("8\n");
    }

    @Test
    void decide_neverSeenButOldSizeNonZero_409WithZero() {
        WitnessDecision decision = witness.decide(request(5, 13), Optional.empty());

        assertThat(decision).isEqualTo(new WitnessDecision.SizeConflict(0));
        assertThat(decision.body()).isEqualTo("0\n");
    }

    @Test
    void decide_badConsistencyProof_422() {
        List<byte[]> proof = ProofBuilder.consistencyProof(8, 13, TREE).stream().map(byte[]::clone).toList();
        proof.get(0)[0] ^= 1;

        WitnessDecision decision = witness.decide(new AddCheckpointRequest(8, proof, checkpoint(13)), Optional.of(state(8)));

        assertThat(decision.status()).isEqualTo(422);
    }

    @Test
    void decide_proofFromZero_422() {
        WitnessDecision decision = witness.decide(new AddCheckpointRequest(0, List.of(root(8)), checkpoint(8)), Optional.empty());

        assertThat(decision).isEqualTo(new WitnessDecision.Rejected(422, "a consistency proof from size 0 must be empty"));
    }

    @Test
    void decide_sizeZeroWithNonEmptyRoot_422() {
        String note = SignedCheckpoint.sign(new Checkpoint(ORIGIN, 0, root(8)), LOG.signer()).format();

        assertThat(witness.decide(new AddCheckpointRequest(0, List.of(), note), Optional.empty()).status()).isEqualTo(422);
    }

    @Test
    void decide_sizeZeroWithEmptyRoot_cosigns() {
        String note = SignedCheckpoint.sign(new Checkpoint(ORIGIN, 0, MerkleHasher.emptyRoot()), LOG.signer()).format();

        assertThat(witness.decide(new AddCheckpointRequest(0, List.of(), note), Optional.empty()).status()).isEqualTo(200);
    }

    @Test
    void decide_sameSizeDifferentRoot_422() {
        WitnessState forked = new WitnessState(ORIGIN, 8, root(7));

        WitnessDecision decision = witness.decide(request(8, 8), Optional.of(forked));

        assertThat(decision.status()).isEqualTo(422);
        assertThat(decision.body()).contains("another root");
    }

    @Test
    void request_formatAndParse_roundTrip() {
        AddCheckpointRequest request = request(8, 13);

        AddCheckpointRequest parsed = AddCheckpointRequest.parse(request.format());

        assertThat(parsed.oldSize()).isEqualTo(8);
        assertThat(TestTrees.sameHashes(parsed.consistencyProof(), request.consistencyProof())).isTrue();
        assertThat(parsed.checkpointNote()).isEqualTo(checkpoint(13));
        assertThat(parsed.origin()).isEqualTo(ORIGIN);
        assertThat(request.format()).startsWith("old 8\n").contains("\n\n" + ORIGIN + "\n13\n");
    }

    @Test
    void request_parse_missingEmptyLine() {
        assertThatThrownBy(() -> AddCheckpointRequest.parse("old 0\n"))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("add-checkpoint body has no empty line before the checkpoint");
    }

    @Test
    void request_parse_badProofLine() {
        assertThatThrownBy(() -> AddCheckpointRequest.parse("old 1\nAAAA\n\n" + checkpoint(8)))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("proof line 1 must be a 32-byte hash in padded base64, was: AAAA");
    }

    @Test
    void request_parse_tooManyProofLines() {
        String line = java.util.Base64.getEncoder().encodeToString(new byte[32]) + "\n";

        assertThatThrownBy(() -> AddCheckpointRequest.parse("old 1\n" + line.repeat(64) + "\n" + checkpoint(8)))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("add-checkpoint body has more than 63 proof lines");
    }

    private static AddCheckpointRequest request(long oldSize, long size) {
        List<byte[]> proof = oldSize == 0 ? List.of() : ProofBuilder.consistencyProof(oldSize, size, TREE);
        return new AddCheckpointRequest(oldSize, proof, checkpoint(size));
    }

    private static String checkpoint(long size) {
        return SignedCheckpoint.sign(new Checkpoint(ORIGIN, size, root(size)), LOG.signer()).format();
    }

    private static WitnessState state(long size) {
        return new WitnessState(ORIGIN, size, root(size));
    }

    private static byte[] root(long size) {
        return ProofBuilder.rootHash(size, TREE);
    }
}
