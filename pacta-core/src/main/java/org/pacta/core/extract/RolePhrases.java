package org.pacta.core.extract;

import java.util.Optional;
import java.util.Set;

/**
 * Resolves a role phrase ("le vice-ministre de la Défense", "NATO chief", "the 66-year-old", "son
 * homologue", "a senior U.S. official") to whom it designates, reading what the phrase says of its
 * holder: nationality, portfolio, organisation, gender, a former office, a relation to another
 * person, or an unnamed source met before.
 */
final class RolePhrases {

    private final Phrases phrases;
    private final Speakers speakers;
    private final UnnamedSources unnamedSources;
    private final String text;

    RolePhrases(Phrases phrases, Speakers speakers, String text) {
        this.phrases = phrases;
        this.speakers = speakers;
        this.unnamedSources = new UnnamedSources(phrases, text);
        this.text = text;
    }

    /**
     * Who the role phrase over {@code [start, end)} with head noun {@code head} designates: an unnamed
     * source's description, the person holding the role, or else the description as written.
     */
    Optional<Speaker> speaker(int start, int head, int end) {
        String noun = phrases.token(head).lower();
        String determiner = phrases.token(start).lower();
        int first = start;
        if (UnnamedSources.isAgeNoun(noun) && !NounPhrases.INDEFINITE.contains(determiner)) {
            // "the 66-year-old said": the person the passage is about.
            return speakers.resolveRole("responsable", head, "", constraintsIn(start, end));
        }
        if (NounPhrases.DEFINITE_ARTICLES.contains(determiner) && Lexicon.ANONYMOUS_SOURCES.contains(noun + "s")
                || NounPhrases.DEFINITE_ARTICLES.contains(determiner) && UnnamedSources.GENERIC_SOURCES.contains(noun)) {
            // "A senior U.S. official said… “…,” the official said": the unnamed source met just before.
            Optional<Speaker> unnamed = unnamedSources.before(noun, start);
            if (unnamed.isPresent()) {
                return unnamed;
            }
        }
        if (NounPhrases.INDEFINITE.contains(determiner)) {
            // "a senior US official", "un diplomate européen": a new, unnamed source, not someone named before.
            int last = unnamedSources.descriptionEnd(head, end);
            return Optional.of(Speaker.of(text.substring(phrases.token(start + 1).start(), phrases.token(last - 1).end()), false));
        }
        Set<String> constraints = constraintsIn(start, end);
        if ((noun.equals("chef") || noun.equals("cheffe") || noun.equals("head")) && mentionsState(head, end)
                || noun.equals("président") && mentionsRepublic(head, end)) {
            // "le chef de l'Etat", "the head of state": the president; in French copy with no
            // nationality given, "le chef de l'Etat" and "le président de la République" are France's.
            noun = "président";
            if (phrases.language() == Language.FRENCH && constraints.stream().noneMatch(key -> key.startsWith("nat:"))) {
                constraints = new java.util.HashSet<>(constraints);
                constraints.add("nat:fr");
            }
        }
        if (Lexicon.RELATIONAL_NOUNS.contains(noun)) {
            // "son homologue", "his counterpart", "son hôte": the other party, not the one speaking.
            Optional<Speaker> other = speakers.otherParty(head);
            if (other.isPresent()) {
                return other;
            }
        }
        if (formerRole(start, head)) {
            // "l'ancien ambassadeur russe auprès de l'Alliance": a former office says nothing of the
            // present one, nor of the body it was held with; the nationality still holds.
            noun = "responsable";
            constraints = new java.util.HashSet<>(constraints);
            constraints.removeIf(key -> key.startsWith("org:") || key.startsWith("dom:"));
        }
        if (Lexicon.ROLE_NOUNS.contains(noun) && !Lexicon.ANONYMOUS_SOURCES.contains(noun)) {
            String gender = NounPhrases.FEMININE_DETERMINERS.contains(determiner) || noun.endsWith("rice") || noun.endsWith("woman")
                    || noun.endsWith("ienne") || noun.endsWith("euse") || noun.endsWith("ère") || noun.endsWith("ante")
                    || noun.endsWith("ffe") ? "elle" : "";
            Optional<Speaker> person = speakers.resolveRole(noun, head, gender, constraints);
            if (person.isPresent()) {
                return person;
            }
            // "la chancelière allemande" with nobody the article names: the description is all there is.
        }
        while (first < head && NounPhrases.isDeterminerLike(phrases.token(first))) {
            first++;
        }
        return Optional.of(Speaker.of(text.substring(phrases.token(first).start(), phrases.token(end - 1).end()), false));
    }

    /**
     * What a role phrase in tokens {@code [start, end)} says of its holder: nationalities ("nat:ru"),
     * portfolios ("dom:defence") and organisations ("org:nato").
     */
    Set<String> constraintsIn(int start, int end) {
        Set<String> found = new java.util.HashSet<>();
        for (int i = start; i < end; i++) {
            String key = NameIndex.roleKey(phrases.token(i).lower());
            if (key.startsWith("nat:") || key.startsWith("dom:")) {
                found.add(key);
            } else if (phrases.token(i).capitalised() && Lexicon.NOT_NAME_WORDS.contains(NameIndex.possessiveStripped(key))) {
                // "NATO chief", "le porte-parole du Kremlin": the body the role belongs to.
                found.add("org:" + NameIndex.organisationKey(NameIndex.possessiveStripped(key)));
            }
        }
        return found;
    }

    private boolean formerRole(int start, int head) {
        for (int i = start; i < head; i++) {
            String lower = phrases.token(i).lower();
            if (lower.equals("ancien") || lower.equals("ancienne") || lower.equals("former") || lower.equals("ex")) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsRepublic(int head, int end) {
        for (int i = head + 1; i < end; i++) {
            if (phrases.token(i).lower().equals("république")) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsState(int head, int end) {
        for (int i = head + 1; i < end; i++) {
            String lower = phrases.token(i).lower();
            if (lower.equals("etat") || lower.equals("état") || lower.equals("state")) {
                return true;
            }
        }
        return false;
    }
}
