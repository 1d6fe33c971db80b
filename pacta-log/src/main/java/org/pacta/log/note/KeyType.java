package org.pacta.log.note;

/**
 * The C2SP signed-note signature types Pacta speaks; the byte goes into key ids and verifier
 * keys. Both are Ed25519; they differ in what is signed.
 */
public enum KeyType {
    /** 0x01: Ed25519 over the note text (signed-note). Logs sign checkpoints with it. */
    ED25519((byte) 0x01),
    /** 0x04: timestamped Ed25519 cosignature over a checkpoint (tlog-cosignature/v1). Witnesses use it. */
    COSIGNATURE_V1((byte) 0x04);

    private final byte code;

    KeyType(byte code) {
        this.code = code;
    }

    /** The signature type byte. */
    public byte code() {
        return code;
    }

    /** The type with byte {@code code}, or empty when Pacta does not speak it. */
    public static java.util.Optional<KeyType> of(byte code) {
        for (KeyType type : values()) {
            if (type.code == code) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
