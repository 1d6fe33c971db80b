package org.pacta.core.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the speaker of a reporting phrase inside its clause, by the phrase's kind: a finite verb
 * looks for its subject before itself, then after itself where French and Russian invert; a
 * participle takes the subject of the clause it hangs on; a source preposition ("selon",
 * "according to", "по словам") takes the noun phrase it introduces; a complement clause reports
 * through its governing verb ("X a déclaré que Y avait promis «…»" is X's); an impersonal "on"
 * speaks for the place named with it.
 */
final class Subjects {

    static final Set<String> SEPARATORS = Set.of(",", "—", "–", "-", "―");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("à", "au", "aux", "dans", "chez", "l'", "la", "le", "les");
    private static final Set<String> COMPLEMENTIZERS = Set.of("que", "qu'", "that", "что", "чтобы");
    private static final Set<String> INVERSION_CUES = Set.of("comme", "ainsi", "как", "as", "l'", "так", "qu'", "que", "этом");

    private final List<Token> tokens;
    private final Sentences sentences;
    private final Phrases phrases;
    private final Speakers speakers;
    private final NounPhrases nounPhrases;
    private final Language language;
    private final Supplier<Optional<Speaker>> lastSpeaker;

    Subjects(List<Token> tokens, Sentences sentences, Phrases phrases, Speakers speakers, NounPhrases nounPhrases,
             Language language, Supplier<Optional<Speaker>> lastSpeaker) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.phrases = phrases;
        this.speakers = speakers;
        this.nounPhrases = nounPhrases;
        this.language = language;
        this.lastSpeaker = lastSpeaker;
    }

    int skipSeparators(int k, int to) {
        while (k < to && tokens.get(k).type() == Token.Type.PUNCT && SEPARATORS.contains(tokens.get(k).text())) {
            k++;
        }
        return k;
    }

    /** A source preposition opening the sentence ("Selon X,", "According to X,", "По словам X,") before {@code limit}. */
    Optional<Phrases.VerbPhrase> framingSource(int from, int limit) {
        for (int k = from; k < Math.min(limit, from + 3); k++) {
            if (phrases.isHead(k)) {
                Phrases.VerbPhrase phrase = phrases.phrase(k, from);
                return phrase.preposition() && phrase.first() <= from + 1 ? Optional.of(phrase) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The reporting verb whose complement clause holds {@code phrase}: one reached over a short
     * subject and a complementizer ("a déclaré que Blinken avait promis"), or in English over the
     * subject alone ("said the organization welcomed").
     */
    Optional<Phrases.VerbPhrase> governingReport(Phrases.VerbPhrase phrase, int from) {
        boolean complementizer = false;
        int words = 0;
        for (int i = phrase.first() - 1; i >= from && words <= 10; i--) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                return Optional.empty();
            }
            if (COMPLEMENTIZERS.contains(token.lower())) {
                complementizer = true;
                continue;
            }
            if (Phrases.isCoordinator(token)) {
                // "has denied … and has accused": coordinated verbs, not a verb and its complement.
                return Optional.empty();
            }
            if (phrases.isHead(i)) {
                Phrases.VerbPhrase outer = phrases.phrase(i, from);
                boolean bareComplement = language == Language.ENGLISH && words <= 4 && words > 0;
                if (outer.preposition() || outer.participle() || !(complementizer || bareComplement)) {
                    return Optional.empty();
                }
                return Optional.of(outer);
            }
            words++;
        }
        return Optional.empty();
    }

    Optional<Speaker> finiteSubject(Phrases.VerbPhrase phrase, int from, int limit) {
        if (!phrase.pronoun().isEmpty()) {
            return speakers.resolvePronoun(phrase.pronoun(), phrase.first());
        }
        Optional<Speaker> before = nounPhrases.subjectBefore(phrase.first() - 1, from);
        if (before.isPresent()) {
            return before;
        }
        boolean afterComma = phrase.first() - 1 >= from && tokens.get(phrase.first() - 1).isPunct(',');
        if (afterComma) {
            // "Valentina Matvienko, …, a dénoncé": the subject opens the clause before an apposition.
            Optional<Speaker> first = speakers.firstPersonBetween(from, phrase.first());
            if (first.isEmpty() && language != Language.ENGLISH) {
                // "…, сообщил информированный источник", "…, a indiqué le ministère": French and
                // Russian put the subject after a verb that follows a comma.
                first = nounPhrases.subjectAfter(phrase.last() + 1, limit);
            }
            if (first.isEmpty()) {
                first = nounPhrases.sentenceSubject(from, phrase.first());
            }
            if (first.isPresent()) {
                return first;
            }
        }
        if (invertedContext(phrase.first() - 1, from)) {
            Optional<Speaker> after = nounPhrases.subjectAfter(phrase.last() + 1, limit);
            if (after.isPresent()) {
                return after;
            }
        }
        Optional<Speaker> first = speakers.firstPersonBetween(from, phrase.first());
        if (first.isPresent()) {
            return first;
        }
        // "des restrictions qualifiées d'«…»": a bare participle's agent is the sentence's subject.
        Optional<Speaker> subject = nounPhrases.sentenceSubject(from, phrase.first());
        return subject.isPresent() ? subject : speakers.resolvePronoun("", phrase.first());
    }

    /**
     * A participle's subject: after a sentence-initial participle it is the main clause's subject,
     * which follows the quotation ("Jugeant «…», Moscou entend"); otherwise it is the subject of
     * the reporting verb it hangs on ("a-t-il poursuivi, affirmant que…").
     */
    Optional<Speaker> participleSubject(Phrases.VerbPhrase phrase, int qt, int from) {
        boolean sentenceInitial = true;
        for (int i = from; i < phrase.first(); i++) {
            if (tokens.get(i).isWord() || tokens.get(i).isQuote()) {
                sentenceInitial = false;
                break;
            }
        }
        if (sentenceInitial) {
            for (int k = phrase.last() + 1; k < qt; k++) {
                if (tokens.get(k).isPunct(',')) {
                    // "Invité de l'émission, le ministre a refusé que l'UE soit «…»": the participial
                    // phrase closed, the main clause's subject comes before the quotation.
                    Optional<Speaker> main = nounPhrases.entityAt(skipSeparators(k, qt), qt).flatMap(NounPhrases.Found::speaker);
                    if (main.isPresent()) {
                        return main;
                    }
                    break;
                }
            }
            int to = sentences.end(qt);
            Optional<Speaker> main = nounPhrases.entityAt(skipSeparators(qt + 1, to), to).flatMap(NounPhrases.Found::speaker);
            return main.isPresent() ? main : speakers.resolvePronoun("", qt);
        }
        Token before = tokens.get(phrase.first() - 1);
        if (before.capitalised() && !Lexicon.FUNCTION_WORDS.contains(before.lower()) || Lexicon.isPronoun(before.lower())) {
            // "with Prime Minister Rishi Sunak calling the summit «…»": a participle with its own subject.
            Optional<Speaker> own = nounPhrases.subjectBefore(phrase.first() - 1, from);
            if (own.isPresent()) {
                return own;
            }
        }
        for (int k = phrase.first() - 1; k >= from; k--) {
            if (phrases.isHead(k)) {
                Phrases.VerbPhrase governing = phrases.phrase(k, from);
                if (governing.preposition()) {
                    return prepositionSubject(governing, phrase.first());
                }
                if (!governing.participle()) {
                    return finiteSubject(governing, from, phrase.first());
                }
            }
        }
        Optional<Speaker> first = speakers.firstPersonBetween(from, phrase.first());
        return first.isPresent() ? first : speakers.resolvePronoun("", phrase.first());
    }

    Optional<Speaker> prepositionSubject(Phrases.VerbPhrase phrase, int to) {
        if (!phrase.pronoun().isEmpty()) {
            return speakers.resolvePronoun(phrase.pronoun(), phrase.first());
        }
        return nounPhrases.entityAt(phrase.last() + 1, Math.max(to, phrase.last() + 1)).flatMap(NounPhrases.Found::speaker);
    }

    /**
     * The source behind an impersonal "on": the place named right after the verb ("explique-t-on
     * à l'Elysée"), otherwise the source quoted last ("peut-on lire" in its statement).
     */
    Optional<Speaker> impersonal(int k, int to) {
        int i = k;
        while (i < to && i - k < 3 && tokens.get(i).isWord() && PLACE_PREPOSITIONS.contains(tokens.get(i).lower())) {
            i++;
        }
        if (i > k && i < to && tokens.get(i).capitalised()) {
            Optional<Speaker> place = nounPhrases.runSpeaker(i, NameIndex.runEnd(tokens, i));
            if (place.isPresent()) {
                return place;
            }
        }
        return lastSpeaker.get();
    }

    /** Whether a verb whose previous token is {@code j} may have its subject after it ("Comme l'a dit X"). */
    private boolean invertedContext(int j, int from) {
        if (j < from) {
            return true;
        }
        Token token = tokens.get(j);
        return !token.isWord() || INVERSION_CUES.contains(token.lower());
    }
}
