package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

/**
 * A place in a text that names a party: its id (the demo dataset's slug, such as {@code russia}),
 * the words as written, and their half-open character range {@code [start, end)}.
 */
public record PartyMention(String partyId, String text, int start, int end) {

    public PartyMention {
        requireNonNull(partyId, "partyId is null");
        requireNonNull(text, "text is null");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("mention offsets must cover its text exactly");
        }
    }
}
