package org.pacta.core.date;

/** A string that is not a valid EDTF expression; the message quotes it. */
public final class EdtfException extends IllegalArgumentException {
    public EdtfException(String message) {
        super(message);
    }
}
