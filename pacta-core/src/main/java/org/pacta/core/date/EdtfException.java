package org.pacta.core.date;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Text that is not an EDTF expression Pacta accepts, or a range whose ends do not fit together. It
 * extends {@link IllegalArgumentException} so that callers which validate input generically (the
 * HTTP layer maps it to 400) need not know about dates; the message quotes the input and says what
 * is wrong with it.
 */
public final class EdtfException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Quoted input is cut here: a message is for a person, and the input may be hostile. */
    private static final int MAX_QUOTED_LENGTH = 64;

    /** The text at fault; meaningful only when {@link #hasInput}. Plain fields keep the exception serializable. */
    private final String input;
    private final boolean hasInput;
    private final String reason;

    private EdtfException(Optional<String> input, String reason, String message, Throwable cause) {
        super(message, cause);
        this.input = input.orElse("");
        this.hasInput = input.isPresent();
        this.reason = reason;
    }

    /** The input was given but is not valid EDTF; {@code reason} says why, in lower case. */
    static EdtfException invalid(String input, String reason) {
        return invalid(input, reason, null);
    }

    /** As {@link #invalid(String, String)}, keeping the rule that failed as the cause (null if none). */
    static EdtfException invalid(String input, String reason, Throwable cause) {
        requireNonNull(input, "input is null");
        requireNonNull(reason, "reason is null");
        return new EdtfException(Optional.of(input), reason, quote(input) + " is not a valid EDTF date: " + reason,
                cause);
    }

    static EdtfException nullInput() {
        String reason = "expected text such as 2021-12 or 1990/1991";
        return new EdtfException(Optional.empty(), reason, "null is not a valid EDTF date: " + reason, null);
    }

    /** A problem with how two valid expressions combine, such as a range that ends before it starts. */
    static EdtfException combination(String message) {
        requireNonNull(message, "message is null");
        return new EdtfException(Optional.empty(), message, message, null);
    }

    /** The text at fault, as given (untrimmed); empty when it was null or the fault lies in a combination. */
    public Optional<String> input() {
        return hasInput ? Optional.of(input) : Optional.empty();
    }

    /** What is wrong, without the quoted input, for messages that name the field themselves. */
    public String reason() {
        return reason;
    }

    /**
     * Quotes text for a message: control characters become {@code \\uXXXX} so that input cannot
     * forge log lines, and long input is cut so that the reason stays readable.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        int shown = Math.min(text.length(), MAX_QUOTED_LENGTH);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '"' || c == '\\') {
                quoted.append(String.format("\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (shown < text.length()) {
            quoted.append('…');
        }
        return quoted.append('"').toString();
    }
}
