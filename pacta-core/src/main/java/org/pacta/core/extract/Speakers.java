package org.pacta.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the noun phrase around a reporting verb into a {@link Speaker}: a name becomes the fullest
 * form the article gives, a pronoun or a role noun ("le diplomate", "the minister", "министр")
 * becomes the most salient person before it, and an institution or place stays as written
 * ("Moscou", "State Department"). Salience follows the centering intuition: the latest sentence
 * that names a person, and in it the first person named, which is usually the subject; every
 * attribution made is fed back as a new mention, so "il" after a quotation refers to its speaker.
 */
final class Speakers {

    /** One found noun phrase: its speaker (empty when it names none) and the token after it. */
    record Found(Optional<Speaker> speaker, int end) {
    }

    private static final Set<String> PHRASE_STOPS = Lexicon.words(
            "dans", "lors", "à", "au", "aux", "en", "sur", "pour", "par", "avec", "devant", "après", "avant",
            "selon", "ce", "cette", "que", "qui", "dont", "où", "in", "at", "on", "for", "with", "by",
            "during", "after", "before", "to", "that", "who", "which", "said", "told", "в", "на", "во",
            "что", "который", "которая", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> SKIPPABLE_AFTER_VERB = Lexicon.words(
            "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin",
            "ce", "encore", "aussi", "également", "ensuite", "alors", "enfin", "hier", "aujourd'hui",
            "then", "also", "later", "again", "today", "yesterday", "вчера", "сегодня", "также", "затем");

    private static final Set<String> INDEFINITE = Set.of("a", "an", "un", "une", "des", "several", "plusieurs");
    private static final Set<String> FEMININE_DETERMINERS = Set.of("la", "cette", "sa", "une");

    private final Phrases phrases;
    private final NameIndex names;
    private final Sentences sentences;
    private final String text;
    private final List<NameIndex.Mention> salience;

    Speakers(Phrases phrases, NameIndex names, Sentences sentences, String text) {
        this.phrases = phrases;
        this.names = names;
        this.sentences = sentences;
        this.text = text;
        this.salience = new ArrayList<>(names.mentions());
    }

    /** Records that {@code speaker} spoke at token {@code token}, making it salient from there on. */
    void mention(int token, Speaker speaker) {
        NameIndex.Mention mention = new NameIndex.Mention(token, sentences.sentenceOf[token], speaker);
        int at = salience.size();
        while (at > 0 && salience.get(at - 1).token() > token) {
            at--;
        }
        salience.add(at, mention);
    }

    /** The person a pronoun (or, with an empty pronoun, an implicit subject) at {@code token} stands for. */
    Optional<Speaker> resolvePronoun(String pronoun, int token) {
        boolean feminine = Lexicon.FEMININE_PRONOUNS.contains(pronoun);
        boolean masculine = Lexicon.MASCULINE_PRONOUNS.contains(pronoun);
        Optional<Speaker> gendered = salient(token, feminine, masculine);
        return gendered.isPresent() ? gendered : salient(token, false, false);
    }

    private Optional<Speaker> salient(int token, boolean feminine, boolean masculine) {
        int latest = -1;
        for (int i = salience.size() - 1; i >= 0; i--) {
            NameIndex.Mention mention = salience.get(i);
            if (mention.token() < token && fits(mention.speaker(), feminine, masculine)) {
                latest = i;
                break;
            }
        }
        if (latest < 0) {
            return Optional.empty();
        }
        int sentence = salience.get(latest).sentence();
        int chosen = latest;
        for (int i = latest - 1; i >= 0 && salience.get(i).sentence() == sentence; i--) {
            if (fits(salience.get(i).speaker(), feminine, masculine)) {
                chosen = i;
            }
        }
        return Optional.of(salience.get(chosen).speaker());
    }

    private static boolean fits(Speaker speaker, boolean feminine, boolean masculine) {
        if (!speaker.person()) {
            return false;
        }
        boolean looksFeminine = NameIndex.looksFeminine(speaker.name());
        return feminine ? looksFeminine : !masculine || !looksFeminine;
    }

    /** The person a role noun at {@code token} designates: its apposition if one was seen, else the salient person. */
    Optional<Speaker> resolveRole(String roleNoun, int token, String gender) {
        Optional<String> person = names.personForRole(roleNoun, token);
        if (person.isPresent()) {
            return Optional.of(new Speaker(person.get(), true));
        }
        Optional<Speaker> salient = resolvePronoun(gender, token);
        if (salient.isPresent()) {
            return salient;
        }
        Optional<String> later = names.personForRoleLater(roleNoun);
        if (later.isPresent()) {
            return Optional.of(new Speaker(later.get(), true));
        }
        return firstPersonBetween(token, Integer.MAX_VALUE);
    }

    /** The first person named in {@code [from, to)}, as a sentence's likely subject. */
    Optional<Speaker> firstPersonBetween(int from, int to) {
        for (NameIndex.Mention mention : salience) {
            if (mention.token() >= from && mention.token() < to && mention.speaker().person()) {
                return Optional.of(mention.speaker());
            }
        }
        return Optional.empty();
    }

    /** A noun phrase starting at {@code k}: pronoun, name, role or institution. */
    Optional<Found> entityAt(int k, int to) {
        if (k >= to) {
            return Optional.empty();
        }
        Token token = phrases.token(k);
        if (!token.isWord()) {
            return Optional.empty();
        }
        if (Lexicon.isPronoun(token.lower()) && !(token.lower().equals("her") && k + 1 < to && phrases.token(k + 1).isWord())) {
            return Optional.of(new Found(resolvePronoun(token.lower(), k), k + 1));
        }
        if (token.capitalised() && !Lexicon.FUNCTION_WORDS.contains(token.lower())) {
            int end = NameIndex.runEnd(tokensView(), k);
            Optional<Speaker> speaker = runSpeaker(k, end);
            if (speaker.isPresent()) {
                return Optional.of(new Found(speaker, end));
            }
            return rolePhraseRight(k, to);
        }
        if (Lexicon.FRENCH_DETERMINERS.contains(token.lower()) || Lexicon.ENGLISH_DETERMINERS.contains(token.lower())
                || Lexicon.ROLE_NOUNS.contains(token.lower()) || Lexicon.INSTITUTION_NOUNS.contains(token.lower())) {
            return rolePhraseRight(k, to);
        }
        return Optional.empty();
    }

    /** The subject after an inverted verb, skipping a few time adverbs: "a déclaré mardi le ministre". */
    Optional<Speaker> subjectAfter(int k, int to) {
        int i = k;
        while (i < to && i - k < 3 && phrases.token(i).isWord() && SKIPPABLE_AFTER_VERB.contains(phrases.token(i).lower())) {
            i++;
        }
        return entityAt(i, to).flatMap(Found::speaker);
    }

    /** The subject ending at token {@code j} (just before a verb phrase), searching no further left than {@code from}. */
    Optional<Speaker> subjectBefore(int j, int from) {
        if (j < from) {
            return Optional.empty();
        }
        Token token = phrases.token(j);
        if (!token.isWord()) {
            return Optional.empty();
        }
        if (Lexicon.isPronoun(token.lower())) {
            return resolvePronoun(token.lower(), j);
        }
        if (token.capitalised() && !Lexicon.FUNCTION_WORDS.contains(token.lower())) {
            int start = j;
            while (start - 1 >= from && NameIndex.runEnd(tokensView(), start - 1) > j) {
                start--;
            }
            Optional<Speaker> speaker = runSpeaker(start, j + 1);
            return speaker.isPresent() ? speaker : rolePhraseLeft(start - 1, from);
        }
        if (Phrases.isCoordinator(token)) {
            Optional<Speaker> first = firstPersonBetween(from, j);
            return first.isPresent() ? first : resolvePronoun("", j);
        }
        return rolePhraseLeft(j, from);
    }

    /** A capitalised run {@code [start, end)} as a speaker: a person's fullest name, or an institution as written. */
    Optional<Speaker> runSpeaker(int start, int end) {
        List<Token> tokens = tokensView();
        int first = NameIndex.firstNamePart(tokens, start, end);
        if (first == end) {
            Token only = tokens.get(start);
            if (end - start == 1 && only.acronym() && !Lexicon.TITLES.contains(only.lower())) {
                return Optional.of(new Speaker(only.text(), false));
            }
            for (int i = end - 1; i >= start; i--) {
                if (Lexicon.ROLE_NOUNS.contains(tokens.get(i).lower())) {
                    return resolveRole(tokens.get(i).lower(), start, "");
                }
            }
            for (int i = start; i < end; i++) {
                if (Lexicon.NOT_NAME_WORDS.contains(NameIndex.possessiveStripped(tokens.get(i).lower()))) {
                    // "Kremlin", "White House": a title word used on its own names the institution.
                    return Optional.of(new Speaker(names.span(tokens, start, end), false));
                }
            }
            return Optional.empty();
        }
        for (int i = first; i < end; i++) {
            if (Lexicon.NOT_NAME_WORDS.contains(NameIndex.possessiveStripped(tokens.get(i).lower()))) {
                return Optional.of(new Speaker(names.span(tokens, start, end), false));
            }
        }
        return Optional.of(new Speaker(names.fullest(names.span(tokens, first, end)), true));
    }

    /** A role or institution phrase starting at {@code k} (usually a determiner), ended by a stop word. */
    private Optional<Found> rolePhraseRight(int k, int to) {
        int head = -1;
        int end = k;
        for (int i = k; i < to && i - k < 12; i++) {
            Token token = phrases.token(i);
            if (!token.isWord() || i > k && (PHRASE_STOPS.contains(token.lower()) || phrases.isHead(i))) {
                break;
            }
            if (token.capitalised() && i > k && !Lexicon.FUNCTION_WORDS.contains(token.lower())) {
                int runEnd = NameIndex.runEnd(tokensView(), i);
                Optional<Speaker> named = runSpeaker(i, runEnd);
                if (named.isPresent() && named.get().person()) {
                    return Optional.of(new Found(named, runEnd));
                }
                i = runEnd - 1;
                end = runEnd;
                continue;
            }
            if (head < 0 && (Lexicon.ROLE_NOUNS.contains(token.lower()) || Lexicon.INSTITUTION_NOUNS.contains(token.lower()))) {
                head = i;
            }
            end = i + 1;
        }
        return head < 0 ? Optional.empty() : Optional.of(new Found(headSpeaker(k, head, end), end));
    }

    /** A role or institution phrase ending at {@code j}, reaching back to its determiner. */
    private Optional<Speaker> rolePhraseLeft(int j, int from) {
        int head = -1;
        int start = j + 1;
        for (int i = j; i >= from && j - i < 9; i--) {
            Token token = phrases.token(i);
            if (!token.isWord() || PHRASE_STOPS.contains(token.lower()) && !token.lower().equals("ce")
                    || Phrases.isCoordinator(token)) {
                break;
            }
            if (Lexicon.ROLE_NOUNS.contains(token.lower()) || Lexicon.INSTITUTION_NOUNS.contains(token.lower())) {
                head = i;
            }
            start = i;
            if (Lexicon.FRENCH_DETERMINERS.contains(token.lower()) || Lexicon.ENGLISH_DETERMINERS.contains(token.lower())) {
                break;
            }
        }
        return head < 0 ? Optional.empty() : headSpeaker(start, head, j + 1);
    }

    private Optional<Speaker> headSpeaker(int start, int head, int end) {
        String noun = phrases.token(head).lower();
        String determiner = phrases.token(start).lower();
        int first = start;
        if (INDEFINITE.contains(determiner)) {
            // "a senior US official", "un diplomate européen": a new, unnamed source, not someone named before.
            return Optional.of(new Speaker(text.substring(phrases.token(start + 1).start(), phrases.token(end - 1).end()), false));
        }
        if (Lexicon.ROLE_NOUNS.contains(noun)) {
            String gender = FEMININE_DETERMINERS.contains(determiner) || noun.endsWith("rice") || noun.endsWith("woman") ? "elle" : "";
            return resolveRole(noun, head, gender);
        }
        while (first < head && isDeterminerLike(phrases.token(first))) {
            first++;
        }
        return Optional.of(new Speaker(text.substring(phrases.token(first).start(), phrases.token(end - 1).end()), false));
    }

    private static boolean isDeterminerLike(Token token) {
        return Lexicon.FRENCH_DETERMINERS.contains(token.lower()) || Lexicon.ENGLISH_DETERMINERS.contains(token.lower());
    }

    private List<Token> tokensView() {
        return phrases.tokens();
    }
}
