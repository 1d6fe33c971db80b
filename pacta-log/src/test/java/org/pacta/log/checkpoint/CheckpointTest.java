package org.pacta.log.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pacta.log.merkle.TestTrees.hex;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.log.LogFormatException;

class CheckpointTest {
    /** Tessera testdata/log/checkpoint text (research §2.3). */
    static final String TESSERA_15 = "example.com/log/testdata\n15\nrKbDipCvhuX1GZ7g5BBe8sA6BbJ7ja/1nk427v383cs=\n";

    @Test
    void parse_tesseraCheckpoint() {
        Checkpoint checkpoint = Checkpoint.parse(TESSERA_15);

        assertThat(checkpoint.origin()).isEqualTo("example.com/log/testdata");
        assertThat(checkpoint.size()).isEqualTo(15);
        assertThat(hex(checkpoint.rootHash())).isEqualTo("aca6c38a90af86e5f5199ee0e4105ef2c03a05b27b8daff59e4e36eefdfcddcb");
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(checkpoint.text()).isEqualTo(TESSERA_15);
    }

    @Test
    void parse_extensionLines_keptInOrder() {
        Checkpoint checkpoint = Checkpoint.parse(TESSERA_15 + "first extension\nsecond\n");

        assertThat(checkpoint.extensions()).containsExactly("first extension", "second");
        assertThat(checkpoint.text()).isEqualTo(TESSERA_15 + "first extension\nsecond\n");
    }

    @Test
    void parse_sizeZero() {
        assertThat(Checkpoint.parse("o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n").size()).isZero();
    }

    /** One resource file per malformed checkpoint, with the message its parse must give. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hex-size.txt|checkpoint size must be a decimal number, was: 0x1f",
        "leading-zero-size.txt|checkpoint size must not have leading zeros, was: 007",
        "negative-size.txt|checkpoint size must be a decimal number, was: -1",
        "size-too-large.txt|checkpoint size is larger than 2^63-1, was: 9223372036854775808",
        "size-with-space.txt|'checkpoint size must be a decimal number, was: 15 '",
        "missing-root.txt|checkpoint needs an origin, a size and a root hash line, has 2 lines",
        "short-root.txt|checkpoint root hash must be 32 bytes, was 31 bytes: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
        "unpadded-root.txt|checkpoint root hash must be canonical padded base64, was: rKbDipCvhuX1GZ7g5BBe8sA6BbJ7ja/1nk427v383cs",
        "url-safe-root.txt|checkpoint root hash must be standard base64, was: rKbDipCvhuX1GZ7g5BBe8sA6BbJ7ja_1nk427v383cs=",
        "empty-origin.txt|checkpoint line 1 is empty",
        "empty-extension-line.txt|checkpoint line 4 is empty",
        "no-final-newline.txt|checkpoint must end with a newline",
        "tab-in-origin.txt|checkpoint origin contains control character U+0009: example.com/\tlog",
        "empty.txt|checkpoint must end with a newline",
    })
    void parse_malformedResource(String file, String message) throws IOException {
        String text = resource(file);

        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(LogFormatException.class).hasMessage(message);
    }

    @Test
    void malformedResources_allCoveredByTheTable() throws IOException, URISyntaxException {
        Path folder = Path.of(CheckpointTest.class.getResource("/checkpoints/malformed").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(14);
        }
    }

    @Test
    void constructor_originWithNewline_refused() {
        assertThatThrownBy(() -> new Checkpoint("a\nb", 1, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control character U+000A");
    }

    @Test
    void equals_comparesRootBytes() {
        assertThat(Checkpoint.parse(TESSERA_15)).isEqualTo(Checkpoint.parse(TESSERA_15)).hasSameHashCodeAs(Checkpoint.parse(TESSERA_15));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CheckpointTest.class.getResourceAsStream("/checkpoints/malformed/" + name)) {
            assertThat(in).as("resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
