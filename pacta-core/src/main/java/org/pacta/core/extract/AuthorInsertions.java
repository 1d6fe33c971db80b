package org.pacta.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a quotation around the narrator's words inserted between dashes, the Russian
 * convention {@code «Мы готовы, — сказал он. — Но не сейчас»} (also met in translated French copy):
 * the inserted words are narration, so they become ordinary text between two quotations, and the
 * usual rules then attribute both halves to the speaker they name. An insertion is recognised only
 * when it is short and contains a reporting verb, so a dash inside a quoted sentence survives.
 */
final class AuthorInsertions {

    private static final int MAX_INSERTION_WORDS = 12;

    private AuthorInsertions() {
    }

    static List<QuoteSpan> split(String text, List<QuoteSpan> quotes, Language language) {
        List<QuoteSpan> result = new ArrayList<>(quotes.size());
        for (QuoteSpan quote : quotes) {
            QuoteSpan rest = quote;
            Optional<List<QuoteSpan>> parts = splitOnce(text, rest, language);
            while (parts.isPresent()) {
                result.add(parts.get().get(0));
                rest = parts.get().get(1);
                parts = splitOnce(text, rest, language);
            }
            result.add(rest);
        }
        return result;
    }

    /** An inverted subject pronoun ending a verb: "écrit-elle", "a-t-il", "poursuit-il". */
    private static final java.util.regex.Pattern INVERTED = java.util.regex.Pattern.compile(
            "\\p{L}+-(?:t-)?(?:il|elle|ils|elles)", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_INVERSION_WORDS = 5;

    /** The two halves around the first insertion in {@code quote}, if it has one. */
    private static Optional<List<QuoteSpan>> splitOnce(String text, QuoteSpan quote, Language language) {
        if (language == Language.FRENCH) {
            Optional<List<QuoteSpan>> inverted = splitAtInversion(text, quote);
            if (inverted.isPresent()) {
                return inverted;
            }
        }
        if (!containsDash(text, quote.start(), quote.end())) {
            return Optional.empty();
        }
        for (int i = quote.start(); i < quote.end(); i++) {
            if (",.!?…".indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int dash = skipSpaces(text, i + 1, quote.end());
            if (dash >= quote.end() || !isDash(text.charAt(dash)) || dash == i + 1) {
                continue;
            }
            int closing = closingDash(text, dash + 1, quote.end());
            if (closing < 0) {
                return Optional.empty();
            }
            String insertion = text.substring(dash + 1, closing);
            if (!isNarration(insertion, language)) {
                continue;
            }
            int resume = skipSpaces(text, closing + 1, quote.end());
            if (resume >= quote.end()) {
                return Optional.empty();
            }
            QuoteSpan first = new QuoteSpan(quote.open(), i + 1, quote.start(), i + 1, quote.paragraph(), true);
            QuoteSpan second = new QuoteSpan(closing, quote.close(), resume, quote.end(), quote.paragraph(), quote.closed());
            return Optional.of(List.of(first, second));
        }
        return Optional.empty();
    }

    /**
     * "« Le dialogue a été franc, écrit-elle. Mais Berlin devrait… »": an inverted reporting verb
     * between commas (or a comma and a full stop) inside the marks is the narrator speaking.
     */
    private static Optional<List<QuoteSpan>> splitAtInversion(String text, QuoteSpan quote) {
        for (int i = quote.start(); i < quote.end(); i++) {
            if (text.charAt(i) != ',') {
                continue;
            }
            int words = 0;
            boolean inverted = false;
            int j = skipSpaces(text, i + 1, quote.end());
            int wordStart = j;
            while (j < quote.end() && words <= MAX_INVERSION_WORDS) {
                char c = text.charAt(j);
                if (c == ',' || c == '.' || ReportText.isSpace(c)) {
                    if (j > wordStart) {
                        words++;
                        String word = text.substring(wordStart, j).toLowerCase(java.util.Locale.ROOT);
                        if (INVERTED.matcher(word).matches()) {
                            inverted = true;
                        }
                    }
                    if (c == ',' || c == '.') {
                        break;
                    }
                    wordStart = j + 1;
                }
                j++;
            }
            if (!inverted || j >= quote.end() || words > MAX_INVERSION_WORDS) {
                continue;
            }
            String insertion = text.substring(i + 1, j);
            if (!isNarration(insertion.replace("-t-", " ").replace('-', ' '), Language.FRENCH)) {
                continue;
            }
            int resume = skipSpaces(text, j + 1, quote.end());
            int firstEnd = i;
            while (firstEnd > quote.start() && ReportText.isSpace(text.charAt(firstEnd - 1))) {
                firstEnd--;
            }
            if (resume >= quote.end() || firstEnd <= quote.start()) {
                return Optional.empty();
            }
            QuoteSpan first = new QuoteSpan(quote.open(), i, quote.start(), firstEnd, quote.paragraph(), true);
            QuoteSpan second = new QuoteSpan(j, quote.close(), resume, quote.end(), quote.paragraph(), quote.closed());
            return Optional.of(List.of(first, second));
        }
        return Optional.empty();
    }

    /** The dash that ends the insertion: one preceded by {@code ,} or {@code .} and a space. */
    private static int closingDash(String text, int from, int end) {
        for (int i = from; i < end && i - from < 160; i++) {
            if (isDash(text.charAt(i)) && i >= 2 && ReportText.isSpace(text.charAt(i - 1)) && ",.:".indexOf(text.charAt(i - 2)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNarration(String insertion, Language language) {
        String[] words = insertion.trim().split("[\\s,.:]+");
        if (words.length == 0 || words.length > MAX_INSERTION_WORDS) {
            return false;
        }
        for (String word : words) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!lower.isEmpty() && ReportingVerbs.isVerb(lower, language)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsDash(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isDash(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int i, int end) {
        while (i < end && ReportText.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '―';
    }
}
