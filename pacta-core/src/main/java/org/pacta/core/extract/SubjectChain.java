package org.pacta.core.extract;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the centre of attention moving with the text between quotations: each sentence's subject,
 * when it is a pronoun ("Il a assuré…"), a role phrase ("The Kremlin spokesman also noted…") or a
 * source opening the sentence ("According to the deputy defence minister, …", "D'après un haut
 * responsable, …"), is resolved and recorded as a mention of its referent where it stands, so that
 * a later "a-t-il ajouté" or "he said" finds the person the passage is about rather than the last
 * name printed.
 */
final class SubjectChain {

    private final List<Token> tokens;
    private final Phrases phrases;
    private final Speakers speakers;
    private final NounPhrases nounPhrases;
    private final Subjects subjects;

    SubjectChain(List<Token> tokens, Phrases phrases, Speakers speakers, NounPhrases nounPhrases, Subjects subjects) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.speakers = speakers;
        this.nounPhrases = nounPhrases;
        this.subjects = subjects;
    }

    /** How far into a sentence its subject pronoun may stand ("Interrogé sur la réponse, il…"). */
    private static final int SUBJECT_REACH = 16;
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("il", "elle", "he", "she", "он", "она");

    /**
     * Records the subject of the sentence {@code [from, to)}: after "Il a assuré avoir relayé auprès
     * de Lavrov les inquiétudes de Kiev", a following "a-t-il ajouté" still means the subject, not
     * Lavrov.
     */
    void follow(int from, int to) {
        for (int k = from; k < Math.min(to, from + SUBJECT_REACH); k++) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.BREAK || token.isQuote()) {
                return;
            }
            boolean opensClause = k == from || tokens.get(k - 1).isPunct(',');
            if (opensClause && token.isWord() && SUBJECT_PRONOUNS.contains(token.lower())
                    && k + 1 < tokens.size() && tokens.get(k + 1).isWord()) {
                Optional<Speaker> referent = speakers.resolvePronoun(token.lower(), k);
                int at = k;
                referent.ifPresent(speaker -> speakers.mention(at, speaker));
                return;
            }
            if ((k == from || k == from + 1 && tokens.get(from).lower().equals("d'")) && phrases.isHead(k)
                    && phrases.phrase(k, from).preposition()) {
                // "According to the deputy defence minister, the delegation…": the source is the centre.
                Optional<Speaker> source = subjects.prepositionSubject(phrases.phrase(k, from), to);
                if (source.isPresent() && (source.get().person() || isUnnamedSource(source.get()))) {
                    // "D'après un haut responsable de l'Alliance, … « … », glisse-t-il": the unnamed source too.
                    speakers.mention(k, source.get().person() ? source.get() : new Speaker(source.get().name(), true, false));
                }
                return;
            }
            if (opensClause && token.isWord() && NounPhrases.DEFINITE_ARTICLES.contains(token.lower()) && k + 1 < to
                    && rolePhraseAhead(k + 1, Math.min(to, k + 5))) {
                // "The Kremlin spokesman also noted…", "Le chef de la diplomatie russe a estimé…":
                // a role phrase as subject puts its holder at the centre, as a name would.
                Optional<NounPhrases.Found> subject = nounPhrases.entityAt(k, to);
                if (subject.isPresent() && subject.get().speaker().isPresent() && subject.get().speaker().get().person()
                        && headSoonAfter(subject.get().end(), to)) {
                    speakers.mention(k, subject.get().speaker().get());
                }
                return;
            }
        }
    }


    /** A description standing for an unnamed person ("haut responsable de l'Alliance"): it starts in lower case. */
    private static boolean isUnnamedSource(Speaker speaker) {
        if (speaker.name().isEmpty() || !Character.isLowerCase(speaker.name().charAt(0))) {
            return false;
        }
        for (String word : speaker.name().split(" ")) {
            if (Lexicon.ROLE_NOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb within a few tokens: "The deputy minister, in turn, urged…". */
    private boolean headSoonAfter(int from, int to) {
        for (int i = from; i < Math.min(to, from + 6); i++) {
            if (tokens.get(i).isQuote()) {
                return false;
            }
            if (phrases.isHead(i) && !phrases.phrase(i, from).preposition()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role noun stands in {@code [from, to)} before any verb. */
    private boolean rolePhraseAhead(int from, int to) {
        for (int i = from; i < to && tokens.get(i).isWord(); i++) {
            if (Lexicon.ROLE_NOUNS.contains(tokens.get(i).lower()) && !Lexicon.ANONYMOUS_SOURCES.contains(tokens.get(i).lower())) {
                return true;
            }
            if (phrases.isHead(i)) {
                return false;
            }
        }
        return false;
    }
}
