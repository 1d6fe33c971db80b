package org.pacta.log.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.log.LogFormatException;

class SignerKeyTest {
    // Go sumdb/note example keys (golang/mod sumdb/note/example_test.go; research/transparency-log.md §2.2).
    static final String PETER_PRIVATE = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String PETER_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_SIGNATURE_LINE =
            "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void parse_goExampleKey_derivesPublishedVerifierKey() {
        SignerKey key = SignerKey.parse(PETER_PRIVATE);

        assertThat(key.name()).isEqualTo("PeterNeumann");
        assertThat(key.verifierKey().encode()).isEqualTo(PETER_VKEY);
        assertThat(key.encode()).isEqualTo(PETER_PRIVATE);
    }

    @Test
    void sign_goExampleText_reproducesPublishedSignature() {
        Note note = Note.sign(PETER_TEXT, List.of(SignerKey.parse(PETER_PRIVATE).signer()));

        assertThat(note.format()).isEqualTo(PETER_TEXT + "\n" + PETER_SIGNATURE_LINE);
    }

    @Test
    void generate_roundTripsThroughEncodeAndParse() {
        SignerKey key = SignerKey.generate("example.com/pacta");

        SignerKey parsed = SignerKey.parse(key.encode());

        assertThat(parsed).isEqualTo(key);
        assertThat(VerifierKey.parse(key.verifierKey().encode())).isEqualTo(key.verifierKey());
        Note note = Note.sign("hello\n", List.of(key.signer()));
        assertThat(note.verify(List.of(parsed.verifierKey().verifier()))).hasSize(1);
    }

    @Test
    void toString_hidesSeed() {
        SignerKey key = SignerKey.parse(PETER_PRIVATE);

        assertThat(key.toString()).doesNotContain("AYEKFALV").contains(PETER_VKEY);
    }

    @Test
    void parse_wrongKeyId_namesBothIds() {
        assertThatThrownBy(() -> SignerKey.parse(PETER_PRIVATE.replace("c74f20a3", "c74f20a4")))
                .isInstanceOf(LogFormatException.class)
                .hasMessageContaining("c74f20a4")
                .hasMessageContaining("c74f20a3");
    }

    @Test
    void parse_missingPrefix() {
        assertThatThrownBy(() -> SignerKey.parse(PETER_VKEY))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("private key must start with PRIVATE+KEY+");
    }

    @Test
    void parse_wrongAlgorithmByte() {
        // 0x02 || seed, otherwise the Go example key.
        String key = "PRIVATE+KEY+PeterNeumann+c74f20a3+AoEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

        assertThatThrownBy(() -> SignerKey.parse(key))
                .isInstanceOf(LogFormatException.class)
                .hasMessageContaining("0x01 followed by a 32-byte Ed25519 seed");
    }

    @Test
    void parse_nameWithSpace() {
        assertThatThrownBy(() -> SignerKey.parse("PRIVATE+KEY+Peter Neumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"))
                .isInstanceOf(LogFormatException.class)
                .hasMessageContaining("must not contain spaces");
    }
}
