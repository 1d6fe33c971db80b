package org.pacta.log.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacta.log.SharedVectors;
import org.pacta.log.VerificationException;

/**
 * Conformance with every inclusion and consistency probe of transparency-dev/merkle (commit
 * 417fb0c3, testdata/), read from shared/vectors/merkle. Each happy path must verify and each
 * tampered variant ({@code wantErr}) must fail.
 *
 * <p>One deliberate disagreement: {@code consistency/additional/sizes-are-equal-one-and-proof-is-empty.json}
 * passes two equal 12-byte placeholder roots between equal sizes and expects success, because
 * the Go verifier compares equal-size roots before checking any length. Pacta checks that every
 * hash is 32 bytes before anything else, so it rejects that probe; no real root is 12 bytes.
 */
class MerkleProbesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRICTER_THAN_GO = "consistency/additional/sizes-are-equal-one-and-proof-is-empty.json";

    static Stream<Arguments> inclusionProbes() throws IOException {
        return probes("inclusion");
    }

    static Stream<Arguments> consistencyProbes() throws IOException {
        return probes("consistency");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusionProbes")
    void verifyInclusion_probe(String name, JsonNode probe) {
        SharedVectors.require("merkle");
        Runnable verify = () -> ProofVerifier.verifyInclusion(probe.get("leafIdx").asLong(), probe.get("treeSize").asLong(),
                bytes(probe.get("leafHash")), hashes(probe.get("proof")), bytes(probe.get("root")));
        if (probe.get("wantErr").asBoolean()) {
            assertThatThrownBy(verify::run).as(probe.get("desc").asText()).isInstanceOf(VerificationException.class);
        } else {
            verify.run();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyProbes")
    void verifyConsistency_probe(String name, JsonNode probe) {
        SharedVectors.require("merkle");
        Runnable verify = () -> ProofVerifier.verifyConsistency(probe.get("size1").asLong(), probe.get("size2").asLong(),
                bytes(probe.get("root1")), bytes(probe.get("root2")), hashes(probe.get("proof")));
        if (name.equals(STRICTER_THAN_GO.substring("consistency/".length()))) {
            assertThat(probe.get("wantErr").asBoolean()).isFalse();
            assertThatThrownBy(verify::run).isInstanceOf(VerificationException.class).hasMessage("first root must be 32 bytes, is 12 bytes");
            return;
        }
        if (probe.get("wantErr").asBoolean()) {
            assertThatThrownBy(verify::run).as(probe.get("desc").asText()).isInstanceOf(VerificationException.class);
        } else {
            verify.run();
        }
    }

    private static Stream<Arguments> probes(String kind) throws IOException {
        if (SharedVectors.vectors().isEmpty()) {
            // One placeholder invocation, which the test skips with the reason.
            return Stream.of(Arguments.of("shared/vectors absent", null));
        }
        Path folder = SharedVectors.require("merkle").resolve(kind);
        List<Arguments> probes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                probes.add(Arguments.of(folder.relativize(file).toString(), JSON.readTree(file.toFile())));
            }
        }
        assertThat(probes).as("probes in " + folder).isNotEmpty();
        return probes.stream();
    }

    /** The probes encode absent byte strings as JSON null: an empty array here, which the verifier must reject. */
    private static byte[] bytes(JsonNode node) {
        return node == null || node.isNull() ? new byte[0] : Base64.getDecoder().decode(node.asText());
    }

    private static List<byte[]> hashes(JsonNode node) {
        List<byte[]> hashes = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.forEach(hash -> hashes.add(bytes(hash)));
        }
        return hashes;
    }
}
