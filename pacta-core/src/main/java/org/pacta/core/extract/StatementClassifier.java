package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies a quotation by cue phrases, one list per kind and language. Kinds are tried in a
 * fixed priority, most specific first, because cues overlap: a refusal usually contains a
 * commitment's words under negation ("we will not discuss" contains "we will"), and an accusation
 * often comes wrapped in a demand. So REFUSAL is tried before ACCUSATION, then DEMAND, READINESS
 * and finally COMMITMENT; the first kind with a matching cue wins, OTHER when none matches.
 *
 * <p>Patterns are bounded (no nested quantifiers over unbounded spans), so matching is linear in
 * the length of the quotation.
 */
public final class StatementClassifier {

    private static final List<StatementKind> PRIORITY = List.of(
            StatementKind.REFUSAL, StatementKind.ACCUSATION, StatementKind.DEMAND, StatementKind.READINESS,
            StatementKind.COMMITMENT);

    private static final Map<Language, Map<StatementKind, Pattern>> CUES = Map.of(
            Language.FRENCH, Map.of(
                    StatementKind.REFUSAL, cues(
                            "pas question", "hors de question", "refus\\w*", "rejet\\w*", "rejett\\w*", "inacceptable\\w*",
                            "exclu(?:e|s)?\\b", "jamais\\s+(?:\\S+\\s+){0,2}(?:accept|discut|négoci|céd|tolér|permet|admet)\\w*",
                            "ne\\s+(?:\\S+\\s+){0,3}(?:pas|jamais|plus)\\s+(?:\\S+\\s+){0,2}(?:discut|accept|négoci|céd|recul|permet|tolér|autoris|renonc|transig|admet)\\w*",
                            "n'(?:accept|admet|autoris|envisag)\\w*\\s+(?:pas|jamais)",
                            // French negation wraps the verb: "nous ne discuterons jamais", "n'allons pas accepter".
                            "ne\\s+(?:\\S+\\s+){0,2}(?:discut|accept|négoci|céd|recul|permet|tolér|autoris|renonc|transig|admet)\\w*\\s+(?:pas|jamais|plus|rien)",
                            "n'\\S+\\s+(?:pas|jamais)\\s+(?:\\S+\\s+){0,2}(?:discut|accept|négoci|céd|recul|permet|tolér|autoris|renonc|transig|admet)\\w*"),
                    StatementKind.ACCUSATION, cues(
                            "tromp\\w*", "ment(?:ent|i|eur|eurs|euse)\\b", "mensong\\w*", "viol\\w*", "accus\\w*", "provocat\\w*",
                            "agress\\w*", "hypocri\\w*", "trahi\\w*", "manipul\\w*", "désinformation", "propagande",
                            "chantage", "mauvaise foi", "double jeu"),
                    StatementKind.DEMAND, cues(
                            "insist\\w*", "exig\\w*", "réclam\\w*", "demandons", "nous demandons", "il faut que",
                            "doi(?:t|vent)\\s+(?:\\S+\\s+){0,2}(?:fournir|donner|répondre|retirer|cesser|garantir|renoncer|arrêter)",
                            "appel(?:ons|le|lent) (?:à|au|aux)", "nous (?:voulons|attendons) (?:des|une|un|que|la|le|les)",
                            "il est impératif", "impérati\\w*", "somm\\w* de"),
                    StatementKind.READINESS, cues(
                            "prêt(?:e|s|es)? à", "disposé(?:e|s|es)? à", "ouvert(?:e|s|es)?\\s+(?:à|au|aux)\\b",
                            "disponibles? pour", "envisage(?:ons|r)?\\b", "nous sommes ouverts"),
                    StatementKind.COMMITMENT, cues(
                            "nous (?:allons|garantissons|nous engageons|promettons|assurons|ferons|respecterons|tiendrons)",
                            "je (?:vais|m'engage|promets|garantis)", "engag\\w* à", "nous \\w+erons\\b", "nous \\w+rons\\b",
                            "garantiss\\w*")),
            Language.ENGLISH, Map.of(
                    StatementKind.REFUSAL, cues(
                            "(?:will|would|shall|can|could|do|does|did)\\s*(?:not|n't)\\s+(?:\\w+\\s+){0,2}(?:discuss|accept|negotiate|compromise|allow|tolerate|permit|back down|give up|agree|yield|budge|consider)\\w*",
                            "won't\\s+(?:\\w+\\s+){0,2}(?:discuss|accept|negotiate|compromise|allow|tolerate|permit|agree|budge|consider)\\w*",
                            "refus\\w*", "reject\\w*", "out of the question", "non-starter", "no way", "unacceptable",
                            "never\\s+(?:\\w+\\s+){0,2}(?:accept|allow|agree|discuss|negotiate|tolerate)\\w*", "rule[sd]? out"),
                    StatementKind.ACCUSATION, cues(
                            "deceiv\\w*", "decept\\w*", "lie[sd]?", "lying", "liars?", "violat\\w*", "accus\\w*",
                            "betray\\w*", "provocat\\w*", "aggress\\w*", "hypocri\\w*", "cheat\\w*", "fooled", "misle\\w*",
                            "disinformation", "propaganda", "bad faith", "blackmail\\w*"),
                    StatementKind.DEMAND, cues(
                            "demand\\w*", "insist\\w*", "we want", "must", "we expect", "we call on", "urg(?:e|es|ed|ing)",
                            "requir\\w*", "we wish to (?:see|have)", "have to (?:stop|withdraw|provide|answer|respond)"),
                    StatementKind.READINESS, cues(
                            "ready to", "willing to", "prepared to", "open to", "stand ready", "we are open"),
                    StatementKind.COMMITMENT, cues(
                            "we will", "we'll", "we shall", "i will", "i'll",
                            "we (?:guarantee|pledge|promise|commit|undertake|vow)\\w*", "committed to", "guarantee\\w*")),
            Language.RUSSIAN, Map.of(
                    StatementKind.REFUSAL, cues(
                            "не\\s+(?:будем|станем|собираемся|намерены|можем|готовы|согласимся)", "не\\s+(?:допуст|позвол|соглас|прим)\\w*",
                            "отказ\\w*", "отверг\\w*", "неприемлем\\w*", "исключено", "не может быть и речи", "ни в коем случае"),
                    StatementKind.ACCUSATION, cues(
                            "обман\\w*", "лгут", "лгал\\w*", "лож\\w*", "вран\\w*", "наруш\\w*", "обвин\\w*", "провокац\\w*",
                            "агресс\\w*", "предал\\w*", "предательств\\w*", "лицемер\\w*", "дезинформац\\w*", "шантаж\\w*"),
                    StatementKind.DEMAND, cues(
                            "требу\\w*", "потребова\\w*", "настаива\\w*", "должн\\w*", "призыва\\w*", "добива\\w*", "необходимо"),
                    StatementKind.READINESS, cues(
                            "готов\\w*", "открыт\\w*\\s+(?:к|для)", "согласны обсуд\\w*"),
                    StatementKind.COMMITMENT, cues(
                            "гарантиру\\w*", "обеща\\w*", "обязу\\w*", "мы\\s+(?:\\S+\\s+)?(?:будем|сделаем|выполним|обеспечим)",
                            "обязательств\\w*")));

    private StatementClassifier() {
    }

    /** The kind of {@code quote}, read with the cues of {@code language}. */
    public static StatementKind classify(String quote, Language language) {
        requireNonNull(quote, "quote is null");
        requireNonNull(language, "language is null");
        String text = quote.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ');
        Map<StatementKind, Pattern> cues = CUES.get(language);
        for (StatementKind kind : PRIORITY) {
            if (cues.get(kind).matcher(text).find()) {
                return kind;
            }
        }
        return StatementKind.OTHER;
    }

    /** One pattern matching any of {@code cues} as whole words. */
    private static Pattern cues(String... cues) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", cues) + ")(?![\\p{L}\\p{N}])",
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
