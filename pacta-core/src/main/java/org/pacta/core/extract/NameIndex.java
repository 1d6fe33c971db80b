package org.pacta.core.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The report's discourse model of people: every full name it mentions (also inside quotations,
 * since "le président Biden" in a quotation still teaches us the name), keyed by surname so that a
 * later "Lavrov", "Riabkov" or Russian "Лаврова" maps back to the fullest form; the role nouns
 * set beside a name ("le député FM Sergueï Ryabkov" teaches that "le député" is Ryabkov); and the
 * ordered mentions outside quotations from which pronouns are resolved.
 */
final class NameIndex {

    /** A mention of a speaker candidate at token {@code token} of sentence {@code sentence}. */
    record Mention(int token, int sentence, Speaker speaker) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final List<String> RUSSIAN_ENDINGS = List.of(
            "ыми", "ому", "ого", "ой", "ым", "ом", "ей", "ую", "ая", "ий", "ый", "а", "я", "у", "ю", "е",
            "ы", "и", "ь", "й", "о");

    private final String text;
    private final Map<String, String> fullestBySurname = new HashMap<>();
    private final Map<String, Integer> tokensBySurname = new HashMap<>();
    /** Role appositions in text order: "le député FM Sergueï Ryabkov" at token t → (t, député, Ryabkov). */
    private record RoleMention(int token, String role, String person) {
    }

    private final List<RoleMention> roles = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, String> fullestCache = new HashMap<>();
    private final Map<String, java.util.Set<String>> rolesByPerson = new HashMap<>();

    private NameIndex(String text) {
        this.text = text;
    }

    static NameIndex build(ReportText report, List<Token> tokens, int[] sentenceOf, List<QuoteSpan> quotes) {
        NameIndex index = new NameIndex(report.text());
        for (QuoteSpan quote : quotes) {
            if (hasInnerCapital(report.text(), quote.start() + 1, quote.end())) {
                index.learnNames(Tokenizer.capitalisedWords(report.text(), quote.start(), quote.end()));
            }
        }
        // A Title Case headline capitalises every word: its runs are not names ("Kremlin Calls Move").
        int bodyStart = titleCaseHeadline(tokens) ? firstBreak(tokens) : 0;
        index.learnNames(tokens.subList(bodyStart, tokens.size()));
        index.recordMentions(tokens, sentenceOf, bodyStart);
        for (RoleMention role : index.roles) {
            index.rolesByPerson.computeIfAbsent(role.person(), person -> new java.util.HashSet<>()).add(role.role());
        }
        return index;
    }

    /** Whether the first paragraph is a Title Case headline: four or more longer words, nearly all capitalised. */
    static boolean titleCaseHeadline(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        int last = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).type() != Token.Type.BREAK; i++) {
            Token token = tokens.get(i);
            last = i;
            if (token.isWord() && token.text().length() > 3) {
                words++;
                if (token.capitalised()) {
                    capitalised++;
                }
            }
        }
        // A headline has no final full stop; a body sentence crowded with names does.
        boolean terminal = last >= 0 && tokens.get(last).type() == Token.Type.PUNCT && ".!?…".contains(tokens.get(last).text());
        return !terminal && last + 1 < tokens.size() && words >= 4 && capitalised * 10 >= words * 8;
    }

    private static int firstBreak(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).type() == Token.Type.BREAK) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Whether a capital letter follows the first character: only then can a full name be inside. */
    private static boolean hasInnerCapital(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** First pass: every run of capitalised words that is a full name teaches that name. */
    private void learnNames(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            int end = runEnd(tokens, i);
            if (end > i) {
                int first = firstNamePart(tokens, i, end);
                if (end - first >= 2 && isPersonName(tokens, first, end) && !namesPlace(tokens, i, first)) {
                    String name = span(tokens, first, end);
                    String key = surnameKey(tokens.get(end - 1).text());
                    int parts = end - first;
                    if (parts > tokensBySurname.getOrDefault(key, 0)) {
                        fullestBySurname.put(key, name);
                        tokensBySurname.put(key, parts);
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Second pass, outside quotations only: ordered person mentions and role appositions. */
    private void recordMentions(List<Token> tokens, int[] sentenceOf, int from) {
        int i = from;
        while (i < tokens.size()) {
            int end = runEnd(tokens, i);
            if (end == i) {
                i++;
                continue;
            }
            int first = firstNamePart(tokens, i, end);
            Optional<Speaker> speaker = first < end ? personAt(tokens, i, first, end) : Optional.empty();
            boolean possessive = tokens.get(end - 1).lower().endsWith("'s");
            if (speaker.isPresent() && !possessive && !isByline(tokens, i, end)) {
                // "Putin's spokesman Dmitry Peskov": the possessor is a modifier, never the subject.
                mentions.add(new Mention(first, sentenceOf[first], speaker.get()));
                learnRole(tokens, i, first, speaker.get().name());
            }
            i = end;
        }
    }

    /** Words that open a byline: "Par Claire Vasseur", "By Ellen Marsh and Pavel Korin", "Author: …". */
    private static final int BYLINE_TOKENS = 24;
    private static final java.util.Set<String> BYLINE_OPENERS = Lexicon.words("par", "by", "author", "auteur", "autrice", "de");

    /**
     * Whether the name at {@code [start, end)} signs the report rather than speaks in it: it sits in a
     * short paragraph that is a byline ("Par Claire Vasseur (Bruxelles)", "By DAVID MORAN and KATRIN
     * WEBER Associated Press") or consists of little more than the name ("Claire Vasseur, à Genève").
     */
    private static boolean isByline(List<Token> tokens, int start, int end) {
        // Bounded scans: a paragraph longer than a byline is rejected without being read to its end.
        int from = start;
        while (from > 0 && tokens.get(from - 1).type() != Token.Type.BREAK) {
            if (start - from > BYLINE_TOKENS) {
                return false;
            }
            from--;
        }
        int to = end;
        int words = 0;
        while (to < tokens.size() && tokens.get(to).type() != Token.Type.BREAK) {
            if (to - end > BYLINE_TOKENS) {
                return false;
            }
            if (tokens.get(to).isWord()) {
                words++;
            }
            to++;
        }
        for (int k = from; k < start; k++) {
            if (tokens.get(k).isWord()) {
                words++;
            }
        }
        if (words > 12 || containsQuoteOrVerbEnd(tokens, from, to)) {
            return false;
        }
        boolean opener = tokens.get(from).isWord() && BYLINE_OPENERS.contains(tokens.get(from).lower()) && from < start;
        boolean nameFirst = from == start && (end == to || tokens.get(end).isPunct(',') || tokens.get(end).isPunct('(')
                || tokens.get(end).isPunct('|') || tokens.get(end).isPunct('-'));
        return opener || nameFirst && words <= 8;
    }

    /** A quotation or a sentence-final full stop: a byline has neither. */
    private static boolean containsQuoteOrVerbEnd(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isQuote() || tokens.get(k).isPunct('.') && k == to - 1 && k > from + 3) {
                return true;
            }
        }
        return false;
    }

    private Optional<Speaker> personAt(List<Token> tokens, int runStart, int first, int end) {
        if (namesPlace(tokens, runStart, first)) {
            return Optional.empty();
        }
        if (end - first >= 2) {
            return isPersonName(tokens, first, end) ? Optional.of(Speaker.of(fullest(span(tokens, first, end)), true))
                    : Optional.empty();
        }
        Token only = tokens.get(first);
        if (Lexicon.NOT_NAME_WORDS.contains(possessiveStripped(only.lower())) || only.acronym()) {
            return Optional.empty();
        }
        String key = surnameKey(only.text());
        if (fullestBySurname.containsKey(key) || first > runStart) {
            return Optional.of(Speaker.of(fullest(only.text()), true));
        }
        return Optional.empty();
    }

    /** "le chef de la diplomatie russe Sergueï Lavrov": "chef" now stands for Sergueï Lavrov. */
    private void learnRole(List<Token> tokens, int runStart, int first, String person) {
        for (int k = runStart; k < first; k++) {
            String word = possessiveStripped(tokens.get(k).lower());
            roles.add(new RoleMention(first, roleKey(tokens.get(k).lower()), person));
            if (Lexicon.NOT_NAME_WORDS.contains(word) && !Lexicon.TITLES.contains(word) || organisationKey(word).equals("nato")) {
                roles.add(new RoleMention(first, "org:" + organisationKey(word), person));
            }
        }
        List<String> organisations = new ArrayList<>();
        for (int k = runStart - 1; k >= Math.max(0, runStart - 8); k--) {
            Token token = tokens.get(k);
            if (k == runStart - 1 && token.isPunct(',')) {
                // "l'ambassadeur russe en France, Alexeï Mechkov": the apposition may take a comma.
                continue;
            }
            boolean otherName = token.capitalised() && !Lexicon.NOT_NAME_WORDS.contains(token.lower())
                    && !Lexicon.TITLES.contains(token.lower());
            if (!token.isWord() || otherName) {
                // Another name ends the apposition: its roles are not this person's.
                break;
            }
            if (token.capitalised() && Lexicon.NOT_NAME_WORDS.contains(possessiveStripped(token.lower()))) {
                // "le secrétaire général de l'OTAN Jens Stoltenberg": the body counts once a role noun precedes it.
                organisations.add("org:" + organisationKey(possessiveStripped(token.lower())));
            } else if ((Lexicon.ROLE_NOUNS.contains(token.lower()) && !Lexicon.RELATIONAL_NOUNS.contains(token.lower()))
                    || Lexicon.NATIONALITIES.containsKey(token.lower()) || Lexicon.DOMAINS.containsKey(token.lower())) {
                roles.add(new RoleMention(first, roleKey(token.lower()), person));
                if (Lexicon.ROLE_NOUNS.contains(token.lower())) {
                    for (String organisation : organisations) {
                        roles.add(new RoleMention(first, organisation, person));
                    }
                    organisations.clear();
                }
            }
        }
    }

    /**
     * Whether the run starting at {@code runStart} names a place called after a person: "l'Hôtel
     * Président Wilson", "avenue Foch", "Lycée Victor Hugo", "Kennedy Airport" is read as a place
     * when a place noun opens the run or stands just before it.
     */
    static boolean namesPlace(List<Token> tokens, int runStart, int first) {
        if (runStart > 0 && Lexicon.PLACE_NOUNS.contains(tokens.get(runStart - 1).lower())) {
            return true;
        }
        for (int k = runStart; k < first; k++) {
            if (Lexicon.PLACE_NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** One key per organisation however the report names it: "Alliance", "OTAN" and "NATO" are one. */
    static String organisationKey(String word) {
        return switch (word) {
            case "alliance", "otan", "nato", "нато" -> "nato";
            case "kremlin", "кремль", "кремля" -> "kremlin";
            default -> word;
        };
    }

    /** A role word as recorded: nationality adjectives become their country ("russe" → "nat:ru"). */
    static String roleKey(String word) {
        if (Lexicon.DOMAINS.containsKey(word)) {
            return "dom:" + Lexicon.DOMAINS.get(word);
        }
        return Lexicon.NATIONALITIES.containsKey(word) ? "nat:" + Lexicon.NATIONALITIES.get(word) : word;
    }

    /** End (exclusive) of the run of capitalised words starting at {@code i}, or {@code i} if none. */
    static int runEnd(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size()) {
            Token token = tokens.get(end);
            if (token.capitalised() && !Lexicon.FUNCTION_WORDS.contains(token.lower())) {
                end++;
            } else if (end > i && isConnector(token) && end + 1 < tokens.size() && tokens.get(end + 1).capitalised()
                    && !tokens.get(end + 1).acronym()
                    && !Lexicon.FUNCTION_WORDS.contains(tokens.get(end + 1).lower())) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isConnector(Token token) {
        return switch (token.lower()) {
            case "de", "von", "van", "der", "den", "da", "di", "bin", "ben", "al", "el", "du", "la", "le", "of" -> true;
            default -> false;
        };
    }

    /** Skips the titles, nationalities and acronyms that open a run ("Russian Foreign Minister"). */
    static int firstNamePart(List<Token> tokens, int start, int end) {
        int first = start;
        if (start > 0 && end - start >= 3 && (tokens.get(start - 1).lower().equals("d'") || tokens.get(start - 1).lower().equals("l'"))) {
            // "du Quai d'Orsay Anne-Claire Legendre": a word after an elided article completes a
            // place or institution, it never opens a person's name.
            first++;
        }
        for (int k = end - 2; k > first; k--) {
            if (isTitle(tokens.get(k))) {
                // "Japanese Prime Minister Fumio Kishida": whatever precedes the last title word
                // belongs to the title, nationality included.
                first = k + 1;
                break;
            }
        }
        int places = 0;
        while (first + places < end && Lexicon.NOT_NAME_WORDS.contains(possessiveStripped(tokens.get(first + places).lower()))) {
            places++;
        }
        if (places > 0 && end - first - places >= 2) {
            // "Maison Blanche Jen Psaki": the institution before the name is not part of it.
            first += places;
        }
        while (first < end) {
            Token token = tokens.get(first);
            boolean place = end - first >= 3 && Lexicon.NOT_NAME_WORDS.contains(possessiveStripped(token.lower()))
                    && !Lexicon.NOT_NAME_WORDS.contains(tokens.get(first + 1).lower());
            if (token.acronym() || isTitle(token) || isConnector(token) || place
                    || token.lower().endsWith("'s") && end - first > 1) {
                first++;
            } else {
                break;
            }
        }
        return first;
    }

    /** A title word, or a role noun capitalised at the start of a sentence ("Генсек НАТО Йенс Столтенберг"). */
    private static boolean isTitle(Token token) {
        return Lexicon.TITLES.contains(token.lower()) || Lexicon.ROLE_NOUNS.contains(token.lower());
    }

    private static boolean isPersonName(List<Token> tokens, int first, int end) {
        if (end - first > 4) {
            return false;
        }
        String last = tokens.get(end - 1).lower();
        if (Lexicon.ROLE_NOUNS.contains(last) && !last.equals("general")) {
            // "Permanent Representative", "Deputy Minister": a name never ends with a title.
            return false;
        }
        for (int k = first; k < end; k++) {
            Token token = tokens.get(k);
            if (token.acronym() || Lexicon.NOT_NAME_WORDS.contains(possessiveStripped(token.lower()))
                    || Character.isDigit(token.text().charAt(0))) {
                return false;
            }
        }
        return tokens.get(first).capitalised() && tokens.get(end - 1).capitalised();
    }

    String span(List<Token> tokens, int first, int end) {
        return possessiveStripped(text.substring(tokens.get(first).start(), tokens.get(end - 1).end()));
    }

    static String possessiveStripped(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** The fullest form of {@code name}: its surname's longest known name, or itself. */
    String fullest(String name) {
        return fullestCache.computeIfAbsent(name, this::computeFullest);
    }

    private String computeFullest(String name) {
        int space = name.lastIndexOf(' ');
        String surname = space < 0 ? name : name.substring(space + 1);
        String known = fullestBySurname.getOrDefault(surnameKey(surname), name);
        return known.split(" ").length >= name.split(" ").length ? known : name;
    }

    boolean knownSurname(String word) {
        return fullestBySurname.containsKey(surnameKey(word));
    }

    /** The person last introduced with {@code roleNoun} before token {@code before}. */
    Optional<String> personForRole(String roleNoun, int before) {
        for (int i = roles.size() - 1; i >= 0; i--) {
            RoleMention role = roles.get(i);
            if (role.token() < before && role.role().equals(roleNoun)) {
                return Optional.of(role.person());
            }
        }
        return Optional.empty();
    }

    /** Every role noun or title the report sets beside {@code person}. */
    java.util.Set<String> rolesOf(String person) {
        return rolesByPerson.getOrDefault(person, java.util.Set.of());
    }

    /**
     * The person first introduced with {@code roleNoun} anywhere: a headline's "NATO chief" or
     * "le diplomate" names someone the body introduces only later.
     */
    Optional<String> personForRoleLater(String roleNoun) {
        for (RoleMention role : roles) {
            if (role.role().equals(roleNoun)) {
                return Optional.of(role.person());
            }
        }
        return Optional.empty();
    }

    List<Mention> mentions() {
        return mentions;
    }

    /**
     * A surname's comparison key: lower case, without accents, {@code y} read as {@code i} (the
     * French and English transliterations of Russian names differ there: Ryabkov, Riabkov), and
     * for Cyrillic without its case ending (Лаврова, Лаврову → лавров).
     */
    static String surnameKey(String surname) {
        if (isAsciiLetters(surname)) {
            return surname.toLowerCase(Locale.ROOT).replace('y', 'i');
        }
        String lower = possessiveStripped(surname).toLowerCase(Locale.ROOT);
        boolean cyrillic = !lower.isEmpty() && Character.UnicodeBlock.of(lower.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
        if (cyrillic) {
            lower = lower.replace('ё', 'е');
            for (String ending : RUSSIAN_ENDINGS) {
                if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) {
                    return lower.substring(0, lower.length() - ending.length());
                }
            }
            return lower;
        }
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return plain.replace('y', 'i');
    }

    /** ASCII letters only: no accents to strip and no Cyrillic ending to remove. */
    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Common feminine first names of public figures that do not end in -a. */
    private static final java.util.Set<String> FEMININE_FIRST_NAMES = Lexicon.words(
            "wendy", "liz", "elizabeth", "ursula", "kaja", "jen", "jennifer", "karine", "catherine", "nancy",
            "hillary", "madeleine", "marine", "valérie", "valerie", "anne", "anne-claire", "hélène", "helene",
            "christine", "nathalie", "sophie", "claire", "marie", "agnès", "ségolène", "linda", "julianne",
            "susan", "alice", "emily", "irina", "ella", "iryna", "olena", "sanna", "mette", "ingrid", "penny",
            "suella", "theresa", "priti", "jacinda", "beate", "annalena", "kristin", "caroline", "élisabeth",
            "elisabeth", "isabelle", "michèle", "michele", "florence", "laurence", "margaret", "victoria",
            "condoleezza", "samantha", "kamala", "karen", "sarah", "rachel", "ruth", "esther", "chrystia",
            "ivanna", "oksana", "tatiana", "svetlana", "lyudmila", "ludmila", "natalia", "nathalia", "yulia",
            "ioulia", "evelyn", "amy", "kate", "emmanuelle", "brigitte", "roselyne", "fabienne", "frédérique",
            "mary", "joan", "jill", "kristalina", "ngozi", "mariya", "maria", "bridget", "lisa");

    /** Whether a person's name looks feminine: a first name in -a or a known feminine one, or a Slavic feminine surname. */
    static boolean looksFeminine(String name) {
        String[] parts = name.split(" ");
        String first = parts[0].toLowerCase(Locale.ROOT);
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        return parts.length > 1 && (first.endsWith("a") || first.endsWith("а") || FEMININE_FIRST_NAMES.contains(first))
                || last.endsWith("ova") || last.endsWith("eva") || last.endsWith("ina") || last.endsWith("aya")
                || last.endsWith("ова") || last.endsWith("ева") || last.endsWith("ина") || last.endsWith("ая");
    }
}
