package org.pacta.log.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.log.LogFormatException;
import org.pacta.log.VerificationException;

class NoteTest {
    // C2SP signed-note spec example, L165-175 (research §2.1).
    static final String FOO_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    static final String FOO_NOTE = "This is an example message.\n\n"
            + "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";
    static final String PETER_NOTE = SignerKeyTest.PETER_TEXT + "\n" + SignerKeyTest.PETER_SIGNATURE_LINE;

    private static final NoteVerifier FOO = VerifierKey.parse(FOO_VKEY).verifier();
    private static final NoteVerifier PETER = VerifierKey.parse(SignerKeyTest.PETER_VKEY).verifier();

    @Test
    void verify_c2spExample() {
        Note note = Note.parse(FOO_NOTE);

        assertThat(note.text()).isEqualTo("This is an example message.\n");
        assertThat(note.verify(List.of(FOO))).extracting(NoteSignature::name).containsExactly("example.com/foo");
        assertThat(note.format()).isEqualTo(FOO_NOTE);
    }

    @Test
    void verify_goExample() {
        assertThat(Note.parse(PETER_NOTE).verify(List.of(PETER))).hasSize(1);
    }

    @Test
    void verify_unknownSignerIgnored_knownOneVerifies() {
        Note both = Note.parse(SignerKeyTest.PETER_TEXT + "\n"
                + "\u2014 someone.else AAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\n"
                + SignerKeyTest.PETER_SIGNATURE_LINE);

        assertThat(both.verify(List.of(PETER))).extracting(NoteSignature::name).containsExactly("PeterNeumann");
    }

    @Test
    void verify_noKnownSigner() {
        assertThatThrownBy(() -> Note.parse(PETER_NOTE).verify(List.of(FOO)))
                .isInstanceOf(VerificationException.class)
                .hasMessage("note has no signature by a known key; it is signed by PeterNeumann+c74f20a3");
    }

    @Test
    void verify_everyFlippedSignatureBit_rejected() {
        Note note = Note.parse(PETER_NOTE);
        byte[] signature = note.signatures().get(0).signature();
        for (int bit = 0; bit < signature.length * 8; bit++) {
            byte[] flipped = signature.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            Note tampered = new Note(note.text(), List.of(new NoteSignature("PeterNeumann", 0xc74f20a3, flipped)));
            assertThatThrownBy(() -> tampered.verify(List.of(PETER)))
                    .isInstanceOf(VerificationException.class)
                    .hasMessage("note signature by PeterNeumann+c74f20a3 does not verify");
        }
    }

    @Test
    void verify_flippedTextBit_rejected() {
        Note tampered = Note.parse(PETER_NOTE.replaceFirst("think", "thinc"));

        assertThatThrownBy(() -> tampered.verify(List.of(PETER))).isInstanceOf(VerificationException.class);
    }

    @Test
    void verify_wrongKeyId_isUnknownSigner() {
        Note note = Note.parse(PETER_NOTE);
        Note wrongId = new Note(note.text(), List.of(new NoteSignature("PeterNeumann", 0xc74f20a4, note.signatures().get(0).signature())));

        assertThatThrownBy(() -> wrongId.verify(List.of(PETER)))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("no signature by a known key");
    }

    @Test
    void verify_nameAndIdOfKnownKeyButOtherKeysSignature_rejected() {
        // A key that claims PeterNeumann's name and id but signs with another seed.
        SignerKey impostor = SignerKey.generate("PeterNeumann");
        byte[] signature = impostor.signer().sign(SignerKeyTest.PETER_TEXT.getBytes(StandardCharsets.UTF_8));
        Note forged = new Note(SignerKeyTest.PETER_TEXT, List.of(new NoteSignature("PeterNeumann", 0xc74f20a3, signature)));

        assertThatThrownBy(() -> forged.verify(List.of(PETER)))
                .isInstanceOf(VerificationException.class)
                .hasMessage("note signature by PeterNeumann+c74f20a3 does not verify");
    }

    @Test
    void verify_oneKnownGoodAndOneKnownBad_rejected() {
        Note good = Note.parse(PETER_NOTE);
        Note withBad = good.withSignatures(List.of(new NoteSignature("example.com/foo", 0x530d903a, new byte[64])));

        assertThatThrownBy(() -> withBad.verify(List.of(PETER, FOO)))
                .isInstanceOf(VerificationException.class)
                .hasMessage("note signature by example.com/foo+530d903a does not verify");
    }

    @Test
    void parse_textWithBlankLines_splitsAtLastBlankLine() {
        SignerKey key = SignerKey.generate("pacta.example/test");
        Note signed = Note.sign("first\n\nthird\n", List.of(key.signer()));

        Note parsed = Note.parse(signed.format());

        assertThat(parsed.text()).isEqualTo("first\n\nthird\n");
        assertThat(parsed.verify(List.of(key.verifierKey().verifier()))).hasSize(1);
    }

    @Test
    void parse_signatureCap() {
        StringBuilder note = new StringBuilder("text\n\n");
        String line = SignerKeyTest.PETER_SIGNATURE_LINE;
        note.append(line.repeat(Note.MAX_SIGNATURES));
        assertThat(Note.parse(note.toString()).signatures()).hasSize(Note.MAX_SIGNATURES);

        assertThatThrownBy(() -> Note.parse(note + line))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("note has 101 signatures, more than the 100 accepted");
    }

    @Test
    void parse_invalidUtf8() {
        byte[] bytes = PETER_NOTE.getBytes(StandardCharsets.UTF_8);
        bytes[3] = (byte) 0xC3;

        assertThatThrownBy(() -> Note.parse(bytes))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("note is not valid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missingSignature|text\\n\\n|note has no signature lines after its blank line",
        "missingBlankLine|text\\n\\u2014 PeterNeumann xw==\\n|note has no blank line before its signatures",
        "missingFinalNewline|text\\n\\n\\u2014 PeterNeumann x08go/ZJ|note must end with a newline",
        "controlCharacter|te\\txt\\n\\n\\u2014 a AAAAAAA=\\n|note contains control character U+0009 at offset 2",
        "hyphenInsteadOfEmDash|text\\n\\n- a AAAAAAA=\\n|note signature line 1 must start with an em dash and a space",
        "noSpaceAfterName|text\\n\\n\\u2014 a\\n|note signature line 1 must be",
        "badBase64|text\\n\\n\\u2014 a AAA*AAA=\\n|note signature line 1 by a is not base64",
        "unpaddedBase64|text\\n\\n\\u2014 a AAAAAAA\\n|note signature line 1 by a is not canonical base64",
        "tooShort|text\\n\\n\\u2014 a AAAA\\n|note signature line 1 by a is too short",
        "nameWithPlus|text\\n\\n\\u2014 a+b AAAAAAA=\\n|key name must not contain '+'",
        "trailingBlankLine|text\\n\\n\\u2014 a AAAAAAA=\\n\\n|note has no signature lines after its blank line",
    })
    void parse_malformed(String name, String escaped, String message) {
        String note = escaped.replace("\\n", "\n").replace("\\t", "\t").replace("\\u2014", "\u2014");

        assertThatThrownBy(() -> Note.parse(note)).isInstanceOf(LogFormatException.class).hasMessageContaining(message);
    }

    @Test
    void sign_textWithoutFinalNewline() {
        assertThatThrownBy(() -> Note.sign("no newline", List.of(SignerKey.parse(SignerKeyTest.PETER_PRIVATE).signer())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("note text must end with a newline");
    }

    @Test
    void signatureLine_encodesKeyIdBigEndian() {
        NoteSignature signature = new NoteSignature("n", 0x01020304, new byte[] {9});

        assertThat(signature.line()).isEqualTo("\u2014 n " + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 9}) + "\n");
    }
}
