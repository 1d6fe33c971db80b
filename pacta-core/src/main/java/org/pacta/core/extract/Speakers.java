package org.pacta.core.extract;

import java.util.Optional;
import java.util.Set;

/**
 * Resolves what a pronoun or a role noun ("il", "she", "le diplomate", "the minister", "министр")
 * refers to. Salience follows the centering intuition: the latest sentence that names a person,
 * and in it the first person named, which is usually the subject; gender agreement narrows the
 * choice when the name allows a guess, and role nouns prefer the person introduced with that role.
 * Every attribution made is fed back as a new mention, so "il" after a quotation refers to its
 * speaker. The noun phrases themselves are read by {@link NounPhrases}.
 */
final class Speakers {

    private final RoleNouns roles;
    private final NameIndex names;
    private final Sentences sentences;
    private final Salience salience;

    Speakers(NameIndex names, Sentences sentences) {
        this.names = names;
        this.roles = new RoleNouns(names);
        this.sentences = sentences;
        this.salience = new Salience(names.mentions());
    }

    /** Records that {@code speaker} spoke at token {@code token}, making it salient from there on. */
    void mention(int token, Speaker speaker) {
        salience.add(new NameIndex.Mention(token, sentences.sentenceOf[token], speaker));
    }

    /** The person a pronoun (or, with an empty pronoun, an implicit subject) at {@code token} stands for. */
    Optional<Speaker> resolvePronoun(String pronoun, int token) {
        boolean feminine = Lexicon.FEMININE_PRONOUNS.contains(pronoun);
        // "his" is a determiner everywhere else, but "In his words" points at a man.
        boolean masculine = Lexicon.MASCULINE_PRONOUNS.contains(pronoun) || pronoun.equals("his");
        Optional<Speaker> gendered = salient(token, speaker -> fits(speaker, feminine, masculine));
        return gendered.isPresent() ? gendered : salient(token, speaker -> fits(speaker, false, false));
    }

    private Optional<Speaker> salient(int token, java.util.function.Predicate<Speaker> acceptable) {
        return salience.latest(token, acceptable);
    }

    private static boolean fits(Speaker speaker, boolean feminine, boolean masculine) {
        if (!speaker.person()) {
            return false;
        }
        boolean looksFeminine = speaker.feminine();
        return feminine ? looksFeminine : !masculine || !looksFeminine;
    }

    /** The person a role noun at {@code token} designates: its apposition if one was seen, else the salient person. */
    Optional<Speaker> resolveRole(String roleNoun, int token, String gender, Set<String> constraints) {
        boolean feminine = Lexicon.FEMININE_PRONOUNS.contains(gender);
        Set<String> domains = new java.util.HashSet<>();
        Set<String> organisations = new java.util.HashSet<>();
        for (String key : constraints) {
            if (key.startsWith("dom:")) {
                domains.add(key);
            } else if (key.startsWith("org:")) {
                organisations.add(key);
            }
        }
        Set<String> nationalities = new java.util.HashSet<>(constraints);
        nationalities.removeAll(domains);
        nationalities.removeAll(organisations);
        if (!organisations.isEmpty()) {
            // "NATO chief", "le porte-parole du Kremlin": the one introduced with that organisation.
            java.util.function.Predicate<Speaker> member = speaker -> roles.compatible(roleNoun, speaker)
                    && roles.belongsTo(speaker, organisations) && fits(speaker, feminine, false);
            Optional<Speaker> insider = salient(token, member);
            if (insider.isEmpty()) {
                insider = salientAfter(token, member);
            }
            if (insider.isPresent()) {
                return insider;
            }
        }
        if (!domains.isEmpty()) {
            // "le vice-ministre de la Défense" is the one introduced with Defence, not his colleague of Foreign Affairs.
            java.util.function.Predicate<Speaker> inDomain = speaker -> roles.compatible(roleNoun, speaker)
                    && roles.hasDomain(speaker, domains) && fits(speaker, feminine, false);
            Optional<Speaker> specialist = salient(token, inDomain);
            if (specialist.isPresent()) {
                return specialist;
            }
        }
        if (!RoleNouns.isGeneric(roleNoun)) {
            // Someone introduced with this role (or one of its family) beats a person of unknown role.
            Optional<Speaker> holder = salient(token, speaker -> roles.holdsRole(roleNoun, speaker) && roles.sameNationality(speaker, nationalities)
                    && fits(speaker, feminine, false));
            if (holder.isPresent()) {
                return holder;
            }
        }
        if (!nationalities.isEmpty()) {
            // "le chef de la diplomatie russe": someone known (or named) to be Russian comes first.
            Optional<Speaker> national = salient(token, speaker -> roles.compatible(roleNoun, speaker)
                    && roles.positiveNationality(speaker, nationalities) && fits(speaker, feminine, false));
            if (national.isPresent()) {
                return national;
            }
        }
        Optional<Speaker> salient = salient(token, speaker -> roles.compatible(roleNoun, speaker)
                && roles.sameNationality(speaker, nationalities) && fits(speaker, feminine, false));
        if (salient.isEmpty()) {
            salient = salient(token, speaker -> roles.compatible(roleNoun, speaker) && roles.sameNationality(speaker, nationalities));
        }
        if (salient.isPresent()) {
            return salient;
        }
        Optional<String> person = names.personForRole(roleNoun, token);
        if (person.isPresent()) {
            return Optional.of(Speaker.of(person.get(), true));
        }
        if (!domains.isEmpty()) {
            Optional<Speaker> specialist = salientAfter(token, speaker -> roles.compatible(roleNoun, speaker) && roles.hasDomain(speaker, domains)
                    && roles.sameNationality(speaker, nationalities) && fits(speaker, feminine, false));
            if (specialist.isPresent()) {
                return specialist;
            }
        }
        if (!nationalities.isEmpty()) {
            // A headline's "le chef de la diplomatie polonaise": the first person of that nationality the body names.
            Optional<Speaker> national = salientAfter(token, speaker -> roles.compatible(roleNoun, speaker)
                    && roles.positiveNationality(speaker, nationalities));
            if (national.isPresent()) {
                return national;
            }
        }
        Optional<String> later = names.personForRoleLater(roleNoun);
        if (later.isPresent()) {
            return Optional.of(Speaker.of(later.get(), true));
        }
        // A headline's "NATO chief" names someone the body introduces only later.
        return salientAfter(token, speaker -> roles.compatible(roleNoun, speaker) && roles.sameNationality(speaker, nationalities));
    }

    private Optional<Speaker> salientAfter(int token, java.util.function.Predicate<Speaker> acceptable) {
        return salience.first(token, Integer.MAX_VALUE, acceptable);
    }

    /**
     * The other party of the exchange at {@code token}: the most salient person who is not the one
     * quoted last ("son homologue", "his counterpart", "son hôte").
     */
    Optional<Speaker> otherParty(int token) {
        Optional<NameIndex.Mention> last = salience.lastSpoken(token);
        Optional<Speaker> topic = last.map(NameIndex.Mention::speaker).or(() -> salience.latestFirst(token, Speaker::person));
        return salience.latestMention(token, speaker -> speaker.person() && !topic.map(speaker::equals).orElse(false));
    }

    /** The person mentioned last before {@code token}, whatever their place in the sentence. */
    Optional<Speaker> latestPerson(int token) {
        return salience.latestMention(token, Speaker::person);
    }

    /** The first person named in {@code [from, to)}, as a sentence's likely subject. */
    Optional<Speaker> firstPersonBetween(int from, int to) {
        return salience.first(from, to, Speaker::person);
    }
}
