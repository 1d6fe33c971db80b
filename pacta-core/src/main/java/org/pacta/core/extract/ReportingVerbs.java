package org.pacta.core.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The verbs that introduce reported speech, as the word forms met in news copy. Regular verbs are
 * listed once by stem and inflected here (French {@code -er} verbs, English regular verbs, Russian
 * past and present forms) so that every tense a wire report uses is covered without listing each
 * form; irregular forms are listed as they are. Forms ending in {@code -ant}, {@code -ing} or
 * Russian {@code -в} are participles, whose speaker is the subject of the clause they hang on.
 */
final class ReportingVerbs {

    private static final List<String> FRENCH_ER_STEMS = List.of(
            "déclar", "affirm", "expliqu", "indiqu", "ajout", "précis", "estim", "jug", "not", "insist", "assur",
            "dénonc", "exig", "appel", "réclam", "demand", "lanc", "martel", "confi", "annonc", "répliqu", "regrett",
            "déplor", "comment", "observ", "relev", "signal", "souhait", "menac", "accus", "qualifi", "évoqu",
            "mentionn", "tweet", "racont", "confirm", "réitér", "plaid", "exhort", "rappel", "soulign", "considér",
            "fustig", "critiqu", "salu", "ironis", "résum", "détaill", "tranch", "lâch", "gliss", "constat",
            "protest", "clam", "proclam", "argu", "avou", "concéd", "tonn", "prôn", "recommand", "suggér", "invit",
            "rassur", "jur", "certifi", "témoign", "interpell", "félicit", "inquiét", "étonn", "indign", "interrog",
            "exclam", "alarm", "enchaîn", "complét", "nuanc", "reproch", "assén", "scand", "répét", "soulev",
            "balay", "écart", "rejet", "condamn", "imput", "désign", "alert", "raill", "moqu", "tacl", "conclu",
            "énumér", "refus", "réaffirm", "corrig", "rectifi", "insinu", "engag", "réfut", "contest");
    private static final List<String> FRENCH_IRREGULAR = List.of(
            "dit", "dire", "dit-il", "disant", "dis", "dirait", "poursuivi", "poursuit", "poursuivant",
            "conclu", "conclut", "concluant", "répondu", "répond", "répondant", "admis", "admet",
            "admettant", "reconnu", "reconnaît", "reconnait", "reconnaissant", "écrit", "écrivant",
            "prévenu", "prévient", "prévenant", "averti", "avertit", "avertissant", "soutenu", "soutient",
            "soutenant", "promis", "promet", "promettant", "garanti", "garantit", "garantissant", "nié",
            "nie", "niant", "démenti", "dément", "démentant", "réagi", "réagit", "réagissant",
            "défendu", "défend", "défendant", "plaint", "plaignant", "réjoui", "réjouit", "maintenu",
            "maintient", "maintenant", "jugé", "jugeant", "exigé", "exigeant", "fustigeant",
            "dénonçant", "lançant", "annonçant", "menaçant", "appelle", "rappelle", "martèle",
            "relève", "réitère", "concède", "suggère", "complète", "inquiète", "considère",
            "interpellé", "assène", "soulève", "répète", "lu", "lit", "lisant", "lire", "balaie", "conclure", "poursuivre",
            "répondre", "reconnaître", "admettre", "prévenir", "avertir", "soutenir", "promettre", "disait", "disaient",
            "disent", "dira", "affirmait", "écrivait",
            "s'interroge", "interroge", "tempère", "relativise");
    /** French words that only report speech with the word after them: {@code fait savoir}. */
    static final Set<String> FRENCH_NEEDS_COMPLEMENT =
            Set.of("fait", "faisant", "faire", "mis", "met", "mettant", "mettre");
    static final Set<String> FRENCH_COMPLEMENTS =
            Set.of("savoir", "remarquer", "valoir", "observer", "part", "état", "en", "garde", "avant");

    private static final List<String> ENGLISH_REGULAR = List.of(
            "add", "stress", "note", "recall", "warn", "state", "declare", "explain", "insist", "argue", "assert",
            "claim", "emphasize", "emphasise", "underline", "underscore", "point", "remark", "observe", "comment",
            "reply", "respond", "answer", "tweet", "post", "announce", "admit", "acknowledge", "concede", "confirm",
            "deny", "suggest", "urge", "call", "demand", "vow", "promise", "pledge", "threaten", "accuse", "charge",
            "complain", "lament", "caution", "continue", "conclude", "reiterate", "affirm", "maintain", "contend",
            "describe", "characterize", "characterise", "brand", "label", "ask", "quip", "joke", "predict", "boast",
            "allege", "assure", "reassure", "blast", "slam", "criticize", "criticise", "praise", "welcome",
            "dismiss", "reject", "recount", "clarify", "summarize", "summarise", "mention", "signal", "hint",
            "indicate", "retort", "counter", "protest", "agree", "estimate", "repeat", "proclaim", "condemn",
            "designate", "hail", "laud", "applaud", "decry", "denounce", "lambast", "castigate", "deride", "commit",
            "guarantee");
    private static final List<String> ENGLISH_IRREGULAR = List.of(
            "say", "said", "says", "saying", "tell", "told", "tells", "telling", "write", "wrote",
            "written", "writes", "writing", "speak", "spoke", "spoken", "went", "go", "goes", "going",
            "think", "thinks", "thought", "put", "puts", "read", "reads", "insisted", "admitted",
            "admitting", "committed");
    static final Set<String> ENGLISH_NEEDS_COMPLEMENT =
            Set.of("point", "points", "pointed", "pointing", "went", "go", "goes", "going", "put", "puts");
    static final Set<String> ENGLISH_COMPLEMENTS = Set.of("out", "on", "it");

    private static final List<String> RUSSIAN_PERFECTIVE = List.of(
            "заяви", "сказа", "отмети", "подчеркну", "добави", "сообщи", "поясни", "указа", "замети",
            "предупреди", "призна", "написа", "завери", "напомни", "констатирова", "обвини",
            "потребова", "призва", "пообеща", "ответи", "рассказа", "уточни", "продолжи", "высказа",
            "резюмирова", "заключи", "вырази", "охарактеризова", "назва", "допусти", "объясни",
            "возмути", "посетова", "пожалова", "раскритикова", "осуди", "подтверди", "пригрози",
            "акцентирова", "обрати", "заверши", "выступи", "процитирова", "сформулирова");
    private static final List<String> RUSSIAN_IMPERFECTIVE = List.of(
            "заявля", "говор", "отмеча", "подчеркива", "подчёркива", "добавля", "сообща", "поясня",
            "указыва", "замеча", "предупрежда", "признаё", "признае", "пиш", "заверя", "напомина",
            "констатиру", "обвиня", "требу", "призыва", "обеща", "отвеча", "рассказыва", "уточня",
            "продолжа", "счита", "объясня", "утвержда", "настаива", "полага", "подтвержда", "говори");
    private static final List<String> RUSSIAN_PERFECTIVE_ENDINGS =
            List.of("л", "ла", "ли", "ло", "в", "вши", "лся", "лась", "лись", "т", "м");
    private static final List<String> RUSSIAN_IMPERFECTIVE_ENDINGS =
            List.of("ет", "ют", "ят", "ит", "т", "л", "ла", "ли", "я", "ем", "ут", "ёт");

    private static final Set<String> FRENCH = new HashSet<>();
    private static final Set<String> ENGLISH = new HashSet<>();
    private static final Set<String> RUSSIAN = new HashSet<>();

    static {
        for (String stem : FRENCH_ER_STEMS) {
            for (String ending : List.of("é", "ée", "és", "ées", "e", "ent", "ait", "aient", "ant", "er", "era", "erait")) {
                FRENCH.add(stem + ending);
            }
        }
        FRENCH.addAll(FRENCH_IRREGULAR);
        FRENCH.addAll(FRENCH_NEEDS_COMPLEMENT);
        for (String base : ENGLISH_REGULAR) {
            ENGLISH.add(base);
            ENGLISH.addAll(englishForms(base));
        }
        ENGLISH.addAll(ENGLISH_IRREGULAR);
        for (String stem : RUSSIAN_PERFECTIVE) {
            for (String ending : RUSSIAN_PERFECTIVE_ENDINGS) {
                RUSSIAN.add(stem + ending);
            }
        }
        for (String stem : RUSSIAN_IMPERFECTIVE) {
            for (String ending : RUSSIAN_IMPERFECTIVE_ENDINGS) {
                RUSSIAN.add(stem + ending);
            }
        }
    }

    private ReportingVerbs() {
    }

    private static List<String> englishForms(String base) {
        String past;
        String ing;
        String third;
        if (base.endsWith("e")) {
            past = base + "d";
            ing = base.substring(0, base.length() - 1) + "ing";
            third = base + "s";
        } else if (base.endsWith("y") && !base.endsWith("ay") && !base.endsWith("ey")) {
            past = base.substring(0, base.length() - 1) + "ied";
            ing = base + "ing";
            third = base.substring(0, base.length() - 1) + "ies";
        } else {
            past = base + "ed";
            ing = base + "ing";
            third = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") ? base + "es" : base + "s";
        }
        return List.of(past, ing, third);
    }

    /** Whether the lowercase word {@code word} is a form of a reporting verb in {@code language}. */
    static boolean isVerb(String word, Language language) {
        return switch (language) {
            case FRENCH -> FRENCH.contains(stripInvertedPronoun(word));
            case ENGLISH -> ENGLISH.contains(word);
            case RUSSIAN -> RUSSIAN.contains(word.replace('ё', 'е')) || RUSSIAN.contains(word);
        };
    }

    /** Whether {@code word} is a participle or gerund, whose subject lies outside its own clause. */
    static boolean isParticiple(String word, Language language) {
        return switch (language) {
            case FRENCH -> word.endsWith("ant");
            case ENGLISH -> word.endsWith("ing");
            case RUSSIAN -> word.endsWith("в") || word.endsWith("вши") || word.endsWith("я");
        };
    }

    /** {@code poursuit-il} → {@code poursuit}; {@code a-t-elle} → {@code a}. */
    static String stripInvertedPronoun(String word) {
        if (word.indexOf('-') < 0) {
            return word;
        }
        for (String suffix : INVERTED) {
            if (word.endsWith(suffix) && word.length() > suffix.length()) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /** The pronoun a French inverted form carries ({@code il} in {@code a-t-il}), or empty. */
    static String invertedPronoun(String word) {
        if (word.indexOf('-') < 0) {
            return "";
        }
        for (String suffix : INVERTED) {
            if (word.endsWith(suffix) && word.length() > suffix.length()) {
                return suffix.substring(suffix.lastIndexOf('-') + 1);
            }
        }
        return "";
    }

    private static final List<String> INVERTED =
            List.of("-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles", "-on");
}
