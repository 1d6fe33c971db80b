package org.pacta.core.tlog;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.log.note.SignerKey;

/**
 * The log's signing key, kept in the data folder: {@code log.key} (the private key in Go's
 * sumdb/note form, readable by the owner only) and {@code log.vkey} (the public verifier key).
 * The key's name is the log's origin.
 */
public final class LogKeys {

    public static final String PRIVATE_FILE = "log.key";
    public static final String PUBLIC_FILE = "log.vkey";

    private LogKeys() {
    }

    /**
     * Loads the log key from {@code dataDir}, or makes one on first start. {@code origin}, when
     * given, must match the existing key's; when absent a new key is named after this host.
     */
    public static SignerKey loadOrCreate(Path dataDir, Optional<String> origin) {
        return loadOrCreate(dataDir, PRIVATE_FILE, PUBLIC_FILE, origin.orElseGet(LogKeys::defaultOrigin), origin.isPresent(),
                false);
    }

    /** The same for any named key pair in a folder (witnesses keep theirs this way). */
    public static SignerKey loadOrCreate(Path dir, String privateFile, String publicFile, String name, boolean nameGiven,
            boolean cosigner) {
        Path file = dir.resolve(privateFile);
        try {
            if (Files.exists(file)) {
                SignerKey key = SignerKey.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
                if (nameGiven && !key.name().equals(name)) {
                    throw new PactaException.Conflict("the key in " + file + " is for \"" + key.name() + "\", not \""
                            + name + "\": drop the option, or use another data folder");
                }
                return key;
            }
            Files.createDirectories(dir);
            SignerKey key = SignerKey.generate(name);
            Path temp = Files.createTempFile(dir, ".key-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, key.encode() + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            String vkey = cosigner ? key.cosignerVerifierKey().encode() : key.verifierKey().encode();
            Files.writeString(dir.resolve(publicFile), vkey + "\n", StandardCharsets.UTF_8);
            return key;
        } catch (IOException e) {
            throw new PactaException.Unavailable("cannot read or create the key " + file + " (" + e.getMessage()
                    + "): run with --data DIR pointing at a writable folder", e);
        }
    }

    /** A schema-less URL naming this host, as C2SP recommends for origins: {@code <host>/pacta}. */
    static String defaultOrigin() {
        return hostName() + "/pacta";
    }

    /** This host's name, lowercased and stripped to what key names allow. */
    public static String hostName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        String clean = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        return clean.isEmpty() ? "localhost" : clean;
    }
}
