package org.pacta.core.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which person a definite role noun ("le ministre", "the spokesman", "министр") can designate.
 * Role nouns come in families that news copy uses interchangeably for one person ("chef de la
 * diplomatie" and "ministre"; "porte-parole" and "spokesman"); a person introduced with a noun of
 * the family holds the role, a person introduced with no role at all may hold it, and a person
 * introduced with a role of another family does not. Generic nouns ("le diplomate", "the
 * official") fit anyone.
 */
final class RoleNouns {

    private static final List<Set<String>> ROLE_FAMILIES = List.of(
            Lexicon.words("ministre", "minister", "chef", "cheffe", "chief", "secretary", "head", "глава", "главы", "министр",
                    "министра"),
            // A deputy is not the minister: "le vice-ministre" never designates the one introduced as "le chef de la diplomatie".
            Lexicon.words("vice-ministre", "deputy", "замминистра", "заместитель", "numéro", "adjoint", "adjointe"),
            Lexicon.words("porte-parole", "spokesman", "spokeswoman", "spokesperson", "пресс-секретарь",
                    "пресс-секретаря", "представитель", "представителя", "представительница"),
            Lexicon.words("président", "présidente", "president", "президент", "президента", "chef", "leader",
                    "лидер", "dirigeant", "dirigeante", "head", "chief", "secretary-general", "secrétaire", "patron",
                    "patronne", "boss", "генсек", "cheffe"),
            Lexicon.words("ambassadeur", "ambassadrice", "ambassador", "посол", "посла", "envoyé", "envoyée",
                    "envoy", "émissaire"),
            Lexicon.words("chancelier", "chancelière", "chancellor", "канцлер", "premier", "première", "prime"));
    private static final Set<String> GENERIC_ROLES = Lexicon.words(
            "diplomate", "diplomat", "дипломат", "дипломата", "responsable", "official", "officiel", "dirigeant",
            "dirigeante", "leader", "homme", "femme", "expert", "analyst", "analyste", "politician", "политик",
            "эксперт", "négociateur", "négociatrice", "negotiator", "numéro", "historien", "historienne", "politologue",
            "chercheur", "chercheuse", "spécialiste", "économiste", "sociologue", "juriste", "historian", "scholar",
            "researcher", "economist", "chef", "cheffe", "head", "chief");
    private static final Set<String> ROLE_WORDS = roleWords();

    private static Set<String> roleWords() {
        Set<String> all = new HashSet<>(Lexicon.ROLE_NOUNS);
        all.addAll(Lexicon.TITLES);
        return Set.copyOf(all);
    }

    private final NameIndex names;

    RoleNouns(NameIndex names) {
        this.names = names;
    }

    static boolean isGeneric(String roleNoun) {
        return GENERIC_ROLES.contains(roleNoun);
    }

    /**
     * Whether "le {@code roleNoun}" can designate {@code speaker}: generic nouns ("le diplomate",
     * "the official") fit anyone, others fit a person introduced with a noun of the same family
     * ("chef de la diplomatie" and "ministre" both name a minister) or introduced with no role.
     */
    boolean compatible(String roleNoun, Speaker speaker) {
        if (!speaker.person()) {
            return false;
        }
        if (GENERIC_ROLES.contains(roleNoun)) {
            return true;
        }
        boolean anyRole = names.rolesOf(speaker.name()).stream().anyMatch(ROLE_WORDS::contains);
        return !anyRole || holdsRole(roleNoun, speaker);
    }

    /** Whether {@code speaker} may have one of {@code nationalities} ("nat:ru"): true when either side is unknown. */
    boolean sameNationality(Speaker speaker, Set<String> nationalities) {
        if (nationalities.isEmpty()) {
            return true;
        }
        Set<String> known = names.rolesOf(speaker.name());
        boolean anyNationality = known.stream().anyMatch(role -> role.startsWith("nat:"));
        if (!anyNationality) {
            // Nothing said of the person: a Russian surname form is the best guess there is.
            return !looksRussian(speaker.name()) || nationalities.contains("nat:ru");
        }
        return nationalities.stream().anyMatch(known::contains);
    }

    /** Whether {@code speaker} was introduced with one of {@code domains} ("dom:defence"). */
    boolean hasDomain(Speaker speaker, Set<String> domains) {
        Set<String> known = names.rolesOf(speaker.name());
        return domains.stream().anyMatch(known::contains);
    }

    /** Whether {@code speaker} was introduced with one of the organisations {@code organisations} ("org:nato"). */
    boolean belongsTo(Speaker speaker, Set<String> organisations) {
        return names.rolesOf(speaker.name()).stream().anyMatch(organisations::contains);
    }

    /** Whether {@code speaker} is known (or, by the form of the name, guessed) to have one of {@code nationalities}. */
    boolean positiveNationality(Speaker speaker, Set<String> nationalities) {
        Set<String> known = names.rolesOf(speaker.name());
        if (known.stream().anyMatch(role -> role.startsWith("nat:"))) {
            return nationalities.stream().anyMatch(known::contains);
        }
        return nationalities.contains("nat:ru") && looksRussian(speaker.name());
    }

    /** A surname in a Russian form: Lavrov, Riabkov, Peskov, Zakharova, Poutine, Grouchko. */
    static boolean looksRussian(String name) {
        String[] parts = name.toLowerCase(java.util.Locale.ROOT).split(" ");
        String last = parts[parts.length - 1];
        return parts.length > 1 && (last.endsWith("ov") || last.endsWith("ev") || last.endsWith("ova") || last.endsWith("eva")
                || last.endsWith("kov") || last.endsWith("ine") && !last.endsWith("aine") || last.endsWith("chko")
                || last.endsWith("shko"));
    }

    /** Whether {@code speaker} was introduced with {@code roleNoun} or a noun of its family. */
    boolean holdsRole(String roleNoun, Speaker speaker) {
        if (!speaker.person()) {
            return false;
        }
        Set<String> known = names.rolesOf(speaker.name());
        if (known.contains(roleNoun)) {
            return true;
        }
        for (Set<String> family : ROLE_FAMILIES) {
            if (family.contains(roleNoun) && known.stream().anyMatch(family::contains)) {
                return true;
            }
        }
        return false;
    }
}
