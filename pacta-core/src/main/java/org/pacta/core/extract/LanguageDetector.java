package org.pacta.core.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether a report is French, English or Russian. Cyrillic letters decide Russian at once;
 * between the two Latin-script languages the most frequent function words decide, because they
 * are short, unambiguous and present in every sentence, so a few hundred characters suffice. Only
 * the first {@value #SAMPLE} characters are read: a report does not change language midway, and
 * this keeps the cost constant for long inputs.
 */
public final class LanguageDetector {

    private static final int SAMPLE = 800;
    /** A lead this large between French and English evidence does not change in the rest of a report. */
    private static final int DECISIVE = 16;

    private static final Set<String> FRENCH_WORDS = Set.of(
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour",
            "pas", "sur", "au", "aux", "ont", "été", "il", "elle", "nous", "ce", "cette", "son", "sa",
            "ses", "avec", "par", "mais", "selon", "entre", "leur", "sont", "a-t-il", "l", "d", "qu");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "was", "for", "on", "with", "as", "by", "he",
            "she", "it", "are", "have", "has", "will", "said", "from", "at", "this", "be", "not",
            "which", "would", "an", "we", "they", "its", "their");

    private LanguageDetector() {
    }

    /** The most likely language of {@code text}; English when the text gives no evidence at all. */
    public static Language detect(String text) {
        int limit = Math.min(text.length(), SAMPLE);
        int cyrillic = 0;
        int latin = 0;
        int french = 0;
        int english = 0;
        int wordStart = -1;
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (c >= '\u0400' && c <= '\u04FF') {
                    cyrillic++;
                } else {
                    latin++;
                    if ("éèêàçùâîôûœ".indexOf(Character.toLowerCase(c)) >= 0) {
                        french++;
                    }
                }
                if (wordStart < 0) {
                    wordStart = i;
                }
                continue;
            }
            if (wordStart >= 0 && c != '-') {
                if (Math.abs(french - english) >= DECISIVE && latin > cyrillic) {
                    break;
                }
                if (i - wordStart > 8) {
                    // Function words are short; skipping long words saves most of the allocation.
                    wordStart = -1;
                    continue;
                }
                String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                if (FRENCH_WORDS.contains(word)) {
                    french += 2;
                } else if (ENGLISH_WORDS.contains(word)) {
                    english += 2;
                }
                wordStart = -1;
            }
        }
        if (cyrillic > latin) {
            return Language.RUSSIAN;
        }
        return french > english ? Language.FRENCH : Language.ENGLISH;
    }
}
