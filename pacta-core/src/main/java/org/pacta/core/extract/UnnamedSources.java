package org.pacta.core.extract;

import java.util.Optional;
import java.util.Set;

/**
 * Unnamed sources: how far the description of "a senior U.S. official" or "un diplomate occidental
 * en poste à Genève" runs, and which such source a later "the official" or "le diplomate" takes
 * up. Descriptions are given as the article writes them, without their article, as the labelling
 * rules ask.
 */
final class UnnamedSources {

    private final Phrases phrases;
    private final String text;

    UnnamedSources(Phrases phrases, String text) {
        this.phrases = phrases;
        this.text = text;
    }

    private static final Set<String> DESCRIPTION_ADJECTIVES = Lexicon.words(
            "occidental", "occidentale", "occidentaux", "européen", "européenne", "européens", "western", "european",
            "haut", "haute", "senior", "ancien", "ancienne", "former", "top", "high-ranking", "proche", "close",
            "étranger", "étrangère", "foreign", "asiatique", "africain", "onusien", "onusienne", "atlantiste",
            "moscovite", "parisien", "parisienne", "berlinois", "berlinoise", "londonien", "londonienne", "bruxellois",
            "bruxelloise", "genevois", "genevoise", "viennois", "viennoise", "kiévien", "kiévienne", "varsovien");
    static final Set<String> PLACE_LINKS = Lexicon.words("en", "à", "au", "aux", "in", "at", "to", "auprès");

    /**
     * Where an unnamed source's description ends after its noun {@code head}: nationality and a
     * few adjectives ("diplomate européen"), complements naming a place or body ("ancien
     * ambassadeur de France en Russie", "diplomate occidental en poste à Genève"), but not what
     * the sentence adds about the person ("présent dans la salle", "briefing journalists").
     */
    int descriptionEnd(int head, int limit) {
        int end = head + 1;
        int i = head + 1;
        while (i < phrases.size() && i - head < 10) {
            Token token = phrases.token(i);
            if (!token.isWord()) {
                break;
            }
            String lower = token.lower();
            if (Lexicon.NATIONALITIES.containsKey(lower) || DESCRIPTION_ADJECTIVES.contains(lower)) {
                end = ++i;
                continue;
            }
            boolean complement = NounPhrases.COMPLEMENT_PREPOSITIONS.contains(lower) || PLACE_LINKS.contains(lower);
            int j = i + 1;
            if (lower.equals("en") && j < phrases.size() && phrases.token(j).lower().equals("poste")) {
                j++;
                if (j < phrases.size() && PLACE_LINKS.contains(phrases.token(j).lower())) {
                    j++;
                }
            }
            if (complement && j < phrases.size() && NounPhrases.isDeterminerLike(phrases.token(j)) && !NounPhrases.INDEFINITE.contains(phrases.token(j).lower())) {
                j++;
            }
            if (complement && j < phrases.size() && !PLACE_LINKS.contains(lower) && phrases.token(j).isWord()
                    && Lexicon.INSTITUTION_NOUNS.contains(phrases.token(j).lower())) {
                // "a spokesman for the agency", "un porte-parole du ministère"
                end = i = j + 1;
                continue;
            }
            if (complement && j < phrases.size() && phrases.token(j).capitalised()) {
                int runEnd = NameIndex.runEnd(phrases.tokens(), j);
                end = i = Math.max(runEnd, j + 1);
                continue;
            }
            break;
        }
        return Math.max(end, Math.min(limit, head + 1));
    }

    static final Set<String> GENERIC_SOURCES = Set.of("official", "diplomat", "source", "diplomate", "responsable",
            "officiel", "négociateur", "negotiator", "expert", "analyst", "analyste", "aide", "adviser", "conseiller");
    private static final int UNNAMED_REACH = 120;

    /** "66-year-old": an age standing for the person. */
    static boolean isAgeNoun(String lower) {
        return lower.endsWith("-year-old") && lower.length() > 9 && Character.isDigit(lower.charAt(0));
    }

    /** The description of the last unnamed source with head noun {@code noun} before {@code k}: "a senior U.S. official". */
    Optional<Speaker> before(String noun, int k) {
        for (int i = k - 1; i >= Math.max(0, k - UNNAMED_REACH); i--) {
            if (!phrases.token(i).isWord() || !phrases.token(i).lower().equals(noun)) {
                continue;
            }
            for (int d = i - 1; d >= Math.max(0, i - 6); d--) {
                Token token = phrases.token(d);
                if (token.isPunct('.') && d > 0 && phrases.token(d - 1).isWord()) {
                    // "a senior U.S. official": the full stop of an abbreviation.
                    continue;
                }
                if (!token.isWord()) {
                    break;
                }
                if (NounPhrases.INDEFINITE.contains(token.lower())) {
                    int last = descriptionEnd(i, i + 1);
                    return Optional.of(Speaker.of(text.substring(phrases.token(d + 1).start(), phrases.token(last - 1).end()), false));
                }
                if (NounPhrases.DEFINITE_ARTICLES.contains(token.lower())) {
                    break;
                }
            }
        }
        return Optional.empty();
    }
}
