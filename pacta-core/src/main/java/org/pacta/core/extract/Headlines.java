package org.pacta.core.extract;

import java.util.List;
import java.util.Optional;

/**
 * Attributes a quotation in the report's headline, where news style drops the reporting verb:
 * "Peskov sees “little reason for optimism”", "Talks were ‘on different frequencies’ – Lavrov",
 * "Promesses sur l'OTAN : pour Zakharova, l'Occident «a menti»", "State Department: … ‘Not on
 * the Table’", "« Il n'y aura pas de Yalta 2 » : Jean-Yves Le Drian met Moscou en garde". The
 * rules, from the most explicit to the least:
 * <ol>
 *   <li>a reporting verb after the quotation with its speaker: "…, says Russian envoy to OSCE",
 *       "…, Russia's negotiator tells US", or a name closing the headline after a dash;</li>
 *   <li>a source preposition: "pour X,", "selon X", "according to X";</li>
 *   <li>the first person who is the subject of a headline verb ("Poutine juge", "NATO chief
 *       warns"), else the first person the headline names;</li>
 *   <li>an institution before an opening colon ("State Department:"), else an institution or
 *       country as a subject ("Russia sees", "Moscou exige").</li>
 * </ol>
 * A headline naming nobody leaves its quotation unattributed ("Otan : « On nous a trompés »").
 */
final class Headlines {

    private final List<Token> tokens;
    private final Phrases phrases;
    private final NounPhrases nounPhrases;
    private final Subjects subjects;

    Headlines(List<Token> tokens, Phrases phrases, NounPhrases nounPhrases, Subjects subjects) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.nounPhrases = nounPhrases;
        this.subjects = subjects;
    }

    private static final List<String> TEASERS = List.of(
            "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "lire plus", "voir aussi", "à lire",
            "read more", "read also", "also read", "see also", "related", "more on this", "читайте также", "читать также");

    /**
     * Where the text of a teaser line ("Lire aussi :", "READ MORE:", "À lire aussi |") starts when
     * the paragraph holding {@code qt} is one, else -1.
     */
    static int teaserStart(List<Token> tokens, int paragraphStart, int qt) {
        StringBuilder opening = new StringBuilder();
        for (int i = paragraphStart; i < Math.min(qt, paragraphStart + 4); i++) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                break;
            }
            if (opening.length() > 0) {
                opening.append(' ');
            }
            opening.append(token.lower());
            if (TEASERS.contains(opening.toString())) {
                int next = i + 1;
                while (next < qt && !tokens.get(next).isWord() && !tokens.get(next).isQuote()) {
                    next++;
                }
                return next;
            }
        }
        return -1;
    }

    /** A speaker the line itself names with a reporting verb or a source preposition, as a teaser line must. */
    Optional<Speaker> explicitSpeaker(int qt, int from, int to) {
        Optional<Speaker> trailing = trailing(qt, to);
        if (trailing.isPresent()) {
            return trailing;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isQuote() && phrases.isHead(k)) {
                Phrases.VerbPhrase phrase = phrases.phrase(k, from);
                Optional<Speaker> speaker = phrase.preposition() ? subjects.prepositionSubject(phrase, to)
                        : phrase.participle() ? Optional.empty() : subjects.finiteSubject(phrase, from, k < qt ? qt : to);
                if (speaker.isPresent()) {
                    return speaker;
                }
            }
        }
        return Optional.empty();
    }

    /** The speaker of the quotation at token {@code qt} of the headline {@code [from, to)}; empty when it names nobody. */
    Optional<Speaker> speaker(int qt, int from, int to) {
        Optional<Speaker> trailing = trailing(qt, to);
        if (trailing.isPresent()) {
            return trailing;
        }

        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isQuote() && phrases.isHead(k) && phrases.phrase(k, from).preposition()) {
                Optional<Speaker> source = subjects.prepositionSubject(phrases.phrase(k, from), to);
                if (source.isPresent()) {
                    return source;
                }
            }
        }
        Optional<Speaker> beforeColon = colonOpening(from, qt);
        if (beforeColon.isPresent() && (beforeColon.get().person() || !personSubjectBefore(qt))) {
            // "Conseil Otan-Russie : Stoltenberg constate des « … »": a topic before the colon yields to a person speaking.
            return beforeColon;
        }
        if (from == 0 && NameIndex.titleCaseHeadline(tokens)) {
            // "Blinken Says US Reply Offers ‘Serious Diplomatic Path’": capitals mark nothing in a
            // Title Case headline, so only a surname the body gives in full names a speaker.
            for (int k = from; k < to; k++) {
                if (!tokens.get(k).isQuote()) {
                    Optional<Speaker> person = nounPhrases.knownPerson(k);
                    if (person.isPresent()) {
                        return person;
                    }
                }
            }
            // Else the institution or capital nearest before the quotation: "…; Kremlin Calls Move ‘Destructive’".
            for (int k = qt - 1; k >= from; k--) {
                Token token = tokens.get(k);
                boolean institution = token.isWord() && token.capitalised() && (Lexicon.NOT_NAME_WORDS.contains(token.lower())
                        && !Lexicon.TITLES.contains(token.lower()) || token.lower().equals("kremlin") || token.lower().equals("pentagon"));
                if (institution) {
                    int start = k;
                    while (start > from && tokens.get(start - 1).isWord() && tokens.get(start - 1).capitalised()
                            && Lexicon.NOT_NAME_WORDS.contains(tokens.get(start - 1).lower())) {
                        start--;
                    }
                    return nounPhrases.runSpeaker(start, k + 1);
                }
            }
            return Optional.empty();
        }
        for (int k = qt - 1; k >= from; k--) {
            if (phrases.isHead(k) && !phrases.phrase(k, from).preposition() && !phrases.phrase(k, from).participle()) {
                // "NATO chief says alliance will “not compromise”": the verb's own subject.
                Optional<Speaker> subject = subjects.finiteSubject(phrases.phrase(k, from), from, qt);
                if (subject.isPresent() && (!subject.get().person() || subject.get().name().indexOf(' ') > 0)) {
                    return subject;
                }
                if (subject.isEmpty() || subject.get().name().indexOf(' ') < 0) {
                    break;
                }
            }
        }
        java.util.Set<String> persons = new java.util.LinkedHashSet<>();
        Optional<Speaker> firstPerson = Optional.empty();
        Optional<Speaker> institutionSubject = Optional.empty();
        boolean coordinated = false;
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            if (!token.isWord() || !token.capitalised() || Lexicon.FUNCTION_WORDS.contains(token.lower())) {
                continue;
            }
            Optional<NounPhrases.Found> found = nounPhrases.entityAt(k, to);
            if (found.isEmpty() || found.get().speaker().isEmpty()) {
                continue;
            }
            Speaker speaker = found.get().speaker().get();
            int end = found.get().end();
            if (speaker.person() && speaker.name().indexOf(' ') < 0) {
                // One capitalised word the report never gives in full ("Sweden", "Troops") is no one.
                k = Math.max(k, end - 1);
                continue;
            }
            boolean coordination = end < to && Phrases.isCoordinator(tokens.get(end));
            boolean subject = end < to && looksLikeVerb(end) && !coordinated;
            // "Truss and Lavrov clash…", "Macron et Poutine se parlent": two subjects, no single speaker.
            coordinated = coordination;
            if (speaker.person() && subject) {
                return Optional.of(speaker);
            }
            if (speaker.person()) {
                persons.add(speaker.name());
                if (firstPerson.isEmpty()) {
                    firstPerson = Optional.of(speaker);
                }
                if (k == from && end < to && tokens.get(end).isPunct(':')) {
                    // "Мединский: …", "Stoltenberg: …": the person before the colon speaks.
                    return Optional.of(speaker);
                }
            }
            if (!speaker.person()) {
                if (subject && institutionSubject.isEmpty()) {
                    institutionSubject = Optional.of(speaker);
                }
            }
            k = Math.max(k, end - 1);
        }
        if (persons.size() == 1) {
            return firstPerson;
        }
        return persons.isEmpty() ? institutionSubject : Optional.empty();
    }

    /** "…, says X", "…, X tells US", "… – Lavrov": an attribution after the quotation. */
    private Optional<Speaker> trailing(int qt, int to) {
        int separator = -1;
        for (int k = qt + 1; k < to && separator < 0; k++) {
            if (tokens.get(k).isQuote()) {
                break;
            }
            if (tokens.get(k).isPunct(',') || isDash(tokens.get(k))) {
                separator = k;
            }
        }
        // "…, says Russian envoy to OSCE" (verb first) or "…, Russia's negotiator tells US" (subject first).
        for (int k = separator + 1; separator >= 0 && k < to && k - separator <= 6; k++) {
            if (tokens.get(k).isQuote()) {
                break;
            }
            if (phrases.isHead(k) && !phrases.phrase(k, separator + 1).preposition()) {
                Phrases.VerbPhrase phrase = phrases.phrase(k, separator + 1);
                boolean verbFirst = phrase.first() == separator + 1;
                Optional<Speaker> speaker = verbFirst
                        ? nounPhrases.subjectAfter(phrase.last() + 1, to)
                        : nounPhrases.subjectBefore(phrase.first() - 1, separator + 1);
                if (speaker.isPresent() && !verbFirst && personSubjectBefore(qt)) {
                    // "Poutine juge … “réalistes”, le Kremlin tempère": a second clause with its own
                    // subject does not take the quotation from the first one's speaker.
                    return Optional.empty();
                }
                if (speaker.isPresent()) {
                    return speaker;
                }
                break;
            }
        }
        int last = to - 1;
        while (last > qt && !tokens.get(last).isWord()) {
            last--;
        }
        int start = last;
        while (start - 1 > qt && tokens.get(start - 1).isWord() && tokens.get(start - 1).capitalised()) {
            start--;
        }
        if (start > qt + 1 && start <= last && isDash(tokens.get(start - 1))) {
            Optional<Speaker> named = nounPhrases.runSpeaker(start, last + 1);
            if (named.isPresent() && named.get().person()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** Whether a named person is the subject of a verb before the quotation ("Poutine juge …"). */
    private boolean personSubjectBefore(int qt) {
        int from = qt;
        while (from > 0 && tokens.get(from - 1).type() != Token.Type.BREAK) {
            from--;
        }
        for (int k = from; k < qt; k++) {
            Token token = tokens.get(k);
            if (!token.isWord() || !token.capitalised() || Lexicon.FUNCTION_WORDS.contains(token.lower())) {
                continue;
            }
            Optional<NounPhrases.Found> found = nounPhrases.entityAt(k, qt);
            if (found.isPresent() && found.get().speaker().isPresent()) {
                Speaker speaker = found.get().speaker().get();
                int end = found.get().end();
                if (speaker.person() && speaker.name().indexOf(' ') > 0 && end < qt && looksLikeVerb(end)) {
                    return true;
                }
                k = Math.max(k, end - 1);
            }
        }
        return false;
    }

    /** "Stoltenberg: …", "State Department: …": a person or institution opening the headline before a colon. */
    private Optional<Speaker> colonOpening(int from, int qt) {
        Token first = tokens.get(from);
        if (!first.isWord() || !first.capitalised() || Lexicon.FUNCTION_WORDS.contains(first.lower())) {
            return Optional.empty();
        }
        Optional<NounPhrases.Found> found = nounPhrases.entityAt(from, qt);
        if (found.isEmpty() || found.get().speaker().isEmpty() || found.get().end() >= qt
                || !tokens.get(found.get().end()).isPunct(':')) {
            return Optional.empty();
        }
        Speaker speaker = found.get().speaker().get();
        int end = found.get().end();
        boolean institution = end - from >= 2 && hasInstitutionNoun(from, end) || isSeatOfPower(from, end);
        boolean named = speaker.person() ? speaker.name().indexOf(' ') > 0 : institution;
        return named ? Optional.of(speaker) : Optional.empty();
    }

    private static boolean isDash(Token token) {
        return token.isPunct('–') || token.isPunct('—') || token.isPunct('-');
    }

    /** A lower-case content word right after a noun phrase: in a headline, its verb ("sees", "juge", "met"). */
    private boolean looksLikeVerb(int k) {
        Token token = tokens.get(k);
        if (!token.isWord() || token.capitalised()) {
            return false;
        }
        String lower = token.lower();
        return !Lexicon.FUNCTION_WORDS.contains(lower) && !Lexicon.FRENCH_DETERMINERS.contains(lower)
                && !Lexicon.ENGLISH_DETERMINERS.contains(lower) && !Lexicon.ROLE_NOUNS.contains(lower)
                && !Lexicon.NATIONALITIES.containsKey(lower) && !lower.equals("et") && !lower.equals("and");
    }

    /** "Kremlin:", "Élysée :", "White House:": a seat of power speaking for its government. */
    private boolean isSeatOfPower(int start, int end) {
        for (int i = start; i < end; i++) {
            String lower = tokens.get(i).lower();
            if (lower.equals("kremlin") || lower.equals("pentagon") || lower.equals("élysée") || lower.equals("elysee")
                    || lower.equals("house") || lower.equals("matignon")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasInstitutionNoun(int start, int end) {
        for (int i = start; i < end; i++) {
            String lower = tokens.get(i).lower();
            if (Lexicon.INSTITUTION_NOUNS.contains(lower) || lower.equals("kremlin") || lower.equals("pentagon")
                    || lower.equals("élysée") || lower.equals("elysee") || lower.equals("house")) {
                return true;
            }
        }
        return false;
    }
}
