package org.pacta.log.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.log.LogFormatException;
import org.pacta.log.note.NoteSignature;
import org.pacta.log.note.SignerKey;
import org.pacta.log.note.VerifierKey;

class EvidenceBundleTest {
    private static TestLog log;

    @BeforeAll
    static void buildLog() {
        log = new TestLog("example.com/pacta");
        int next = 0;
        for (int batch : new int[] {1, 2, 5, 9, 300}) {
            List<byte[]> entries = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                entries.add(("{\"change\":" + next++ + "}").getBytes(StandardCharsets.UTF_8));
            }
            log.append(entries);
        }
    }

    @Test
    void verify_everyEntryAfterEveryAppend() {
        // TestLog.append has already re-verified every entry after each batch; one last look.
        assertThat(log.latest().checkpoint().size()).isEqualTo(317);
        log.checkLog();
    }

    @Test
    void format_layout() {
        String text = log.evidence(3).format();

        assertThat(text).startsWith("pacta-evidence/v1\nindex 3\nentry " + Base64.getEncoder().encodeToString("{\"change\":3}".getBytes(StandardCharsets.UTF_8)) + "\n");
        assertThat(text).endsWith("\n\n" + log.latest().format());
        assertThat(EvidenceBundle.parse(text)).isEqualTo(log.evidence(3));
    }

    @Test
    void verify_ok_namesWitness() {
        EvidenceResult result = log.evidence(42).verify(log.logKey.verifierKey(), List.of(log.witnessKey.cosignerVerifierKey()), 1);

        assertThat(result).isEqualTo(new EvidenceResult.Verified(log.latest().checkpoint(), List.of("witness.example/w1")));
    }

    @Test
    void verify_tamperedEntry_rootMismatch() {
        EvidenceBundle bundle = log.evidence(42);
        EvidenceBundle tampered = new EvidenceBundle(42, "{\"change\":43}".getBytes(StandardCharsets.UTF_8), bundle.inclusionProof(), bundle.checkpointNote());

        assertThat(reason(tampered, 0)).startsWith("inclusion proof for leaf 42 in tree size 317 does not verify: expected root ");
    }

    @Test
    void verify_wrongIndex() {
        EvidenceBundle bundle = log.evidence(42);
        EvidenceBundle moved = new EvidenceBundle(43, bundle.entry(), bundle.inclusionProof(), bundle.checkpointNote());

        assertThat(reason(moved, 0)).startsWith("inclusion proof for leaf 43 in tree size 317 does not verify");
    }

    @Test
    void verify_indexBeyondCheckpoint() {
        EvidenceBundle bundle = log.evidence(42);
        EvidenceBundle beyond = new EvidenceBundle(317, bundle.entry(), bundle.inclusionProof(), bundle.checkpointNote());

        assertThat(reason(beyond, 0)).isEqualTo("entry index 317 is not below the checkpoint size 317");
    }

    @Test
    void verify_otherLogKey() {
        SignerKey other = SignerKey.generate("example.com/pacta");
        EvidenceResult result = log.evidence(1).verify(other.verifierKey(), List.of(), 0);

        assertThat(result).isEqualTo(new EvidenceResult.Failed(
                "checkpoint is not signed by the log key " + other.verifierKey().encode().substring(0, "example.com/pacta+".length() + 8)));
    }

    @Test
    void verify_tooFewWitnesses() {
        VerifierKey stranger = SignerKey.generate("witness.example/w2").cosignerVerifierKey();

        EvidenceResult result = log.evidence(1).verify(log.logKey.verifierKey(),
                List.of(log.witnessKey.cosignerVerifierKey(), stranger), 2);

        assertThat(result).isEqualTo(new EvidenceResult.Failed("checkpoint has 1 valid cosignature by trusted witnesses, 2 required"));
    }

    @Test
    void verify_forgedCosignatureByTrustedWitness() {
        EvidenceBundle bundle = log.evidence(1);
        NoteSignature genuine = log.latest().note().signatures().get(1);
        byte[] signature = genuine.signature();
        signature[20] ^= 1;
        String forged = log.latest().note().format().replace(genuine.line(),
                new NoteSignature(genuine.name(), genuine.keyId(), signature).line());
        EvidenceBundle tampered = new EvidenceBundle(1, bundle.entry(), bundle.inclusionProof(), forged);

        assertThat(reason(tampered, 1)).startsWith("note signature by witness.example/w1+").endsWith(" does not verify");
    }

    @Test
    void verify_malformedText_failsWithReason() {
        EvidenceResult result = new EvidenceVerifier(log.logKey.verifierKey(), List.of(), 0).verify("pacta-evidence/v2\n");

        assertThat(result).isEqualTo(new EvidenceResult.Failed("evidence bundle must start with pacta-evidence/v1, was: pacta-evidence/v2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty||evidence bundle ends at line 1 where the header should be",
        "noIndex|pacta-evidence/v1\\nentry AA==\\n|evidence bundle line 2 must be index <value>, was: entry AA==",
        "indexLeadingZero|pacta-evidence/v1\\nindex 01\\n|evidence bundle index must be a decimal number without leading zeros, was: 01",
        "entryNotBase64|pacta-evidence/v1\\nindex 1\\nentry ***\\n|evidence bundle entry line is not base64",
        "shortProofHash|pacta-evidence/v1\\nindex 1\\nentry AA==\\nAAAA\\n|evidence bundle proof line 1 must be a 32-byte hash, is 3 bytes",
        "noBlankLine|pacta-evidence/v1\\nindex 1\\nentry AA==\\n|evidence bundle ends at line 4 where the proof or an empty line should be",
        "noCheckpoint|pacta-evidence/v1\\nindex 1\\nentry AA==\\n\\n|evidence bundle must end with a checkpoint note ending in a newline",
    })
    void parse_malformed(String name, String escaped, String message) {
        String text = escaped == null ? "" : escaped.replace("\\n", "\n");

        assertThatThrownBy(() -> EvidenceBundle.parse(text)).isInstanceOf(LogFormatException.class).hasMessage(message);
    }

    private static String reason(EvidenceBundle bundle, int minWitnesses) {
        EvidenceResult result = bundle.verify(log.logKey.verifierKey(), List.of(log.witnessKey.cosignerVerifierKey()), minWitnesses);
        assertThat(result).isInstanceOf(EvidenceResult.Failed.class);
        return ((EvidenceResult.Failed) result).reason();
    }
}
