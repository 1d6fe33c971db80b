package org.pacta.log.note;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.pacta.log.LogFormatException;

/**
 * A public key as C2SP signed-note writes it ({@code <name>+<hex key id>+<base64(type || key)>}),
 * for example {@code PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW}. The key
 * id is derived, never stored, so it cannot disagree with the key.
 */
public record VerifierKey(String name, KeyType type, byte[] publicKey) {
    public VerifierKey {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(publicKey, "public key is null");
        String problem = KeyNames.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (publicKey.length != Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("Ed25519 public key must be 32 bytes, is " + publicKey.length);
        }
        publicKey = publicKey.clone();
    }

    /**
     * Parses a verifier key string.
     *
     * @throws LogFormatException naming what is wrong: shape, name, id, type, key length, or an id
     *     that does not match the key
     */
    public static VerifierKey parse(String vkey) {
        Objects.requireNonNull(vkey, "verifier key is null");
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw new LogFormatException("verifier key must be name+id+key, was: " + vkey);
        }
        String problem = KeyNames.problem(parts[0]);
        if (problem != null) {
            throw new LogFormatException("verifier key " + vkey + ": " + problem);
        }
        int id = parseKeyId(parts[1], "verifier key " + vkey);
        byte[] key = decodeBase64(parts[2], "verifier key " + vkey);
        if (key.length == 0) {
            throw new LogFormatException("verifier key " + vkey + " has no key bytes");
        }
        KeyType type = KeyType.of(key[0]).orElseThrow(() -> new LogFormatException(
                "verifier key " + vkey + " has unsupported signature type 0x" + HexFormat.of().toHexDigits(key[0])));
        if (key.length != 1 + Ed25519.KEY_SIZE) {
            throw new LogFormatException("verifier key " + vkey + " must hold a 32-byte Ed25519 key, holds " + (key.length - 1) + " bytes");
        }
        VerifierKey parsed = new VerifierKey(parts[0], type, Arrays.copyOfRange(key, 1, key.length));
        if (parsed.keyId() != id) {
            throw new LogFormatException("verifier key " + vkey + " claims id " + parts[1] + " but its key has id "
                    + KeyNames.hex(parsed.keyId()));
        }
        parsed.jdkKey(vkey);
        return parsed;
    }

    /** {@code SHA-256(name || 0x0A || type || publicKey)[:4]}, big-endian. */
    public int keyId() {
        return KeyNames.keyId(name, type, publicKey);
    }

    /** A copy of the 32-byte Ed25519 public key. */
    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The verifier key string. */
    public String encode() {
        byte[] key = new byte[1 + publicKey.length];
        key[0] = type.code();
        System.arraycopy(publicKey, 0, key, 1, publicKey.length);
        return name + "+" + KeyNames.hex(keyId()) + "+" + Base64.getEncoder().encodeToString(key);
    }

    /** A verifier of this key's signatures: plain Ed25519 or tlog-cosignature/v1, following the type. */
    public NoteVerifier verifier() {
        return new Ed25519Verifier(name, keyId(), type, jdkKey(encode()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey key && key.name.equals(name) && key.type == type && Arrays.equals(key.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type) * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return encode();
    }

    static int parseKeyId(String hex, String context) {
        if (hex.length() != 8 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            throw new LogFormatException(context + ": key id must be 8 hex digits, was: " + hex);
        }
        return (int) Long.parseLong(hex, 16);
    }

    static byte[] decodeBase64(String text, String context) {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
                throw new LogFormatException(context + ": key is not canonical base64");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(context + ": key is not base64", e);
        }
    }

    private PublicKey jdkKey(String context) {
        try {
            return Ed25519.jdkPublicKey(publicKey);
        } catch (GeneralSecurityException e) {
            throw new LogFormatException("verifier key " + context + " is not a valid Ed25519 public key", e);
        }
    }

    private record Ed25519Verifier(String name, int keyId, KeyType type, PublicKey key) implements NoteVerifier {
        @Override
        public boolean verify(byte[] text, byte[] signature) {
            return switch (type) {
                case ED25519 -> Ed25519.verify(key, signature, text);
                case COSIGNATURE_V1 -> verifyCosignature(text, signature);
            };
        }

        private boolean verifyCosignature(byte[] text, byte[] signature) {
            if (signature.length != CosignatureV1.SIGNATURE_SIZE || (signature[0] & 0x80) != 0) {
                return false;
            }
            long timestamp = CosignatureV1.timestamp(signature);
            return Ed25519.verify(key, Arrays.copyOfRange(signature, 8, signature.length), CosignatureV1.message(timestamp, text));
        }
    }
}
