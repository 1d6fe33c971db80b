package org.pacta.app.log;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.log.witness.WitnessState;

/**
 * A witness's memory: the latest checkpoint it cosigned for each origin, one small file per
 * origin. A new state is durable before the witness answers: written to a temporary file, forced
 * to disk, renamed over the old one, and the folder forced too.
 */
final class WitnessStateStore {

    private final Path dir;

    WitnessStateStore(Path dir) {
        this.dir = requireNonNull(dir, "dir is null");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PactaException.Unavailable("cannot create the witness state folder " + dir + ": " + e.getMessage()
                    + " (run with --data DIR pointing at a writable folder)", e);
        }
    }

    Optional<WitnessState> latest(String origin) {
        Path file = file(origin);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
            if (lines.length < 3 || !lines[0].equals(origin)) {
                throw new IllegalStateException("witness state file " + file + " is damaged");
            }
            return Optional.of(new WitnessState(origin, Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2])));
        } catch (IOException e) {
            throw new PactaException.Unavailable("cannot read witness state " + file + ": " + e.getMessage(), e);
        }
    }

    void save(WitnessState state) {
        Path file = file(state.origin());
        String text = state.origin() + "\n" + state.size() + "\n" + Base64.getEncoder().encodeToString(state.rootHash()) + "\n";
        try {
            Path temp = Files.createTempFile(dir, ".state-", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
                folder.force(true);
            } catch (IOException ignored) {
                // some file systems cannot sync a directory; the rename is still atomic
            }
        } catch (IOException e) {
            throw new PactaException.Unavailable("cannot persist witness state " + file + ": " + e.getMessage(), e);
        }
    }

    private Path file(String origin) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".state");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
