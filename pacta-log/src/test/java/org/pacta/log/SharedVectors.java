package org.pacta.log;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Locates the workplace's shared test vectors ({@code shared/vectors}), which a fresh clone
 * elsewhere does not have: tests that need them skip with a message saying so. Looked up from
 * the system property {@code pacta.shared} when it is set (and then only there), otherwise
 * {@code ../../shared} and {@code ../shared} relative to the working directory (Surefire runs in
 * {@code pacta-log/}).
 */
public final class SharedVectors {
    private SharedVectors() {
    }

    public static Optional<Path> vectors() {
        String property = System.getProperty("pacta.shared", "");
        Stream<String> candidates = property.isBlank() ? Stream.of("../../shared", "../shared") : Stream.of(property);
        return candidates
                .map(candidate -> Path.of(candidate, "vectors").toAbsolutePath().normalize())
                .filter(Files::isDirectory)
                .findFirst();
    }

    /** The folder {@code vectors/<name>}, or a skipped test when it is absent. */
    public static Path require(String name) {
        Optional<Path> folder = vectors().map(vectors -> vectors.resolve(name)).filter(Files::isDirectory);
        assumeTrue(folder.isPresent(), "shared/vectors/" + name + " not found (set -Dpacta.shared=DIR to the shared folder); skipping");
        return folder.orElseThrow();
    }
}
