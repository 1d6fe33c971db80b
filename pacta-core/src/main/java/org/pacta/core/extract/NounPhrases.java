package org.pacta.core.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the noun phrases around a reporting verb: a name run ("Russian Foreign Minister Sergey
 * Lavrov"), a pronoun, a role phrase ("le chef de la diplomatie russe", "a senior US official")
 * or an institution ("le ministère russe des Affaires étrangères", "Russia's Foreign Ministry"),
 * before the verb or after it when the sentence inverts. What a phrase refers to is asked of
 * {@link Speakers}; an unnamed source stays the description the article gives.
 */
final class NounPhrases {

    /** One found noun phrase: its speaker (empty when it names none) and the token after it. */
    record Found(Optional<Speaker> speaker, int end) {
    }

    private static final Set<String> PHRASE_STOPS = Lexicon.words(
            "dans", "lors", "à", "au", "aux", "en", "sur", "pour", "par", "avec", "devant", "après", "avant",
            "selon", "ce", "cette", "que", "qui", "dont", "où", "in", "at", "on", "with", "by",
            "during", "after", "before", "to", "that", "who", "which", "said", "told", "в", "на", "во",
            "что", "который", "которая", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "a", "ont", "avait", "avaient", "est", "sont", "était", "sera", "has", "have", "had", "is", "was",
            "were", "are", "will", "would");
    private static final Set<String> SKIPPABLE_AFTER_VERB = Lexicon.words(
            "pour", "sa", "son", "part", "de", "côté", "quant", "à", "lui", "elle", "for", "his", "her", "part",
            "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin",
            "ce", "encore", "aussi", "également", "ensuite", "alors", "enfin", "hier", "aujourd'hui",
            "then", "also", "later", "again", "today", "yesterday", "вчера", "сегодня", "также", "затем");

    private static final Set<String> CONTRACTIONS = Set.of("du", "des", "au", "aux");
    private static final Set<String> MEDIA = Set.of("twitter", "telegram", "facebook", "x", "instagram", "linkedin",
            "youtube", "vkontakte", "tiktok", "truth");
    static final Set<String> DEFINITE_ARTICLES = Set.of("le", "la", "l'", "the");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "qui", "который", "которая", "которые");
    private static final Set<String> TIME_NOUNS = Set.of("soirée", "matinée", "journée", "nuit", "foulée", "après-midi", "fin", "début");
    static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("de", "du", "des", "d'", "of", "for");
    static final Set<String> INDEFINITE = Set.of("a", "an", "un", "une", "des", "several", "plusieurs", "one",
            "another", "some", "certains", "certaines");
    static final Set<String> FEMININE_DETERMINERS = Set.of("la", "cette", "sa", "une");

    private final Phrases phrases;
    private final RolePhrases rolePhrases;
    private final NameIndex names;
    private final Speakers speakers;
    private final String text;
    private final Institutions institutions;

    NounPhrases(Phrases phrases, NameIndex names, Speakers speakers, String text) {
        this.phrases = phrases;
        this.rolePhrases = new RolePhrases(phrases, speakers, text);
        this.institutions = new Institutions(text);
        this.names = names;
        this.speakers = speakers;
        this.text = text;
    }

    /**
     * The subject of the sentence {@code [from, limit)}: its first noun phrase that names a speaker,
     * after an introductory phrase closed by a comma ("Dans un communiqué, le ministère…").
     */
    Optional<Speaker> sentenceSubject(int from, int limit) {
        int start = from;
        if (from < limit && phrases.token(from).isWord() && !isDeterminerLike(phrases.token(from))
                && (Lexicon.FUNCTION_WORDS.contains(phrases.token(from).lower()) || !opensName(from, limit))) {
            // "Dans un communiqué, le ministère…", "Réunis à Madrid, les dirigeants…": an
            // introductory phrase closed by a comma comes before the subject.
            for (int i = from; i < Math.min(limit, from + 10); i++) {
                if (phrases.token(i).isPunct(',')) {
                    start = i + 1;
                    break;
                }
                if (phrases.isHead(i) || phrases.token(i).isQuote()) {
                    break;
                }
            }
        }
        Optional<Found> found = entityAt(start, limit);
        if (found.isPresent() && found.get().end() == start + 1 && phrases.token(start).capitalised()
                && !names.knownSurname(phrases.token(start).text())
                && !Lexicon.NOT_NAME_WORDS.contains(phrases.token(start).lower()) && !phrases.token(start).acronym()
                && modifiesNextWord(start + 1, limit)) {
            // "Новый раунд…", "Several officials…": a capitalised word opening a sentence and
            // followed by its noun is an adjective, not a name ("Norway has…" stays a name).
            return Optional.empty();
        }
        return found.flatMap(Found::speaker);
    }

    /** Whether token {@code k} starts a person's name: a full name or a known surname. */
    private boolean opensName(int k, int limit) {
        Token token = phrases.token(k);
        if (!token.capitalised()) {
            return false;
        }
        int end = Math.min(limit, NameIndex.runEnd(tokensView(), k));
        return end - k >= 2 || names.knownSurname(token.text()) || Lexicon.NOT_NAME_WORDS.contains(token.lower())
                || token.acronym();
    }

    private boolean modifiesNextWord(int next, int limit) {
        if (next >= limit || !phrases.token(next).isWord() || phrases.token(next).capitalised()) {
            return false;
        }
        return !phrases.isFiller(next) && !phrases.isHead(next);
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
            return Optional.of(new Found(speakers.resolvePronoun(token.lower(), k), k + 1));
        }
        if (Lexicon.HONORIFICS.contains(token.lower()) && k + 2 < to && phrases.token(k + 1).isPunct('.') && phrases.token(k + 2).capitalised()) {
            // "répète M. Antony Blinken": the honorific and its full stop come before the name.
            return entityAt(k + 2, to);
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
                || isRoleOrInstitution(token)) {
            return rolePhraseRight(k, to);
        }
        // Russian has no articles: "информированный источник", "senior officials" start with a modifier.
        for (int i = k + 1; i < Math.min(to, k + 3) && phrases.token(i).isWord(); i++) {
            if (isRoleOrInstitution(phrases.token(i))) {
                return rolePhraseRight(k, to);
            }
        }
        return Optional.empty();
    }

    private static boolean isRoleOrInstitution(Token token) {
        return Lexicon.ROLE_NOUNS.contains(token.lower()) || Lexicon.INSTITUTION_NOUNS.contains(token.lower());
    }

    /** The person a capitalised word names when the report gives that surname in full elsewhere ("Blinken"). */
    Optional<Speaker> knownPerson(int k) {
        Token token = phrases.token(k);
        String word = NameIndex.possessiveStripped(token.text());
        if (!token.capitalised() || Lexicon.NOT_NAME_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) || !names.knownSurname(word)) {
            return Optional.empty();
        }
        String full = names.fullest(word);
        return full.indexOf(' ') > 0 ? Optional.of(Speaker.of(full, true)) : Optional.empty();
    }

    /** A person's name following a few lowercase title words at {@code k}: "spokesman John Kirby". */
    Optional<Found> appositiveName(int k, int to) {
        int i = k;
        while (i < to && i - k < 4 && phrases.token(i).isWord() && !phrases.token(i).capitalised()
                && !phrases.isHead(i) && !Lexicon.isPronoun(phrases.token(i).lower())) {
            i++;
        }
        if (i == k || i >= to || !phrases.token(i).capitalised()) {
            return Optional.empty();
        }
        int end = NameIndex.runEnd(tokensView(), i);
        Optional<Speaker> named = runSpeaker(i, end);
        return named.isPresent() && named.get().person() ? Optional.of(new Found(named, end)) : Optional.empty();
    }

    /** The subject after an inverted verb, skipping a few time adverbs: "a déclaré mardi le ministre". */
    Optional<Speaker> subjectAfter(int k, int to) {
        int i = k;
        while (i < to && i - k < 6 && phrases.token(i).isWord()) {
            String lower = phrases.token(i).lower();
            if ((lower.equals("à") || lower.equals("au") || lower.equals("aux")) && i + 1 < to && dativeEnd(i + 1, to) > i + 1) {
                // "a confié à l'AFP un diplomate européen", "a déclaré aux journalistes le ministre"
                i = dativeEnd(i + 1, to);
            } else if (SKIPPABLE_AFTER_VERB.contains(lower)) {
                i++;
            } else if ((lower.equals("lors") || lower.equals("during")) && i + 2 < to) {
                // "a déclaré lors d'un point presse Sergueï Riabkov", "said during a briefing the spokesman"
                i = circumstanceEnd(i + 1, to);
            } else if ((lower.equals("dans") || lower.equals("en")) && i + 2 < to && TIME_NOUNS.contains(phrases.token(i + 2).lower())) {
                // "a corrigé dans la soirée un conseiller…"
                i += 3;
            } else if (lower.equals("en") && i + 3 < to && TIME_NOUNS.contains(phrases.token(i + 1).lower())
                    && phrases.token(i + 2).lower().equals("de")) {
                // "résumait en fin de journée un diplomate…"
                i += 4;
            } else if ((lower.equals("sur") || lower.equals("on") || lower.equals("via")) && i + 1 < to
                    && MEDIA.contains(phrases.token(i + 1).lower())) {
                // "a écrit sur Twitter Mykhaïlo Podoliak", "wrote on Telegram the spokeswoman"
                i += 2;
            } else if ((lower.equals("dans") || lower.equals("in")) && i + 2 < to && isDeterminerLike(phrases.token(i + 1))
                    && Lexicon.INSTITUTION_NOUNS.contains(phrases.token(i + 2).lower())) {
                // "a indiqué dans un communiqué le ministère", "said in a statement the ministry"
                i += 3;
            } else {
                break;
            }
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
            return speakers.resolvePronoun(token.lower(), j);
        }
        if (RELATIVE_PRONOUNS.contains(token.lower()) && j - 1 >= from && phrases.token(j - 1).isPunct(',')) {
            // "Jens Stoltenberg, who said…", "Sergueï Lavrov, qui a affirmé…": the antecedent before the comma.
            Optional<Speaker> antecedent = subjectBefore(j - 2, from);
            if (antecedent.isPresent()) {
                return antecedent;
            }
        }
        if (token.lower().equals("on")) {
            return impersonalBefore(j, from);
        }
        if (token.capitalised() && !Lexicon.FUNCTION_WORDS.contains(token.lower())) {
            int start = j;
            while (start - 1 >= from && NameIndex.runEnd(tokensView(), start - 1) > j) {
                start--;
            }
            Optional<Speaker> speaker = runSpeaker(start, j + 1);
            boolean fullName = speaker.isPresent() && speaker.get().person() && speaker.get().name().indexOf(' ') > 0;
            if (!fullName && isComplement(start, from)) {
                // "le porte-parole du Kremlin a déclaré", "le chef de l'Etat a dit": the name
                // completes a role phrase, whose head is the subject.
                Optional<Speaker> role = rolePhraseLeft(j, from);
                if (role.isPresent()) {
                    return role;
                }
            }
            if (!fullName && start - 1 > from && UnnamedSources.PLACE_LINKS.contains(phrases.token(start - 1).lower())) {
                // "un diplomate européen présent à Genève se disait…": the place completes the subject.
                Optional<Speaker> role = rolePhraseLeft(start - 2, from);
                if (role.isPresent()) {
                    return role;
                }
            }
            return speaker.isPresent() ? speaker : rolePhraseLeft(start - 1, from);
        }
        if (Phrases.isCoordinator(token)) {
            // "Russia has denied … and has accused": a coordinated verb shares the sentence's subject.
            Optional<Speaker> subject = sentenceSubject(from, j);
            if (subject.isEmpty()) {
                subject = speakers.firstPersonBetween(from, j);
            }
            return subject.isPresent() ? subject : speakers.resolvePronoun("", j);
        }
        if (isLatter(j)) {
            return speakers.latestPerson(j);
        }
        return rolePhraseLeft(j, from);
    }

    /** A capitalised run {@code [start, end)} as a speaker: a person's fullest name, or an institution as written. */
    Optional<Speaker> runSpeaker(int start, int end) {
        List<Token> tokens = tokensView();
        if (end - start == 1 && start > 0 && Lexicon.NATIONALITIES.containsKey(tokens.get(start).lower())
                && articleBefore(start) && !nounFollows(end)) {
            // "Le Norvégien a toutefois jugé…", "the American said": a nationality as a noun is a person of it.
            String word = tokens.get(start).lower();
            String gender = tokens.get(start - 1).lower().equals("la") || word.endsWith("ne") || word.endsWith("aise")
                    || word.endsWith("oise") ? "elle" : "";
            return speakers.resolveRole("responsable", start, gender, Set.of(NameIndex.roleKey(word)));
        }
        int first = NameIndex.firstNamePart(tokens, start, end);
        if (first == end) {
            Token only = tokens.get(start);
            if (end - start == 1 && only.acronym() && !Lexicon.TITLES.contains(only.lower())) {
                return Optional.of(institutions.named(only.text()));
            }
            for (int i = end - 1; i >= start; i--) {
                if (Lexicon.ROLE_NOUNS.contains(tokens.get(i).lower())) {
                    return speakers.resolveRole(tokens.get(i).lower(), start, "", rolePhrases.constraintsIn(start, end));
                }
            }
            for (int i = start; i < end; i++) {
                if (Lexicon.NOT_NAME_WORDS.contains(NameIndex.possessiveStripped(tokens.get(i).lower()))) {
                    // "Kremlin", "White House": a title word used on its own names the institution.
                    return Optional.of(institutions.named(names.span(tokens, start, end)));
                }
            }
            return Optional.empty();
        }
        for (int i = first; i < end; i++) {
            if (Lexicon.NOT_NAME_WORDS.contains(NameIndex.possessiveStripped(tokens.get(i).lower()))) {
                return Optional.of(Speaker.of(names.span(tokens, start, end), false));
            }
        }
        if (end - first == 1 && Lexicon.NOT_NAME_WORDS.contains(tokens.get(start).lower()) && !names.knownSurname(tokens.get(first).text())) {
            // "Sommet de Madrid": a word completing a place or institution is not a surname.
            return Optional.of(Speaker.of(names.span(tokens, start, end), false));
        }
        return Optional.of(Speaker.of(names.fullest(names.span(tokens, first, end)), true));
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
                if (named.isPresent() && named.get().person()
                        && (named.get().name().indexOf(' ') > 0 || names.knownSurname(phrases.token(runEnd - 1).text()))) {
                    return Optional.of(new Found(named, runEnd));
                }
                if (i == k + 1 && head < 0 && runEnd == i + 1 && Lexicon.NATIONALITIES.containsKey(token.lower()) && !nounFollows(runEnd)) {
                    // "l'Américain", "le Russe": a nationality used as a noun designates a person of it.
                    String gender = FEMININE_DETERMINERS.contains(phrases.token(k).lower()) || token.lower().endsWith("e")
                            && Lexicon.NATIONALITIES.containsKey(token.lower().substring(0, token.lower().length() - 1)) ? "elle" : "";
                    Optional<Speaker> person = speakers.resolveRole("responsable", i, gender, Set.of(NameIndex.roleKey(token.lower())));
                    if (person.isPresent()) {
                        return Optional.of(new Found(person, runEnd));
                    }
                }
                i = runEnd - 1;
                end = runEnd;
                continue;
            }
            boolean headIsInstitution = head >= 0 && !Lexicon.ROLE_NOUNS.contains(phrases.token(head).lower());
            if (head < 0 && (Lexicon.ROLE_NOUNS.contains(token.lower()) || Lexicon.INSTITUTION_NOUNS.contains(token.lower())
                    || UnnamedSources.isAgeNoun(token.lower()))
                    || headIsInstitution && i == head + 1 && Lexicon.ROLE_NOUNS.contains(token.lower())) {
                // "a senior administration official", "the Foreign Ministry spokeswoman": the person noun heads.
                head = i;
            }
            end = i + 1;
        }
        if (head >= 0 && Lexicon.ROLE_NOUNS.contains(phrases.token(head).lower())) {
            Optional<Found> apposition = appositionAfter(end, to);
            if (apposition.isPresent() && afterSourcePreposition(k) && !closedByComma(apposition.get().end(), to)) {
                // "According to the Kremlin spokesman, President Vladimir Putin has…": the name opens the next clause.
                apposition = Optional.empty();
            }
            if (apposition.isPresent()) {
                return apposition;
            }
        }
        return head < 0 ? Optional.empty() : Optional.of(new Found(rolePhrases.speaker(k, head, end), end));
    }

    /**
     * Whether the phrase at {@code k} follows "Selon", "According to" or "D'après": then the comma
     * after it closes the introduction, and a name after the comma is the next clause's subject
     * ("According to the Kremlin spokesman, President Vladimir Putin has been informed…").
     */
    private boolean afterSourcePreposition(int k) {
        for (int i = k - 1; i >= Math.max(0, k - 2); i--) {
            String lower = phrases.token(i).lower();
            if (lower.equals("selon") || lower.equals("to") && i > 0 && phrases.token(i - 1).lower().equals("according")
                    || lower.equals("après") && i > 0 && phrases.token(i - 1).lower().equals("d'")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AUDIENCES = Set.of("journalistes", "presse", "médias", "agence", "chaîne", "radio",
            "télévision", "quotidien", "hebdomadaire", "correspondants", "reporters");

    /** The end of "l'AFP", "la presse", "journalistes" after "à": an audience, never the speaker; {@code k} when none. */
    private int dativeEnd(int k, int to) {
        int i = k;
        if (i < to && (phrases.token(i).lower().equals("l'") || phrases.token(i).lower().equals("la")
                || phrases.token(i).lower().equals("les") || phrases.token(i).lower().equals("le"))) {
            i++;
        }
        if (i < to && phrases.token(i).capitalised() && !Lexicon.FUNCTION_WORDS.contains(phrases.token(i).lower())) {
            int end = NameIndex.runEnd(phrases.tokens(), i);
            Optional<Speaker> named = runSpeaker(i, end);
            return named.isPresent() && named.get().person() ? k : end;
        }
        return i < to && AUDIENCES.contains(phrases.token(i).lower()) ? i + 1 : k;
    }

    /** The end of "d'un point presse", "de la conférence de presse", "a briefing" after "lors" or "during". */
    private int circumstanceEnd(int k, int to) {
        int i = k;
        if (i < to && (phrases.token(i).lower().equals("d'") || phrases.token(i).lower().equals("de") || phrases.token(i).lower().equals("du"))) {
            i++;
        }
        if (i < to && isDeterminerLike(phrases.token(i))) {
            i++;
        }
        int words = 0;
        while (i < to && words < 4 && phrases.token(i).isWord() && !phrases.token(i).capitalised()
                && !isDeterminerLike(phrases.token(i)) && !Lexicon.ROLE_NOUNS.contains(phrases.token(i).lower())) {
            i++;
            words++;
            if (i < to && (phrases.token(i).lower().equals("de") || phrases.token(i).lower().equals("of"))
                    && i + 1 < to && !phrases.token(i + 1).capitalised() && !isDeterminerLike(phrases.token(i + 1))) {
                i++;
            }
        }
        return i;
    }

    private boolean closedByComma(int k, int to) {
        return k < to && phrases.token(k).isPunct(',');
    }

    /** "l'ambassadeur russe en France, Alexeï Mechkov": a full name after a comma closing the role phrase. */
    private Optional<Found> appositionAfter(int from, int to) {
        for (int i = from; i < to && i - from < 6; i++) {
            Token token = phrases.token(i);
            if (token.isPunct(',')) {
                int nameEnd = i + 1 < to ? NameIndex.runEnd(tokensView(), i + 1) : i + 1;
                if (nameEnd - (i + 1) >= 2) {
                    Optional<Speaker> named = runSpeaker(i + 1, nameEnd);
                    if (named.isPresent() && named.get().person()) {
                        return Optional.of(new Found(named, nameEnd));
                    }
                }
                return Optional.empty();
            }
            if (!token.isWord()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "à l'Elysée, où l'on souligne…": an impersonal "on" in a clause about a place speaks for
     * that place; elsewhere it names nobody.
     */
    private Optional<Speaker> impersonalBefore(int j, int from) {
        int i = j - 1;
        if (i >= from && phrases.token(i).lower().equals("l'")) {
            i--;
        }
        if (i >= from && phrases.token(i).lower().equals("où") && i - 1 >= from && phrases.token(i - 1).isPunct(',')) {
            int end = i - 1;
            int start = end - 1;
            while (start - 1 >= from && phrases.token(start - 1).capitalised()) {
                start--;
            }
            if (start >= from && start < end && phrases.token(start).capitalised()) {
                return runSpeaker(start, end);
            }
        }
        return Optional.empty();
    }

    /** "ce dernier", "cette dernière", "the latter": the person mentioned last, not the salient one. */
    private boolean isLatter(int j) {
        String word = phrases.token(j).lower();
        String before = j > 0 ? phrases.token(j - 1).lower() : "";
        return (word.equals("dernier") || word.equals("dernière")) && (before.equals("ce") || before.equals("cette"))
                || word.equals("latter") && before.equals("the");
    }

    /** Whether the run starting at {@code start} follows "de", "du", "of", "for", possibly with an article between. */
    private boolean isComplement(int start, int from) {
        int before = start - 1;
        if (before >= from && isDeterminerLike(phrases.token(before)) && !CONTRACTIONS.contains(phrases.token(before).lower())) {
            before--;
        }
        return before >= from && COMPLEMENT_PREPOSITIONS.contains(phrases.token(before).lower());
    }

    /** A role or institution phrase ending at {@code j}, reaching back to its determiner. */
    private Optional<Speaker> rolePhraseLeft(int j, int from) {
        int head = -1;
        int start = j + 1;
        for (int i = j; i >= from && j - i < 9; i--) {
            Token token = phrases.token(i);
            boolean possessiveMark = token.isPunct('\'') || token.isPunct('’') || token.isPunct('.') && i > from
                    && phrases.token(i - 1).isWord() && (phrases.token(i - 1).text().length() <= 2 || phrases.token(i - 1).text().contains("."));
            boolean englishArticle = phrases.language() == Language.ENGLISH && (token.lower().equals("a") || token.lower().equals("an"));
            if (englishArticle && head >= 0) {
                // "A senior U.S. official said": the English article opens the phrase ("a" is a verb only in French).
                start = i;
                break;
            }
            if (!token.isWord() && !possessiveMark || PHRASE_STOPS.contains(token.lower()) && !token.lower().equals("ce")
                    || Phrases.isCoordinator(token)) {
                break;
            }
            boolean role = Lexicon.ROLE_NOUNS.contains(token.lower());
            boolean headIsRole = head >= 0 && Lexicon.ROLE_NOUNS.contains(phrases.token(head).lower());
            if (role || Lexicon.INSTITUTION_NOUNS.contains(token.lower()) && !headIsRole) {
                // "le porte-parole du ministère", "the Alliance chief": the person noun heads the phrase.
                head = i;
            }
            start = i;
            boolean insideComplement = i - 1 >= from && COMPLEMENT_PREPOSITIONS.contains(phrases.token(i - 1).lower());
            // "du", "des", "au" are prepositions fused with an article: "le porte-parole du Kremlin".
            boolean contraction = CONTRACTIONS.contains(token.lower());
            if (isDeterminerLike(token) && !insideComplement && !contraction) {
                break;
            }
        }
        return head < 0 ? Optional.empty() : rolePhrases.speaker(start, head, j + 1);
    }

    /** A definite article before {@code k}, possibly with an age between: "the 62-year-old Norwegian". */
    private boolean articleBefore(int k) {
        int i = k - 1;
        if (i > 0 && UnnamedSources.isAgeNoun(phrases.token(i).lower())) {
            i--;
        }
        return i >= 0 && DEFINITE_ARTICLES.contains(phrases.token(i).lower());
    }

    /** Whether the word at {@code k} continues a noun phrase ("the Russian minister") rather than starting the predicate. */
    private boolean nounFollows(int k) {
        if (k >= phrases.size() || !phrases.token(k).isWord()) {
            return false;
        }
        Token next = phrases.token(k);
        if (phrases.isHead(k) || phrases.isFiller(k)) {
            return false;
        }
        return Lexicon.ROLE_NOUNS.contains(next.lower()) || Lexicon.INSTITUTION_NOUNS.contains(next.lower())
                || !next.capitalised() && !Lexicon.FUNCTION_WORDS.contains(next.lower());
    }

    static boolean isDeterminerLike(Token token) {
        return Lexicon.FRENCH_DETERMINERS.contains(token.lower()) || Lexicon.ENGLISH_DETERMINERS.contains(token.lower())
                || INDEFINITE.contains(token.lower());
    }

    private List<Token> tokensView() {
        return phrases.tokens();
    }
}
