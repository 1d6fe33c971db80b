package org.pacta.log.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.log.LogFormatException;
import org.pacta.log.VerificationException;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.note.NoteSignature;
import org.pacta.log.note.SignerKey;
import org.pacta.log.note.VerifierKey;

class SignedCheckpointTest {
    // Tessera testdata/log: verifier key, checkpoint (size 15) and checkpoint.3 (research §2.3).
    static final String TESSERA_VKEY = "example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx";
    static final String TESSERA_PRIVATE = "PRIVATE+KEY+example.com/log/testdata+33d7b496+AeymY/SZAX0jZcJ8enZ5FY1Dz+wTML2yWSkK+9DSF3eg";
    static final String TESSERA_15_NOTE = CheckpointTest.TESSERA_15 + "\n"
            + "\u2014 example.com/log/testdata M9e0luh4jTG+UMBqOUo9/q+yAEvx1ilBEniMvjf1zfcBOhg+CKubMt53MvIt/uEWP6zdkdIQzd/fmwlM/dlPWF74ewI=\n";
    static final String TESSERA_3_NOTE = "example.com/log/testdata\n3\nWqx3HImawpLnS/Gv4ubjAvi1WIOy0b8Ze0amvqbavKk=\n\n"
            + "\u2014 example.com/log/testdata M9e0lvAQRtH832pk2RTbeSeZMkp4FZSdJYFBUjO5SKxuRbywPUF3cx+HUrb50kjd3rUWW/fj53Wj1dwcwh9bGQnqVAg=\n";

    @Test
    void open_tesseraCheckpoints() {
        VerifierKey key = VerifierKey.parse(TESSERA_VKEY);

        assertThat(SignedCheckpoint.open(TESSERA_15_NOTE, key.verifier()).checkpoint().size()).isEqualTo(15);
        assertThat(SignedCheckpoint.open(TESSERA_3_NOTE, key.verifier()).checkpoint().size()).isEqualTo(3);
    }

    @Test
    void sign_withTesseraKey_reproducesTesseraNote() {
        // Ed25519 is deterministic, so the published private key must give the published note.
        SignedCheckpoint signed = SignedCheckpoint.sign(Checkpoint.parse(CheckpointTest.TESSERA_15),
                SignerKey.parse(TESSERA_PRIVATE).signer());

        assertThat(signed.format()).isEqualTo(TESSERA_15_NOTE);
    }

    @Test
    void open_otherLogsKey_rejected() {
        SignerKey other = SignerKey.generate("example.com/other");

        assertThatThrownBy(() -> SignedCheckpoint.open(TESSERA_15_NOTE, other.verifierKey().verifier()))
                .isInstanceOf(VerificationException.class)
                .hasMessageStartingWith("checkpoint is not signed by the log key example.com/other+");
    }

    @Test
    void open_alteredSize_rejected() {
        String altered = TESSERA_15_NOTE.replace("\n15\n", "\n16\n");

        assertThatThrownBy(() -> SignedCheckpoint.open(altered, VerifierKey.parse(TESSERA_VKEY).verifier()))
                .isInstanceOf(VerificationException.class)
                .hasMessage("note signature by example.com/log/testdata+33d7b496 does not verify");
    }

    @Test
    void open_signedButMalformedCheckpoint() {
        SignerKey log = SignerKey.generate("example.com/log");
        String note = org.pacta.log.note.Note.sign("example.com/log\n0x1f\nAA==\n", List.of(log.signer())).format();

        assertThatThrownBy(() -> SignedCheckpoint.open(note, log.verifierKey().verifier()))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("checkpoint size must be a decimal number, was: 0x1f");
    }

    @Test
    void cosignatures_keptThroughOpen_andCountedByWitnessKeys() {
        SignerKey log = SignerKey.generate("example.com/log");
        SignerKey witness = SignerKey.generate("witness.example/w1");
        SignedCheckpoint signed = SignedCheckpoint.sign(new Checkpoint("example.com/log", 0, MerkleHasher.emptyRoot()), log.signer());
        byte[] text = signed.note().text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        NoteSignature cosignature = new NoteSignature(witness.name(), witness.cosigner(() -> 1234).keyId(),
                witness.cosigner(() -> 1234).sign(text));

        SignedCheckpoint reopened = SignedCheckpoint.open(signed.withCosignatures(List.of(cosignature)).format(),
                log.verifierKey().verifier());

        assertThat(reopened.cosignatures(List.of(witness.cosignerVerifierKey().verifier()))).containsExactly(cosignature);
        assertThat(reopened.cosignatures(List.of(SignerKey.generate("w2").cosignerVerifierKey().verifier()))).isEmpty();
    }
}
