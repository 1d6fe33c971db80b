package org.pacta.log.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * One signature line of a note: {@code — <name> <base64(key id || signature)>}. The signature
 * bytes exclude the 4-byte key id.
 */
public record NoteSignature(String name, int keyId, byte[] signature) {
    public NoteSignature {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(signature, "signature is null");
        String problem = KeyNames.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (signature.length == 0) {
            throw new IllegalArgumentException("signature by " + name + " is empty");
        }
        signature = signature.clone();
    }

    /** A copy of the signature bytes after the key id. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line as it appears in a note, with its final newline. */
    public String line() {
        byte[] payload = new byte[4 + signature.length];
        payload[0] = (byte) (keyId >>> 24);
        payload[1] = (byte) (keyId >>> 16);
        payload[2] = (byte) (keyId >>> 8);
        payload[3] = (byte) keyId;
        System.arraycopy(signature, 0, payload, 4, signature.length);
        return "\u2014 " + name + " " + Base64.getEncoder().encodeToString(payload) + "\n";
    }

    /** {@code name+hexid}, how messages name the key. */
    public String keyLabel() {
        return name + "+" + KeyNames.hex(keyId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature that && that.name.equals(name) && that.keyId == keyId
                && Arrays.equals(that.signature, signature);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + keyId) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line().strip();
    }
}
