package org.pacta.log.note;

/**
 * Checks signatures by one key, identified in a note by its name and 4-byte key id. Implementations
 * are immutable and thread-safe.
 */
public interface NoteVerifier {
    String name();

    int keyId();

    /** Whether {@code signature} (the signature line's bytes after the key id) is valid for the note {@code text}. */
    boolean verify(byte[] text, byte[] signature);
}
