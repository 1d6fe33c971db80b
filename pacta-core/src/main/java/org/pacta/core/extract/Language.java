package org.pacta.core.extract;

import java.util.Locale;

/** The report languages the extractor has rules for, each with its ISO 639-1 code. */
public enum Language {
    FRENCH("fr"),
    ENGLISH("en"),
    RUSSIAN("ru");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used in JSON output: {@code fr}, {@code en} or {@code ru}. */
    public String code() {
        return code;
    }

    /** Parses an ISO 639-1 code, naming the bad input when it is not one of ours. */
    public static Language parse(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return language;
            }
        }
        throw new org.pacta.core.PactaException.InvalidInput(
                "language", "language must be one of fr, en, ru, was: " + code);
    }
}
