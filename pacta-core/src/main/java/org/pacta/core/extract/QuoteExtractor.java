package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds every direct quotation in a press report with its speaker and reporting phrase. The
 * pipeline is linear in the length of the report and free of backtracking regular expressions:
 * quotation marks are matched in one pass ({@link QuoteScanner}), the rest of the text is cut into
 * tokens and sentences with each quotation collapsed to one token ({@link Tokenizer},
 * {@link Sentences}), the people the report names are indexed ({@link NameIndex}), and each
 * quotation is attributed by the rules of {@link Attributor}.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class QuoteExtractor {

    /** Quotations this short are names or titles when a naming word precedes them. */
    private static final int NAME_LIKE_MAX_WORDS = 6;

    /** Reads {@code input} as HTML when it looks like markup, as the plain-text report form otherwise. */
    public ExtractedReport extract(String input) {
        requireNonNull(input, "input is null");
        return HtmlText.looksLikeHtml(input) ? extractHtml(input) : extractPlain(input);
    }

    /** Reads the plain-text report form; offsets refer to {@code text} itself. */
    public ExtractedReport extractPlain(String text) {
        return extract(ReportText.parse(requireNonNull(text, "text is null")));
    }

    /** Reads an HTML page; offsets refer to {@link ExtractedReport#text()}, the page's visible text. */
    public ExtractedReport extractHtml(String html) {
        HtmlText.Document document = HtmlText.read(requireNonNull(html, "html is null"));
        ReportText parsed = ReportText.parse(document.text());
        Optional<String> date = parsed.date().isPresent() ? parsed.date() : document.date();
        return extract(new ReportText(parsed.text(), date, parsed.paragraphs()));
    }

    private ExtractedReport extract(ReportText report) {
        Language language = LanguageDetector.detect(report.text());
        List<QuoteSpan> quotes = AuthorInsertions.split(report.text(), QuoteScanner.scan(report), language);
        List<Token> tokens = Tokenizer.tokenize(report, quotes);
        Sentences sentences = Sentences.split(tokens, report.text(), quotes);
        NameIndex names = NameIndex.build(report, tokens, sentences.sentenceOf, quotes);
        Phrases phrases = new Phrases(tokens, language);
        Speakers speakers = new Speakers(names, sentences);
        NounPhrases nounPhrases = new NounPhrases(phrases, names, speakers, report.text());
        Attributor attributor = new Attributor(report, tokens, quotes, sentences, phrases, speakers, nounPhrases, language);

        boolean titleCaseHeadline = NameIndex.titleCaseHeadline(tokens);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isQuote() && isSpeech(tokens, i, quotes, report, titleCaseHeadline)) {
                kept.add(i);
            }
        }
        List<Attributor.Attribution> attributions = attributor.attributeAll(kept);
        List<Quotation> quotations = new ArrayList<>(kept.size());
        for (int n = 0; n < kept.size(); n++) {
            QuoteSpan span = quotes.get(tokens.get(kept.get(n)).quote());
            Attributor.Attribution attribution = attributions.get(n);
            if (!attribution.speech()) {
                continue;
            }
            for (int[] part : paragraphParts(report, span)) {
                quotations.add(new Quotation(report.text().substring(part[0], part[1]),
                        attribution.speaker().map(Speaker::name), attribution.verb(), part[2], part[0], part[1]));
            }
        }
        return new ExtractedReport(report.date(), language, report.text(), quotations);
    }

    /**
     * The pieces of a quotation as {@code {start, end, paragraph}}, one per paragraph it runs over:
     * a long quotation left open at a paragraph's end and reopened in the next is, on the page,
     * one quotation per paragraph, each between its own marks, all with the same speaker.
     */
    private static List<int[]> paragraphParts(ReportText report, QuoteSpan span) {
        int last = report.paragraphAt(span.end() - 1);
        if (last == span.paragraph()) {
            return List.of(new int[] {span.start(), span.end(), span.paragraph()});
        }
        String text = report.text();
        List<int[]> parts = new ArrayList<>();
        for (int p = span.paragraph(); p <= last; p++) {
            Paragraph paragraph = report.paragraphs().get(p);
            int start = p == span.paragraph() ? span.start() : paragraph.start();
            int end = p == last ? span.end() : paragraph.end();
            if (p != span.paragraph() && start < end && "«“„\"‘‹".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (start < end && ReportText.isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && ReportText.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                parts.add(new int[] {start, end, p});
            }
        }
        return parts;
    }

    /**
     * Whether the quotation at token {@code i} is speech rather than a name or title: a short
     * quotation right after a naming word ("l'opération «…»", "the so-called “…”", "газета «…»")
     * or made only of capitalised words outside a heading ("le gazoduc «Nord Stream»") names
     * something.
     */
    private static boolean isSpeech(List<Token> tokens, int i, List<QuoteSpan> quotes, ReportText report,
                                    boolean titleCaseHeadline) {
        QuoteSpan span = quotes.get(tokens.get(i).quote());
        String quote = report.text().substring(span.start(), span.end());
        if (wordCount(quote) > NAME_LIKE_MAX_WORDS) {
            return true;
        }
        String[] words = quote.split(" ");
        if (namingCueBefore(tokens, i) || words.length <= 4 && namingCueAfter(tokens, i)) {
            return false;
        }
        boolean nounOfPlace = words.length == 3 && Character.isLowerCase(words[0].charAt(0))
                && NAME_LINKS.contains(words[1].toLowerCase(java.util.Locale.ROOT)) && Character.isUpperCase(words[2].charAt(0))
                && ".!?…,".indexOf(quote.charAt(quote.length() - 1)) < 0;
        boolean elidedArticle = i > 1 && (tokens.get(i - 1).isPunct('\'') || tokens.get(i - 1).isPunct('’'))
                && tokens.get(i - 2).isWord() && (tokens.get(i - 2).lower().equals("l") || tokens.get(i - 2).lower().equals("d"));
        if (nounOfPlace && i > 0 && (elidedArticle || tokens.get(i - 1).isWord() && ARTICLES_AND_LINKS.contains(tokens.get(i - 1).lower()))) {
            // "le « triangle de Weimar »", "l'« esprit de Genève »": a named format or spirit, not words spoken.
            return false;
        }
        if (words.length >= 2 && words.length <= 4 && Lexicon.isNamingCue(words[0].toLowerCase(java.util.Locale.ROOT))
                && Character.isUpperCase(words[1].charAt(0))) {
            // « format Normandie », « opération Barkhane »: a name carrying its own naming word.
            return false;
        }
        if (words.length == 1 && Character.isLowerCase(quote.charAt(0)) && conceptWord(quote) && conceptComplement(tokens, i)) {
            // "l'idée d'une « finlandisation »", "Quant à une « neutralité »": a term under discussion.
            return false;
        }
        if (titleLike(quote, tokens, i) && !headingLike(report, span.paragraph())) {
            // "dans « L'Invité de 7h50 »", "with the “Journal du Dimanche”", "le « Partenariat pour
            // la paix »": a capitalised phrase used as a noun inside a sentence is a title or a name.
            return false;
        }
        if (words.length == 1 && allCapitalised(words) && midSentence(tokens, i) && ".!?…".indexOf(quote.charAt(quote.length() - 1)) < 0
                && !(span.paragraph() == 0 && titleCaseHeadline)) {
            // (In a Title Case headline, "Kremlin Calls Move ‘Destructive’", a capitalised quoted word is still speech.)
            // "сообщил «Интерфаксу»", "selon «Kommersant»": one capitalised word inside a sentence names something.
            return false;
        }
        if (words.length >= 2 && words.length == wordCount(quote) && allCapitalised(words) && !headingLike(report, span.paragraph())) {
            return false;
        }
        return true;
    }

    /** Words that may stand between a naming word and the name: "la politique de la «porte ouverte»". */
    private static final java.util.Set<String> NAME_LINKS = Lexicon.words(
            "de", "d'", "du", "des", "la", "le", "l'", "les", "of", "the", "a", "an", "dite", "dit", "so-called");
    /** Words after which a capitalised phrase is used as a noun: articles and prepositions. */
    private static final java.util.Set<String> NOUN_POSITION = Lexicon.words(
            "le", "la", "les", "l'", "un", "une", "du", "des", "de", "d'", "dans", "au", "aux", "à", "sur", "par", "pour",
            "the", "a", "an", "in", "on", "of", "with", "by", "from", "for", "into", "about");

    /** A naming word right before the quotation, or a few linking words before it ("la logique de “dissuasion”"). */
    private static boolean namingCueBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4) && tokens.get(k).isWord(); k--) {
            String lower = tokens.get(k).lower();
            if (Lexicon.isNamingCue(lower)) {
                // "what he called “a policy of pressure”" reports his words; "the so-called “…”" names.
                boolean spokenBySomeone = k > 0 && tokens.get(k - 1).isWord() && Lexicon.isPronoun(tokens.get(k - 1).lower());
                return !spokenBySomeone;
            }
            if (!NAME_LINKS.contains(lower)) {
                return false;
            }
        }
        return false;
    }

    /** Words after which a short quotation names a policy or a format: "NATO's “open door” policy". */
    private static final java.util.Set<String> NAMING_NOUNS_AFTER = Lexicon.words(
            "policy", "principle", "doctrine", "format", "strategy", "concept", "politique", "principe", "stratégie",
            "doctrine", "initiative", "formula", "formule", "programme", "program", "plan", "deal");
    private static final java.util.Set<String> ARTICLES = Lexicon.words("un", "une", "la", "le", "l'", "the", "a", "an");
    private static final java.util.Set<String> ARTICLES_AND_LINKS = Lexicon.words(
            "un", "une", "la", "le", "l'", "the", "du", "de", "d'", "des", "au", "aux");
    private static final java.util.Set<String> COMPLEMENT_LINKS = Lexicon.words("de", "d'", "à", "of", "about");

    private static boolean namingCueAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isWord() && NAMING_NOUNS_AFTER.contains(tokens.get(i + 1).lower());
    }

    /** A noun naming a concept or process: "finlandisation", "neutralité", "militarism". */
    private static boolean conceptWord(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("isation") || lower.endsWith("ization") || lower.endsWith("isme") || lower.endsWith("ism")
                || lower.endsWith("ité") || lower.endsWith("ity");
    }

    private static boolean conceptComplement(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).isWord() && ARTICLES.contains(tokens.get(i - 1).lower())
                && tokens.get(i - 2).isWord() && COMPLEMENT_LINKS.contains(tokens.get(i - 2).lower());
    }

    /** A short capitalised phrase without final punctuation right after an article or a preposition. */
    private static boolean titleLike(String quote, List<Token> tokens, int i) {
        if (quote.isEmpty() || !Character.isUpperCase(quote.charAt(0)) || wordCount(quote) > 12
                || ".!?…,;:".indexOf(quote.charAt(quote.length() - 1)) >= 0) {
            return false;
        }
        boolean possessor = i > 0 && tokens.get(i - 1).capitalised()
                && (tokens.get(i - 1).lower().endsWith("'s") || tokens.get(i - 1).lower().endsWith("’s"));
        // "appeared on CBS’s “Face the Nation”": a title owned by a channel or paper.
        return i > 0 && tokens.get(i - 1).isWord() && (NOUN_POSITION.contains(tokens.get(i - 1).lower()) || possessor)
                && (i + 1 >= tokens.size() || !tokens.get(i + 1).isPunct(':'));
    }

    /** Whether the token before {@code i} is an ordinary word, so the quotation sits inside a sentence. */
    private static boolean midSentence(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isWord();
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = ReportText.isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean allCapitalised(String[] words) {
        for (String word : words) {
            if (word.isEmpty()) {
                return false;
            }
            char first = word.charAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph without final punctuation: a title or subheading, where Title Case is normal. */
    private static boolean headingLike(ReportText report, int paragraphIndex) {
        Paragraph paragraph = report.paragraphs().get(paragraphIndex);
        String text = report.text();
        int end = paragraph.end();
        while (end > paragraph.start() && "»”“\"’›) ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == paragraph.start() || ".!?…".indexOf(text.charAt(end - 1)) < 0;
    }
}
