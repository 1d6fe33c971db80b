package org.pacta.core.extract;

import java.util.List;
import java.util.Set;

/**
 * Closed word classes the attribution rules need, per language where it matters: pronouns that
 * stand for a speaker, role nouns that stand for a named person ("le diplomate"), nouns that make
 * a phrase an institution ("le ministère"), capitalised titles to peel off a name ("Foreign
 * Minister"), and words that may sit inside a verb phrase ("a tout d'abord fait savoir"). All
 * entries are lowercase; look-ups use {@link Token#lower()}.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A set that tolerates the duplicates a hand-kept word list inevitably has. */
    static Set<String> words(String... words) {
        // A HashSet rather than Set.of: these sets are probed for nearly every token, and hashed
        // buckets compare fewer strings than the immutable sets' linear probing.
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    static final Set<String> MASCULINE_PRONOUNS = words("il", "lui", "he", "him", "он", "него", "его");
    static final Set<String> FEMININE_PRONOUNS = words("elle", "she", "her", "она", "неё", "нее", "её", "ее");
    static final Set<String> PLURAL_PRONOUNS = words("ils", "elles", "they", "them", "они", "них", "их", "eux");

    static boolean isPronoun(String lower) {
        return MASCULINE_PRONOUNS.contains(lower) || FEMININE_PRONOUNS.contains(lower)
                || PLURAL_PRONOUNS.contains(lower);
    }

    /** Role nouns: a determiner followed by one of these designates a person already named. */
    static final Set<String> ROLE_NOUNS = words(
            "ministre", "diplomate", "chef", "président", "présidente", "porte-parole", "secrétaire",
            "vice-ministre", "député", "députée", "sénateur", "sénatrice", "ambassadeur", "ambassadrice",
            "négociateur", "négociatrice", "responsable", "dirigeant", "dirigeante", "chancelier",
            "chancelière", "conseiller", "conseillère", "représentant", "représentante", "envoyé",
            "envoyée", "émissaire", "général", "commandant", "haut-représentant", "patron", "patronne",
            "gouverneur", "directeur", "directrice", "premier", "première", "vice-président",
            "vice-présidente", "homme", "femme", "leader", "locataire", "officiel", "expert", "analyste",
            "numéro", "cheffe", "boss", "homologue", "counterpart", "hôte", "host", "interlocuteur", "interlocutrice", "historien", "historienne", "politologue", "chercheur", "chercheuse",
            "professeur", "professeure", "spécialiste", "économiste", "sociologue", "juriste", "avocat", "avocate",
            "amiral", "historian", "scholar", "professor", "researcher", "economist", "lawyer", "admiral", "colonel",
            "coordinateur", "coordinatrice", "coordinator", "médiateur", "médiatrice", "mediator",
            "minister", "diplomat", "secretary", "president", "spokesman", "spokeswoman", "spokesperson",
            "official", "envoy", "ambassador", "chancellor", "premier", "chief", "head", "senator",
            "lawmaker", "negotiator", "adviser", "advisor", "representative", "general", "commander",
            "deputy", "director", "governor", "politician", "analyst", "expert",
            "министр", "министра", "дипломат", "дипломата", "глава", "главы", "президент", "президента",
            "премьер", "представитель", "представителя", "представительница", "пресс-секретарь",
            "пресс-секретаря", "посол", "посла", "замминистра", "заместитель", "канцлер", "генсек",
            "председатель", "спикер", "лидер", "руководитель", "советник", "депутат", "сенатор",
            "эксперт", "политик", "source", "sources", "источник", "источники", "собеседник", "собеседники",
            "dirigeants", "leaders", "ministres", "ministers", "responsables", "officials", "diplomates",
            "diplomats", "experts", "analystes", "analysts", "représentants", "representatives",
            "négociateurs", "negotiators", "lawmakers", "parlementaires", "députés", "sénateurs", "senators",
            "представители", "дипломаты", "эксперты", "лидеры", "министры", "депутаты");

    /**
     * Sources that are unnamed by definition, and plural role nouns that name a group: never
     * resolved to one person named earlier.
     */
    static final Set<String> ANONYMOUS_SOURCES = words(
            "source", "sources", "источник", "источники", "собеседник", "собеседники", "témoin", "witness",
            "dirigeants", "leaders", "ministres", "ministers", "responsables", "officials", "diplomates",
            "diplomats", "experts", "analystes", "analysts", "représentants", "representatives",
            "négociateurs", "negotiators", "lawmakers", "parlementaires", "députés", "sénateurs", "senators",
            "представители", "дипломаты", "эксперты", "лидеры", "министры", "депутаты");

    /** Nationality adjectives, by country: "le chef de l'Etat russe" cannot be the French president. */
    static final java.util.Map<String, String> NATIONALITIES = nationalities(List.of(
            List.of("ru", "russe", "russes", "russian", "российский", "российского", "российская"),
            List.of("fr", "français", "française", "french", "французский"),
            List.of("us", "américain", "américaine", "american", "американский"),
            List.of("ua", "ukrainien", "ukrainienne", "ukrainian", "украинский"),
            List.of("de", "allemand", "allemande", "german", "немецкий"),
            List.of("gb", "britannique", "british", "британский"),
            List.of("cn", "chinois", "chinoise", "chinese", "китайский"),
            List.of("by", "biélorusse", "belarusian", "белорусский"),
            List.of("pl", "polonais", "polonaise", "polish", "польский"),
            List.of("tr", "turc", "turque", "turkish", "турецкий"),
            List.of("us", "u.s", "u.s.", "us-", "étatsunien", "états-unien"),
            List.of("no", "norvégien", "norvégienne", "norwegian"), List.of("se", "suédois", "suédoise", "swedish"),
            List.of("fi", "finlandais", "finlandaise", "finnish"), List.of("ca", "canadien", "canadienne", "canadian"),
            List.of("it", "italien", "italienne", "italian"), List.of("es", "espagnol", "espagnole", "spanish"),
            List.of("nl", "néerlandais", "néerlandaise", "dutch"), List.of("be", "belge", "belgian"),
            List.of("ch", "swiss"), List.of("jp", "japonais", "japonaise", "japanese"),
            List.of("hu", "hongrois", "hongroise", "hungarian"), List.of("lt", "lituanien", "lituanienne", "lithuanian"),
            List.of("ee", "estonien", "estonienne", "estonian"), List.of("lv", "letton", "lettone", "latvian"),
            List.of("ro", "roumain", "roumaine", "romanian"), List.of("ge", "géorgien", "géorgienne", "georgian"),
            List.of("at", "autrichien", "autrichienne", "austrian"), List.of("dk", "danois", "danoise", "danish"),
            // Possessive country names work as nationality adjectives: "Russia's negotiator".
            List.of("ru", "russia's", "russia’s"), List.of("us", "america's", "america’s", "washington's", "washington’s"),
            List.of("ua", "ukraine's", "ukraine’s", "kyiv's", "kyiv’s"), List.of("gb", "britain's", "britain’s"),
            List.of("fr", "france's", "france’s"), List.of("de", "germany's", "germany’s"),
            List.of("pl", "poland's", "poland’s"), List.of("cn", "china's", "china’s")));

    /** Each row is a country code followed by its adjectives. */
    private static java.util.Map<String, String> nationalities(List<List<String>> rows) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (List<String> row : rows) {
            for (String adjective : row.subList(1, row.size())) {
                map.put(adjective, row.get(0));
            }
        }
        return java.util.Map.copyOf(map);
    }

    /** The portfolio words of a title, by domain: "le vice-ministre de la Défense" is not the one of Foreign Affairs. */
    static final java.util.Map<String, String> DOMAINS = nationalities(List.of(
            List.of("defence", "défense", "defense", "defence", "armées", "обороны", "military"),
            List.of("foreign", "étrangères", "extérieures", "foreign", "иностранных", "diplomatie"),
            List.of("interior", "intérieur", "interior"),
            List.of("finance", "finances", "économie", "treasury", "finance", "финансов"),
            List.of("justice", "justice"),
            List.of("culture", "culture", "культуры"), List.of("energy", "énergie", "energy"),
            List.of("health", "santé", "health"), List.of("trade", "commerce", "trade"),
            List.of("education", "éducation", "education")));

    /** Nouns that make a subject phrase an institution rather than a person. */
    static final Set<String> INSTITUTION_NOUNS = words(
            "ministère", "gouvernement", "administration", "diplomatie", "présidence", "armée",
            "état-major", "parlement", "sénat", "ambassade", "alliance", "agence", "chancellerie",
            "cabinet", "porte-parolat", "services", "département", "commission", "conseil", "organisation",
            "ministry", "department", "government", "presidency", "army", "parliament", "senate",
            "embassy", "alliance", "agency", "office", "commission", "council", "organization",
            "organisation", "administration", "military", "bureau",
            "министерство", "ведомство", "правительство", "администрация", "пресс-служба", "посольство",
            "мид", "минобороны", "кремль", "совет", "комиссия",
            "communiqué", "communique", "statement", "déclaration", "report", "rapport", "texte", "document",
            "letter", "lettre", "résolution", "resolution", "memo", "note", "заявление", "коммюнике");

    /** Words that may stand inside a verb phrase between the auxiliary and the verb. */
    static final Set<String> VERB_PHRASE_FILLERS = words(
            "a", "avait", "ont", "avaient", "aura", "aurait", "auraient", "est", "était", "s'", "se",
            "sont", "tout", "d'", "abord", "déjà", "également", "aussi", "encore", "ensuite", "simplement",
            "notamment", "ainsi", "enfin", "alors", "surtout", "clairement", "même", "bien", "très",
            "aussitôt", "souvent", "récemment", "longuement", "fermement", "publiquement", "pourtant",
            "plusieurs", "fois", "par", "ailleurs", "toutefois", "désormais", "aussitôt", "de", "son", "sa", "côté", "pour", "part", "peut", "pouvait", "lui-même", "elle-même", "immédiatement", "néanmoins", "cependant",
            "has", "have", "had", "also", "then", "later", "previously", "earlier", "repeatedly",
            "further", "again", "was", "is", "recently", "once", "reportedly", "publicly", "clearly",
            "firmly", "flatly", "bluntly", "separately", "subsequently", "quickly", "already", "herself",
            "himself", "quoted", "as", "been", "being", "y", "s'y", "n'", "ne", "pas", "lui", "leur", "nous", "vous",
            "также", "тоже", "уже", "ранее", "ещё", "еще", "позже", "затем", "вновь", "снова",
            "неоднократно", "не", "раз", "прямо", "открыто");

    /** French determiners and possessives: a "verb" right after one is a noun ("la demande"). */
    static final Set<String> FRENCH_DETERMINERS = words(
            "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cette", "ces", "sa", "son", "ses",
            "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "au", "aux");
    /** English determiners and possessives, for the same purpose. */
    static final Set<String> ENGLISH_DETERMINERS = words(
            "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your");

    static boolean isDeterminer(String lower, Language language) {
        return switch (language) {
            case FRENCH -> FRENCH_DETERMINERS.contains(lower);
            case ENGLISH -> ENGLISH_DETERMINERS.contains(lower);
            case RUSSIAN -> false;
        };
    }

    /** Russian stems of naming words, which inflect: "газете «…»", "в рамках программы «…»". */
    static final java.util.List<String> RUSSIAN_NAMING_STEMS = java.util.List.of(
            "газет", "журнал", "программ", "операци", "проект", "телеканал", "агентств", "издани", "фильм",
            "книг", "учени", "доктрин", "инициатив", "движени", "парти", "назван");

    static boolean isNamingCue(String lower) {
        if (NAMING_CUES.contains(lower)) {
            return true;
        }
        for (String stem : RUSSIAN_NAMING_STEMS) {
            if (lower.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a short quotation is a name or title, not speech ("l'opération «X»"). */
    static final Set<String> NAMING_CUES = words(
            "programme", "opération", "operation", "plan", "initiative", "projet", "format", "baptisé",
            "baptisée", "intitulé", "intitulée", "appelé", "appelée", "nommé", "nommée", "dénommé",
            "surnommé", "surnommée", "so-called", "dubbed", "called", "named", "titled",
            "entitled", "known", "newspaper", "journal", "magazine", "quotidien", "hebdomadaire",
            "chaîne", "émission", "film", "livre", "book", "show", "program", "exercise", "exercice",
            "doctrine", "mission", "groupe", "group", "mouvement", "movement", "parti", "party",
            "slogan", "hashtag", "label", "code", "газета", "газеты", "журнал", "журнала", "программа",
            "программы", "операция", "операции", "проект", "проекта", "названием", "называемый",
            "называемая", "называемые", "телеканал", "телеканала", "агентство", "агентства", "site",
            "website", "journal", "série", "series", "opus", "titre", "title", "headline", "rubrique",
            "politique", "logique", "principe", "policy", "principle", "concept", "notion", "stratégie", "strategy",
            "terme", "termes", "term", "expression", "formule", "entretien", "interview", "podcast", "ouvrage",
            "documentaire", "documentary", "talk-show", "newsletter", "hashtag");

    /** Words that introduce a following noun phrase as the source: "selon X", "according to X". */
    static final Set<String> SOURCE_PREPOSITIONS = words("selon", "according", "après", "словам", "мнению");

    /** Capitalised words that title a name without being part of it. */
    static final Set<String> TITLES = words(
            "president", "président", "prime", "premier", "minister", "ministre", "foreign", "secretary",
            "state", "deputy", "vice", "chancellor", "general", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "senator", "sen", "rep", "representative", "gov", "governor", "mr", "mrs",
            "ms", "dr", "m", "mme", "mlle", "me", "defense", "defence", "interior", "head", "chief",
            "director", "press", "commander", "admiral", "colonel", "king", "queen", "pope", "leader",
            "lieutenant", "major", "captain", "sir", "lord", "lady", "dame", "secretary-general",
            "russian", "american", "ukrainian", "german", "french", "british", "chinese", "polish",
            "belarusian", "european", "western", "white", "house", "kremlin", "pentagon", "nato", "un",
            "eu", "us", "u.s", "top", "former", "ex", "acting", "russia's", "america's", "ukraine's",
            "affairs", "security", "national", "council", "chair", "chairman", "chairwoman",
            "congressman", "congresswoman", "justice", "attorney", "counselor", "envoy", "special",
            "high", "adviser", "advisor", "policy", "defense", "député", "fm", "mfa", "speaker", "majority",
            "minority", "whip", "lawmaker", "mayor", "general-secretary", "commissioner", "vice-president");

    /** Honorifics written before a name, with their full stop: "M. Blinken", "Mme Colonna", "Dr. Sarotte". */
    static final Set<String> HONORIFICS = words("m", "mm", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr");

    /** Nouns naming a person by their relation to another ("son homologue"): they say nothing of the person's office. */
    static final Set<String> RELATIONAL_NOUNS = words("homologue", "counterpart", "hôte", "host", "interlocuteur",
            "interlocutrice", "visiteur", "visiteuse", "guest");

    /** Nouns that make the name after them a place: "l'Hôtel Président Wilson", "rue Lafayette". */
    static final Set<String> PLACE_NOUNS = words(
            "hôtel", "hotel", "rue", "avenue", "boulevard", "place", "palais", "villa", "salle", "aéroport",
            "airport", "stade", "stadium", "lycée", "école", "collège", "université", "pont", "quai", "gare",
            "musée", "museum", "palace", "street", "bridge", "station", "centre", "center", "parc",
            "park", "campus", "château", "chateau", "улица", "проспект", "площадь");

    /** Capitalised words that never belong to a person's name: institutions, places, dates. */
    static final Set<String> NOT_NAME_WORDS = words(
            "fédération", "federation", "union", "conseil", "council", "ministère", "ministry",
            "department", "organisation", "organization", "parlement", "parliament", "assemblée",
            "assembly", "nations", "alliance", "république", "republic", "kingdom", "royaume", "agency",
            "agence", "news", "press", "times", "post", "journal", "affairs", "affaires", "international",
            "internationale", "institute", "institut", "foundation", "fondation", "forum", "summit",
            "sommet", "group", "groupe", "bank", "banque", "army", "armée", "forces", "force", "navy",
            "stream", "street", "square", "sea", "mer", "ocean", "océan", "lake", "river", "university",
            "université", "commission", "court", "cour", "tribunal", "committee", "comité", "party",
            "parti", "front", "etats", "états", "states", "unis", "united", "maison", "house", "white",
            "blanche", "kremlin", "pentagon", "pentagone", "europe", "occident", "west", "east", "nord",
            "sud", "north", "south", "atlantique", "atlantic", "pacific", "pacifique", "centre",
            "center", "service", "services", "office", "bureau", "cabinet", "senate", "sénat",
            "congress", "congrès", "duma", "douma", "gouvernement", "government", "défense", "defense",
            "sécurité", "security", "guerre", "war", "paix", "peace", "accord", "agreement", "treaty",
            "traité", "pacte", "pact", "charte", "charter", "acte", "act", "plan", "programme", "program",
            "operation", "opération", "initiative", "conférence", "conference", "declaration",
            "déclaration", "magazine", "tv", "radio", "channel", "today", "daily", "club", "company",
            "corporation", "gazette", "herald", "tribune", "monde", "figaro", "reuters", "bloomberg",
            "twitter", "facebook", "telegram", "youtube", "internet", "foreign", "minister", "ministre",
            "author", "auteur", "lire", "read", "more", "suite", "source", "photo", "video", "vidéo",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "christmas", "noël", "god", "dieu",
            "covid", "coronavirus", "euro", "dollar", "rouble", "ruble", "russia", "russie", "moscow",
            "moscou", "washington", "ukraine", "kiev", "kyiv", "china", "chine", "beijing", "pékin",
            "germany", "allemagne", "berlin", "france", "paris", "london", "londres", "brussels",
            "bruxelles", "geneva", "genève", "vienna", "vienne", "otan", "osce", "ue", "onu", "usa",
            "америка", "россия", "москва", "украина", "сша", "нато", "кремль", "мид", "оон", "оббсе",
            "европа", "запад", "вашингтон", "киев", "берлин", "пекин", "париж", "лондон", "россии",
            "россию", "россией", "москвы", "москве", "москву", "украины", "украине", "украину",
            "европы", "запада", "кремля", "киева", "вашингтона", "германии", "франции", "китая", "рф",
            "policy", "politique", "us", "u.s", "eu", "un", "nato", "uk", "etat", "état", "state", "etats-unis",
            "états-unis",
            // Countries and capitals of the region's news: a single one of these words is a place, not a surname.
            "autriche", "austria", "suède", "sweden", "finlande", "finland", "norvège", "norway", "pologne", "poland",
            "lituanie", "lithuania", "lettonie", "latvia", "estonie", "estonia", "géorgie", "biélorussie", "belarus",
            "bélarus", "moldavie", "moldova", "turquie", "turkey", "türkiye", "hongrie", "hungary", "roumanie",
            "romania", "bulgarie", "bulgaria", "italie", "italy", "espagne", "spain", "grèce", "greece", "danemark",
            "denmark", "pays-bas", "netherlands", "belgique", "belgium", "suisse", "switzerland", "canada", "japon",
            "japan", "inde", "india", "iran", "israël", "israel", "syrie", "syria", "kazakhstan", "arménie", "armenia",
            "azerbaïdjan", "azerbaijan", "serbie", "serbia", "kosovo", "croatie", "croatia", "slovaquie", "slovakia",
            "tchéquie", "czechia", "slovénie", "slovenia", "albanie", "albania", "irlande", "ireland", "crimée",
            "crimea", "donbass", "donbas", "britain", "angleterre", "england", "varsovie", "warsaw", "stockholm",
            "helsinki", "oslo", "vilnius", "riga", "tallinn", "tbilissi", "tbilisi", "minsk", "ankara", "budapest",
            "bucarest", "bucharest", "rome", "madrid", "lisbonne", "lisbon", "athènes", "athens", "copenhague",
            "copenhagen", "ottawa", "tokyo", "téhéran", "tehran", "istanbul", "allemagne", "kiev", "kyiv", "ue",
            "élysée", "elysée", "elysee", "matignon", "downing", "bercy", "quai", "new", "start",
            // Page furniture around a report: "Publié le…", "Mis à jour…", "Updated…".
            "publié", "publiée", "modifié", "modifiée", "mis", "updated", "published", "posted");

    /** Capitalised function words that start a sentence without starting a name. */
    static final Set<String> FUNCTION_WORDS = words(
            "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cette", "ces", "il",
            "elle", "ils", "elles", "nous", "on", "dans", "sur", "pour", "par", "avec", "sans", "selon",
            "lors", "après", "avant", "depuis", "pendant", "mais", "et", "ou", "donc", "or", "car", "si",
            "s'il", "quand", "lorsque", "j'", "j’", "je", "moi", "nous", "vous", "toutefois", "cependant", "pourtant", "ainsi", "enfin", "alors",
            "en", "à", "au", "aux", "sa", "son", "ses", "leur", "leurs", "notre", "nos", "qui", "que",
            "quoi", "dont", "où", "comme", "aussi", "également", "jugeant", "estimant", "entre", "vers",
            "chez", "contre", "sous", "parmi", "tandis", "bien", "plus", "moins", "très", "tout", "tous",
            "toute", "toutes", "aucun", "aucune", "chaque", "certains", "plusieurs", "c'est", "voici",
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
            "you", "in", "on", "at", "by", "for", "with", "without", "from", "to", "of", "after",
            "before", "during", "since", "but", "and", "or", "so", "if", "when", "while", "as",
            "also", "however", "although", "though", "yet", "then", "there", "here", "his", "her",
            "its", "their", "our", "my", "your", "what", "which", "who", "whom", "whose", "where",
            "why", "how", "all", "some", "any", "no", "not", "every", "each", "both", "many", "much",
            "more", "most", "other", "such", "speaking", "asked", "according", "despite", "meanwhile",
            "earlier", "later", "last", "next", "now", "still", "even", "only", "just", "again",
            "therefore", "thus", "moreover", "furthermore", "indeed", "instead", "rather",
            "он", "она", "они", "мы", "в", "на", "по", "с", "о", "об", "за", "из", "к", "у", "при",
            "для", "после", "до", "как", "но", "и", "а", "или", "что", "это", "этот", "эта", "эти",
            "так", "также", "кроме", "однако", "между", "против", "если", "когда", "хотя", "его", "ее",
            "её", "их", "ранее", "глава", "президент", "министр", "по");
}
