package org.pacta.log.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Rules shared by keys and signature lines: key names and key ids (C2SP signed-note). */
final class KeyNames {
    private KeyNames() {
    }

    /** Why {@code name} is not a valid key name, or null when it is: non-empty, no '+', no Unicode space. */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "key name is empty";
        }
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            if (codePoint == '+') {
                return "key name must not contain '+', was: " + name;
            }
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                return "key name must not contain spaces, was: " + name;
            }
            if (Character.isISOControl(codePoint)) {
                return "key name must not contain control characters";
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }

    /** {@code SHA-256(name || 0x0A || type || publicKey)[:4]} as a big-endian int. */
    static int keyId(String name, KeyType type, byte[] publicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(type.code());
            sha256.update(publicKey);
            byte[] digest = sha256.digest();
            return ((digest[0] & 0xFF) << 24) | ((digest[1] & 0xFF) << 16) | ((digest[2] & 0xFF) << 8) | (digest[3] & 0xFF);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }
}
