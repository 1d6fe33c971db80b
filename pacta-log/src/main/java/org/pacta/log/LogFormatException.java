package org.pacta.log;

/**
 * Bytes or text that do not follow the format they claim (a checkpoint, a note, a tile path, a key
 * string, an evidence bundle). The message is one line naming the bad input, such as
 * {@code checkpoint size must be a decimal number, was: 0x1f}, so that it can be shown to whoever
 * sent it. Callers outside this module usually map it to an "invalid input" error.
 */
public final class LogFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public LogFormatException(String message) {
        super(message);
    }

    public LogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
