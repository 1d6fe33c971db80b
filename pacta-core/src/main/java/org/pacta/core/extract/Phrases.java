package org.pacta.core.extract;

import java.util.List;
import java.util.Set;

/**
 * Recognises the two kinds of phrase attribution is made of, over a token stream: reporting-verb
 * phrases ({@code a tout d'abord fait savoir}, {@code a-t-il poursuivi}, {@code has also said},
 * {@code selon}, {@code according to}, {@code по словам}) and the noun phrases that can be their
 * subject (a name, a pronoun, a role or institution phrase). Resolving those noun phrases to a
 * speaker is left to {@link Speakers}.
 */
final class Phrases {

    /** A reporting phrase over tokens {@code [first, last]}, its head verb, and its kind. */
    record VerbPhrase(int first, int last, int head, String pronoun, boolean participle, boolean preposition) {
    }

    private static final Set<String> ENGLISH_PAST_IRREGULAR =
            Set.of("said", "told", "wrote", "written", "spoke", "spoken", "went", "thought", "put");
    private static final Set<String> ENGLISH_SUBJECT_CUES = Set.of("that", ",", ":", "on", "in", "to");
    private static final Set<String> COORDINATORS = Set.of("et", "and", "и", "mais", "but", "puis", "then", "а");

    private final List<Token> tokens;
    private final Language language;

    private final byte[] heads;

    Phrases(List<Token> tokens, Language language) {
        this.tokens = tokens;
        this.language = language;
        this.heads = new byte[tokens.size()];
    }

    Language language() {
        return language;
    }

    List<Token> tokens() {
        return tokens;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    static boolean isCoordinator(Token token) {
        return COORDINATORS.contains(token.lower());
    }

    /** Whether token {@code k} is the head of a reporting phrase (a verb or a source preposition). */
    boolean isHead(int k) {
        // Each quotation scans its sentence again, so the answer is kept per token.
        byte known = heads[k];
        if (known == 0) {
            known = computeIsHead(k) ? (byte) 1 : (byte) 2;
            heads[k] = known;
        }
        return known == 1;
    }

    private boolean computeIsHead(int k) {
        Token token = tokens.get(k);
        if (!token.isWord()) {
            return false;
        }
        String lower = token.lower();
        if (isPrepositionHead(k)) {
            return true;
        }
        if (!ReportingVerbs.isVerb(lower, language)) {
            return false;
        }
        if (token.capitalised() && k > 0 && tokens.get(k - 1).isWord()) {
            // "The US State Department said": a capitalised word inside a sentence is a name, not a verb.
            return false;
        }
        if (k > 0 && Lexicon.isDeterminer(tokens.get(k - 1).lower(), language)) {
            return false;
        }
        String base = ReportingVerbs.stripInvertedPronoun(lower);
        if (language == Language.FRENCH && ReportingVerbs.FRENCH_NEEDS_COMPLEMENT.contains(base)) {
            return k + 1 < tokens.size() && ReportingVerbs.FRENCH_COMPLEMENTS.contains(tokens.get(k + 1).lower());
        }
        if (language == Language.ENGLISH) {
            if (ReportingVerbs.ENGLISH_NEEDS_COMPLEMENT.contains(lower)) {
                return k + 1 < tokens.size() && ReportingVerbs.ENGLISH_COMPLEMENTS.contains(tokens.get(k + 1).lower());
            }
            boolean pastOrParticiple = lower.endsWith("ed") || lower.endsWith("ing") || ENGLISH_PAST_IRREGULAR.contains(lower);
            if (!pastOrParticiple) {
                // "demands", "call", "promise" are nouns as often as verbs: a present-tense form
                // counts only after a subject or before "that", a comma or a colon.
                boolean subjectBefore = k > 0 && (tokens.get(k - 1).capitalised() && !modifiedByDeterminer(k - 1)
                        || Lexicon.isPronoun(tokens.get(k - 1).lower()) || Lexicon.ROLE_NOUNS.contains(tokens.get(k - 1).lower()));
                boolean cueAfter = k + 1 < tokens.size() && ENGLISH_SUBJECT_CUES.contains(tokens.get(k + 1).lower());
                // "…, says Blinken", "…, warns Russian envoy": inverted after a comma, before a name.
                boolean inverted = k > 0 && !tokens.get(k).capitalised() && tokens.get(k - 1).isPunct(',') && k + 1 < tokens.size()
                        && tokens.get(k + 1).capitalised() && !Lexicon.FUNCTION_WORDS.contains(tokens.get(k + 1).lower());
                return subjectBefore || cueAfter || inverted;
            }
        }
        return true;
    }

    /**
     * Whether the capitalised words ending at {@code j} follow a determiner: "the US and NATO
     * replies" is a noun phrase, so "replies" is a noun there, not a verb.
     */
    private boolean modifiedByDeterminer(int j) {
        int i = j;
        while (i >= 0 && j - i < 6 && (tokens.get(i).capitalised() || isCoordinator(tokens.get(i)) || tokens.get(i).isPunct(','))) {
            i--;
        }
        return i >= 0 && tokens.get(i).isWord() && Lexicon.ENGLISH_DETERMINERS.contains(tokens.get(i).lower())
                && !tokens.get(i).lower().equals("her");
    }

    private boolean isPrepositionHead(int k) {
        String lower = tokens.get(k).lower();
        return switch (lower) {
            case "selon" -> true;
            // "Pour X, «…»" opening a sentence gives X's view, like "selon X".
            // So does "…: pour Zakharova, …" after a colon.
            case "pour" -> k == 0 || tokens.get(k - 1).type() == Token.Type.BREAK
                    || tokens.get(k - 1).type() == Token.Type.PUNCT && (tokens.get(k).capitalised() && ".!?".contains(tokens.get(k - 1).text())
                    || tokens.get(k - 1).text().equals(":"));
            case "après" -> k > 0 && tokens.get(k - 1).lower().equals("d'");
            case "according" -> k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("to");
            // "In his words, “…”": the pronoun's referent speaks.
            case "words" -> k >= 2 && tokens.get(k - 2).lower().equals("in")
                    && (tokens.get(k - 1).lower().equals("his") || tokens.get(k - 1).lower().equals("her"));
            case "словам", "мнению" -> k > 0 && (tokens.get(k - 1).lower().equals("по")
                    || k > 1 && tokens.get(k - 2).lower().equals("по"));
            default -> false;
        };
    }

    /** The whole phrase around head {@code k}, extended left over auxiliaries and adverbs down to {@code from}. */
    VerbPhrase phrase(int k, int from) {
        String lower = tokens.get(k).lower();
        if (isPrepositionHead(k)) {
            int first = k;
            int last = k;
            String pronoun = "";
            if (lower.equals("selon") || lower.equals("pour")) {
                first = k;
            } else if (lower.equals("après")) {
                first = k - 1;
            } else if (lower.equals("according")) {
                last = k + 1;
            } else if (tokens.get(k - 1).lower().equals("по")) {
                first = k - 1;
            } else {
                first = k - 2;
                pronoun = tokens.get(k - 1).lower();
            }
            return new VerbPhrase(first, last, k, pronoun, false, true);
        }
        boolean participle = ReportingVerbs.isParticiple(ReportingVerbs.stripInvertedPronoun(lower), language);
        int first = k;
        while (first - 1 >= from && isFiller(tokens.get(first - 1), participle)) {
            first--;
        }
        int last = k;
        if (language == Language.FRENCH && ReportingVerbs.FRENCH_NEEDS_COMPLEMENT.contains(ReportingVerbs.stripInvertedPronoun(lower))) {
            last = k + 1;
            if (tokens.get(last).lower().equals("en") && last + 1 < tokens.size()) {
                last++;
            }
        } else if (language == Language.ENGLISH && ReportingVerbs.ENGLISH_NEEDS_COMPLEMENT.contains(lower)) {
            last = k + 1;
        }
        String pronoun = "";
        for (int i = first; i <= last; i++) {
            String carried = ReportingVerbs.invertedPronoun(tokens.get(i).lower());
            if (!carried.isEmpty()) {
                pronoun = carried;
            }
        }
        return new VerbPhrase(first, last, k, pronoun, participle, false);
    }

    private boolean isFiller(Token token, boolean participle) {
        if (!token.isWord()) {
            return false;
        }
        String lower = token.lower();
        if (participle && lower.equals("en")) {
            return true;
        }
        if (language == Language.ENGLISH && lower.equals("a")) {
            return false;
        }
        return Lexicon.VERB_PHRASE_FILLERS.contains(lower)
                || Lexicon.VERB_PHRASE_FILLERS.contains(ReportingVerbs.stripInvertedPronoun(lower))
                && !ReportingVerbs.invertedPronoun(lower).isEmpty();
    }

    /** Whether {@code token} may sit between a subject and its verb ("a", "also", "a-t-il"). */
    boolean isFiller(int i) {
        return isFiller(tokens.get(i), false);
    }

    /** The first head at or after {@code k} reachable over fillers only, or -1. */
    int headAfterFillers(int k, int to) {
        int h = k;
        while (h < to && h - k <= 5) {
            if (isHead(h)) {
                return h;
            }
            if (!isFiller(h)) {
                return -1;
            }
            h++;
        }
        return -1;
    }
}
