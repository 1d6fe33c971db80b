package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One direct quotation found in a report.
 *
 * @param quote     the text between the quotation marks, trimmed, inner punctuation kept; it always
 *                  equals {@code text.substring(start, end)}. A quotation running over several
 *                  paragraphs is reported as one quotation per paragraph (each from its opening or
 *                  reopening mark to its paragraph's end or the closing mark), all with the speaker
 *                  and verb found for the whole
 * @param speaker   the fullest name the article gives for who said it (a person, or an institution
 *                  or place such as "Moscou"), empty when nothing attributes it
 * @param verb      the reporting phrase as written ("a tout d'abord fait savoir", "Selon"), empty
 *                  for headlines and quotations that stand alone
 * @param paragraph 0-based index of the paragraph where the quotation opens
 * @param start     offset of the first quoted character in the report text
 * @param end       offset just past the last quoted character
 */
public record Quotation(String quote, Optional<String> speaker, Optional<String> verb, int paragraph, int start, int end) {

    public Quotation {
        requireNonNull(quote, "quote is null");
        requireNonNull(speaker, "speaker is null");
        requireNonNull(verb, "verb is null");
        if (paragraph < 0 || start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("quotation offsets must satisfy 0 <= start <= end and end - start = quote length");
        }
    }
}
