package org.pacta.log.note;

/** Signs note texts with one key. Implementations are thread-safe. */
public interface NoteSigner {
    String name();

    int keyId();

    /** The signature bytes (without the key id) over the note {@code text}. */
    byte[] sign(byte[] text);
}
