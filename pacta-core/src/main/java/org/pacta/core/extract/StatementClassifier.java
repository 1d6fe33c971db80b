package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies a quotation by cue phrases, one ordered list of rules per language; the first rule
 * whose cue matches decides, OTHER when none does. The order encodes which speech act dominates
 * when cues overlap:
 * <ol>
 *   <li>REFUSAL: the speaker rules something out, usually a commitment's words under negation
 *       ("we will not discuss" contains "we will"), so it comes first;</li>
 *   <li>explicit first-person DEMAND ("nous insistons", "we demand", "мы требуем"): the act the
 *       quotation performs, even when it also blames someone;</li>
 *   <li>ACCUSATION ("on nous a trompés", "violate", "нас обманули");</li>
 *   <li>weaker DEMAND by obligation ("must", "doit", "должны");</li>
 *   <li>READINESS ("prêt à", "ready to", "готовы"), then COMMITMENT ("we will", "nous
 *       garantissons", "мы гарантируем"), the least specific.</li>
 * </ol>
 * Refusals count only in the first person or impersonally ("pas question"): "ils ont refusé" reports
 * someone else's refusal, which is not the speaker's act. Patterns are bounded (no nested
 * quantifiers over unbounded spans), so matching is linear in the length of the quotation.
 */
public final class StatementClassifier {

    private record Rule(StatementKind kind, Pattern cue) {
    }

    private static final Map<Language, List<Rule>> RULES = Map.of(
            Language.FRENCH, List.of(
                    rule(StatementKind.REFUSAL, "pas question", "hors de question", "refusons", "je refuse",
                            "rejetons", "inacceptable\\w*", "exclu(?:e|s)?\\b", "en aucun cas",
                            "jamais\\s+(?:\\S+\\s+){0,2}(?:accept|discut|négoci|céd|tolér|permet|admet)\\w*",
                            "ne\\s+(?:\\S+\\s+){0,3}(?:pas|jamais|plus)\\s+(?:\\S+\\s+){0,2}(?:discut|accept|négoci|céd|recul|permet|tolér|autoris|renonc|transig|admet)\\w*",
                            "ne\\s+(?:\\S+\\s+){0,2}(?:discut|accept|négoci|céd|recul|permet|tolér|autoris|renonc|transig|admet)\\w*\\s+(?:pas|jamais|plus|rien|aucun|aucune)",
                            "n'(?:accept|admet|autoris|envisag)\\w*\\s+(?:pas|jamais|aucun|aucune)",
                            "n'\\S+\\s+(?:pas|jamais)\\s+(?:\\S+\\s+){0,2}(?:discut|accept|négoci|céd|recul|permet|tolér|autoris|renonc|transig|admet)\\w*",
                            // First-person future under negation: "nous ne céderons pas", "nous n'accepterons aucune".
                            "nous\\s+ne\\s+(?:\\S+\\s+)?\\w+rons\\s+(?:pas|jamais|plus|rien|aucun|aucune)",
                            "nous\\s+n'\\w+rons\\s+(?:pas|jamais|plus|rien|aucun|aucune)"),
                    rule(StatementKind.DEMAND, "insistons", "exigeons", "réclamons", "demandons", "appelons",
                            "nous\\s+(?:voulons|attendons)\\s+(?:des|une|un|que|la|le|les)", "j'exige", "j'insiste"),
                    rule(StatementKind.ACCUSATION, "tromp\\w*", "ment(?:ent|i|eur|eurs|euse)\\b", "mensong\\w*", "viol\\w*",
                            "accus\\w*", "provocat\\w*", "agress\\w*", "hypocri\\w*", "trahi\\w*", "manipul\\w*",
                            "désinformation", "propagande", "chantage", "mauvaise foi", "double jeu"),
                    rule(StatementKind.DEMAND, "insist\\w*", "exig\\w*", "réclam\\w*", "il faut que", "impérati\\w*",
                            "doi(?:t|vent)\\s+(?:\\S+\\s+){0,2}(?:fournir|donner|répondre|retirer|cesser|garantir|renoncer|arrêter|parler)",
                            "appel(?:le|lent) (?:à|au|aux)", "somm\\w* de"),
                    rule(StatementKind.READINESS, "prêt(?:e|s|es)? à", "disposé(?:e|s|es)? à", "ouvert(?:e|s|es)?\\s+(?:à|au|aux)\\b",
                            "disponibles? pour", "envisage(?:ons|r)?\\b", "nous sommes ouverts"),
                    rule(StatementKind.COMMITMENT,
                            "nous (?:allons|garantissons|nous engageons|promettons|assurons|ferons|respecterons|tiendrons)",
                            "je (?:vais|m'engage|promets|garantis)", "engag\\w* à", "nous \\w+rons\\b", "garantiss\\w*")),
            Language.ENGLISH, List.of(
                    rule(StatementKind.REFUSAL,
                            "(?:will|would|shall|can|could|do|does|did)\\s*(?:not|n't)\\s+(?:\\w+\\s+){0,2}(?:discuss|accept|negotiate|compromise|allow|tolerate|permit|back down|give up|agree|yield|budge|consider)\\w*",
                            "won't\\s+(?:\\w+\\s+){0,2}(?:discuss|accept|negotiate|compromise|allow|tolerate|permit|agree|budge|consider)\\w*",
                            // First-person future under negation: "we will not pay", "we won't wait".
                            "(?:we|i)\\s+(?:will|shall)\\s+not\\b", "(?:we|i)\\s+won't\\b",
                            "we refuse", "i refuse", "we reject", "out of the question", "non-starter", "no way",
                            "unacceptable", "never\\s+(?:\\w+\\s+){0,2}(?:accept|allow|agree|discuss|negotiate|tolerate)\\w*",
                            "rule[sd]? out"),
                    rule(StatementKind.DEMAND, "we demand", "we insist", "we call on", "we urge", "i demand", "we expect"),
                    rule(StatementKind.ACCUSATION, "deceiv\\w*", "decept\\w*", "lie[sd]?", "lying", "liars?", "violat\\w*",
                            "accus\\w*", "betray\\w*", "provocat\\w*", "aggress\\w*", "hypocri\\w*", "cheat\\w*", "fooled",
                            "misle\\w*", "disinformation", "propaganda", "bad faith", "blackmail\\w*"),
                    rule(StatementKind.DEMAND, "demand\\w*", "insist\\w*", "we want", "must", "urg(?:e|es|ed|ing)",
                            "requir\\w*", "we wish to (?:see|have)", "have to (?:stop|withdraw|provide|answer|respond)"),
                    rule(StatementKind.READINESS, "ready to", "willing to", "prepared to", "open to", "stand ready", "we are open"),
                    rule(StatementKind.COMMITMENT, "we will", "we'll", "we shall", "i will", "i'll",
                            "we (?:guarantee|pledge|promise|commit|undertake|vow)\\w*", "committed to", "guarantee\\w*")),
            Language.RUSSIAN, List.of(
                    rule(StatementKind.REFUSAL,
                            "не\\s+(?:будем|станем|собираемся|намерены|можем|готовы|согласимся)", "не\\s+(?:допустим|позволим|согласимся|примем)",
                            "отказываемся", "откажемся", "отвергаем", "неприемлем\\w*", "исключено", "не может быть и речи",
                            "ни в коем случае"),
                    rule(StatementKind.DEMAND, "требуем", "настаиваем", "призываем", "добиваемся"),
                    rule(StatementKind.ACCUSATION, "обман\\w*", "лгут", "лгал\\w*", "лож\\w*", "вран\\w*", "наруш\\w*", "обвин\\w*",
                            "провокац\\w*", "агресс\\w*", "предал\\w*", "предательств\\w*", "лицемер\\w*", "дезинформац\\w*",
                            "шантаж\\w*"),
                    rule(StatementKind.DEMAND, "требу\\w*", "потребова\\w*", "настаива\\w*", "должн\\w*", "призыва\\w*",
                            "необходимо"),
                    rule(StatementKind.READINESS, "готов\\w*", "открыт\\w*\\s+(?:к|для)", "согласны обсуд\\w*"),
                    rule(StatementKind.COMMITMENT, "гарантиру\\w*", "обеща\\w*", "обязу\\w*",
                            "мы\\s+(?:\\S+\\s+)?(?:будем|сделаем|выполним|обеспечим)", "обязательств\\w*")));

    private StatementClassifier() {
    }

    /** The kind of {@code quote}, read with the cues of {@code language}. */
    public static StatementKind classify(String quote, Language language) {
        requireNonNull(quote, "quote is null");
        requireNonNull(language, "language is null");
        String text = quote.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ');
        for (Rule rule : RULES.get(language)) {
            if (rule.cue().matcher(text).find()) {
                return rule.kind();
            }
        }
        return StatementKind.OTHER;
    }

    /** A rule matching any of {@code cues} as whole words. */
    private static Rule rule(StatementKind kind, String... cues) {
        return new Rule(kind, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", cues) + ")(?![\\p{L}\\p{N}])",
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));
    }
}
