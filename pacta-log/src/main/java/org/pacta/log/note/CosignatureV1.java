package org.pacta.log.note;

import java.nio.charset.StandardCharsets;

/**
 * The C2SP tlog-cosignature/v1 message and signature layout. A cosignature's bytes are an 8-byte
 * big-endian POSIX timestamp followed by an Ed25519 signature over
 * {@code "cosignature/v1\ntime <timestamp>\n" + checkpoint text}; it states that at that time the
 * largest consistent tree the cosigner had seen for that origin has that root.
 */
public final class CosignatureV1 {
    /** Bytes of an Ed25519 cosignature after the key id: timestamp then signature. */
    public static final int SIGNATURE_SIZE = 8 + Ed25519.SIGNATURE_SIZE;

    private CosignatureV1() {
    }

    /** The bytes a cosigner signs for {@code checkpointText} at {@code timestamp} seconds. */
    public static byte[] message(long timestamp, byte[] checkpointText) {
        byte[] header = ("cosignature/v1\ntime " + Long.toUnsignedString(timestamp) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[header.length + checkpointText.length];
        System.arraycopy(header, 0, message, 0, header.length);
        System.arraycopy(checkpointText, 0, message, header.length, checkpointText.length);
        return message;
    }

    /**
     * The timestamp of a cosignature's bytes (the signature line's bytes after the key id).
     *
     * @throws IllegalArgumentException if they are not the 72 bytes of an Ed25519 cosignature or
     *     the timestamp is above 2^63-1
     */
    public static long timestamp(byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            throw new IllegalArgumentException("an Ed25519 cosignature is " + SIGNATURE_SIZE + " bytes, was " + signature.length);
        }
        long timestamp = 0;
        for (int i = 0; i < 8; i++) {
            timestamp = (timestamp << 8) | (signature[i] & 0xFF);
        }
        if (timestamp < 0) {
            throw new IllegalArgumentException("cosignature timestamp is above 2^63-1");
        }
        return timestamp;
    }

    static byte[] encodeTimestamp(long timestamp) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) timestamp;
            timestamp >>>= 8;
        }
        return bytes;
    }
}
