package org.pacta.log.note;

import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.pacta.log.LogFormatException;

/**
 * An Ed25519 signing key with its name, in the private key format of Go's sumdb/note:
 * {@code PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 || 32-byte seed)>}. The same key can sign
 * as a log ({@link #signer()}, type 0x01) or as a witness ({@link #cosigner}, type 0x04, as
 * transparency-dev's cosignature signers read such a key); C2SP forbids using one key for both,
 * so a deployment picks one.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the seed.
 */
public final class SignerKey {
    private static final String PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final byte[] seed;
    private final byte[] publicKey;
    private final PrivateKey privateKey;

    private SignerKey(String name, byte[] seed) {
        this.name = name;
        this.seed = seed.clone();
        this.publicKey = Ed25519.publicKey(seed);
        this.privateKey = Ed25519.privateKey(seed);
    }

    /** A new key named {@code name} from a fresh random seed. */
    public static SignerKey generate(String name) {
        byte[] seed = new byte[Ed25519.KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        return fromSeed(name, seed);
    }

    /** The key with this RFC 8032 32-byte seed. */
    public static SignerKey fromSeed(String name, byte[] seed) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(seed, "seed is null");
        String problem = KeyNames.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new SignerKey(name, seed);
    }

    /**
     * Parses a private key string. Error messages never repeat the key material.
     *
     * @throws LogFormatException naming what is wrong, including an id that does not match the key
     */
    public static SignerKey parse(String privateKey) {
        Objects.requireNonNull(privateKey, "private key is null");
        if (!privateKey.startsWith(PREFIX)) {
            throw new LogFormatException("private key must start with " + PREFIX);
        }
        String[] parts = privateKey.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new LogFormatException("private key must be PRIVATE+KEY+name+id+key");
        }
        String problem = KeyNames.problem(parts[0]);
        if (problem != null) {
            throw new LogFormatException("private key: " + problem);
        }
        String context = "private key " + parts[0];
        int id = VerifierKey.parseKeyId(parts[1], context);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(context + ": key is not base64");
        }
        if (key.length != 1 + Ed25519.KEY_SIZE || key[0] != KeyType.ED25519.code()) {
            throw new LogFormatException(context + ": key must be 0x01 followed by a 32-byte Ed25519 seed");
        }
        SignerKey parsed = new SignerKey(parts[0], Arrays.copyOfRange(key, 1, key.length));
        Arrays.fill(key, (byte) 0);
        if (parsed.keyId() != id) {
            throw new LogFormatException(context + " claims id " + parts[1] + " but its key has id " + KeyNames.hex(parsed.keyId()));
        }
        return parsed;
    }

    public String name() {
        return name;
    }

    /** The Ed25519 (type 0x01) key id, the one the private key string carries. */
    public int keyId() {
        return KeyNames.keyId(name, KeyType.ED25519, publicKey);
    }

    /** A copy of the 32-byte public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The private key string, readable by Go's sumdb/note. Keep it secret. */
    public String encode() {
        byte[] key = new byte[1 + Ed25519.KEY_SIZE];
        key[0] = KeyType.ED25519.code();
        System.arraycopy(seed, 0, key, 1, Ed25519.KEY_SIZE);
        return PREFIX + name + "+" + KeyNames.hex(keyId()) + "+" + Base64.getEncoder().encodeToString(key);
    }

    /** The verifier key for this key's note signatures (type 0x01). */
    public VerifierKey verifierKey() {
        return new VerifierKey(name, KeyType.ED25519, publicKey);
    }

    /** The verifier key for this key's cosignatures (type 0x04). */
    public VerifierKey cosignerVerifierKey() {
        return new VerifierKey(name, KeyType.COSIGNATURE_V1, publicKey);
    }

    /** Signs note texts with plain Ed25519 (signature type 0x01), as a log signs checkpoints. */
    public NoteSigner signer() {
        return new NoteSigner() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int keyId() {
                return SignerKey.this.keyId();
            }

            @Override
            public byte[] sign(byte[] text) {
                return Ed25519.sign(privateKey, text);
            }
        };
    }

    /**
     * Cosigns checkpoint texts (tlog-cosignature/v1, type 0x04), stamping each signature with
     * {@code clock}'s POSIX seconds, which must be above 0.
     */
    public NoteSigner cosigner(LongSupplier clock) {
        Objects.requireNonNull(clock, "clock is null");
        int cosignerId = KeyNames.keyId(name, KeyType.COSIGNATURE_V1, publicKey);
        return new NoteSigner() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int keyId() {
                return cosignerId;
            }

            @Override
            public byte[] sign(byte[] text) {
                long timestamp = clock.getAsLong();
                if (timestamp <= 0) {
                    throw new IllegalStateException("cosignature timestamp must be above 0, clock said " + timestamp);
                }
                byte[] signature = Ed25519.sign(privateKey, CosignatureV1.message(timestamp, text));
                byte[] stamped = new byte[CosignatureV1.SIGNATURE_SIZE];
                System.arraycopy(CosignatureV1.encodeTimestamp(timestamp), 0, stamped, 0, 8);
                System.arraycopy(signature, 0, stamped, 8, signature.length);
                return stamped;
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignerKey key && key.name.equals(name) && Arrays.equals(key.seed, seed);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "SignerKey[" + verifierKey().encode() + "]";
    }
}
