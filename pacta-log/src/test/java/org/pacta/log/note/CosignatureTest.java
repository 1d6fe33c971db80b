package org.pacta.log.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.log.VerificationException;

class CosignatureTest {
    // Tessera's public test witness key Wit1 (append_lifecycle_test.go L380) re-typed as a 0x04
    // cosigner, cosigning the Tessera size-15 checkpoint at 1700000000: the self-computed
    // example of research/transparency-log.md §2.5.
    static final String WIT1_PRIVATE = "PRIVATE+KEY+Wit1+55ee4561+AeadRiG7XM4XiieCHzD8lxysXMwcViy5nYsoXURWGrlE";
    static final String WIT1_COSIGNER_VKEY = "Wit1+9b3fb2d5+BFhZSmQj9+SoL+p/nN0Hh76xXmF7QcHfytUrI1XfSClk";
    static final String WIT1_LINE = "\u2014 Wit1 mz+y1QAAAABlU/EAYEDMPd8Ge7XzsHcNU+F3AzavfsuzhRT3gC4BORiySViMAWQq5znn5g+ruu+iDztzMS3EeF6xr4ug+O66ORoSAw==\n";
    /** Tessera testdata/log/checkpoint (research §2.3). */
    static final String TESSERA_15_TEXT = "example.com/log/testdata\n15\nrKbDipCvhuX1GZ7g5BBe8sA6BbJ7ja/1nk427v383cs=\n";

    @Test
    void cosigner_wit1_reproducesResearchVector() {
        SignerKey wit1 = SignerKey.parse(WIT1_PRIVATE);

        assertThat(wit1.cosignerVerifierKey().encode()).isEqualTo(WIT1_COSIGNER_VKEY);
        NoteSigner cosigner = wit1.cosigner(() -> 1_700_000_000L);
        byte[] signature = cosigner.sign(TESSERA_15_TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(new NoteSignature(cosigner.name(), cosigner.keyId(), signature).line()).isEqualTo(WIT1_LINE);
        assertThat(CosignatureV1.timestamp(signature)).isEqualTo(1_700_000_000L);
    }

    @Test
    void verify_cosignatureWithCosignerKey() {
        Note note = new Note(TESSERA_15_TEXT, Note.parseSignatureLines(WIT1_LINE));

        assertThat(note.verify(List.of(VerifierKey.parse(WIT1_COSIGNER_VKEY).verifier()))).hasSize(1);
    }

    @Test
    void verify_changedTimestamp_rejected() {
        NoteSignature line = Note.parseSignatureLines(WIT1_LINE).get(0);
        byte[] signature = line.signature();
        signature[7] ^= 1;
        Note note = new Note(TESSERA_15_TEXT, List.of(new NoteSignature("Wit1", line.keyId(), signature)));

        assertThatThrownBy(() -> note.verify(List.of(VerifierKey.parse(WIT1_COSIGNER_VKEY).verifier())))
                .isInstanceOf(VerificationException.class)
                .hasMessage("note signature by Wit1+9b3fb2d5 does not verify");
    }

    @Test
    void verify_cosignatureIsUnknownToPlainEd25519KeyOfSameSeed() {
        // Key ids differ by type byte, so the 0x01 key does not even consider the 0x04 signature.
        Note note = new Note(TESSERA_15_TEXT, Note.parseSignatureLines(WIT1_LINE));

        assertThatThrownBy(() -> note.verify(List.of(SignerKey.parse(WIT1_PRIVATE).verifierKey().verifier())))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("no signature by a known key");
    }

    @Test
    void message_layout() {
        assertThat(new String(CosignatureV1.message(1679315147L, "o\n1\nAA==\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("cosignature/v1\ntime 1679315147\no\n1\nAA==\n");
    }

    @Test
    void cosigner_zeroTimestamp_refused() {
        NoteSigner cosigner = SignerKey.parse(WIT1_PRIVATE).cosigner(() -> 0L);

        assertThatThrownBy(() -> cosigner.sign(TESSERA_15_TEXT.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }
}
