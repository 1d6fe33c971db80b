package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

/**
 * Who a quotation is attributed to: the name as the article gives it in full, and whether it is a
 * person (who can later be called "he", "le diplomate") or an institution or place ("Moscou",
 * "the Pentagon"), which pronouns never point back to.
 */
record Speaker(String name, boolean person, boolean feminine) {

    Speaker {
        requireNonNull(name, "name is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("speaker name is blank");
        }
    }

    /** A speaker whose grammatical gender is guessed once from the name, for pronoun agreement. */
    static Speaker of(String name, boolean person) {
        return new Speaker(name, person, person && NameIndex.looksFeminine(name));
    }
}
