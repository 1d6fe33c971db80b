package org.pacta.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a report into {@link Token}s in one pass, jumping over each quotation as a single token.
 * Paragraph boundaries become {@link Token.Type#BREAK} tokens except inside a quotation that runs
 * over several paragraphs, so the words after such a quotation stay in its sentence.
 */
final class Tokenizer {

    /** French elided words: {@code l'OTAN} is two tokens, {@code l'} and {@code OTAN}. */
    private static final Set<String> ELISIONS =
            Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "presqu");

    private Tokenizer() {
    }

    static List<Token> tokenize(ReportText report, List<QuoteSpan> quotes) {
        String text = report.text();
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int nextQuote = 0;
        int resumeAt = 0;
        for (Paragraph paragraph : report.paragraphs()) {
            if (paragraph.end() <= resumeAt) {
                continue;
            }
            if (!tokens.isEmpty() && paragraph.start() >= resumeAt) {
                tokens.add(new Token(paragraph.start(), paragraph.start(), "", "", Token.Type.BREAK, -1));
            }
            int i = Math.max(paragraph.start(), resumeAt);
            int end = paragraph.end();
            while (i < end) {
                char c = text.charAt(i);
                if (nextQuote < quotes.size() && quotes.get(nextQuote).open() == i) {
                    QuoteSpan quote = quotes.get(nextQuote);
                    int after = quote.closed() ? quote.close() + 1 : quote.close();
                    tokens.add(new Token(i, after, text.substring(i, after), "", Token.Type.QUOTE, nextQuote));
                    nextQuote++;
                    if (after > end) {
                        resumeAt = after;
                        break;
                    }
                    i = after;
                } else if (ReportText.isSpace(c)) {
                    i++;
                } else if (Character.isLetterOrDigit(c)) {
                    i = word(text, i, end, tokens);
                } else {
                    String mark = String.valueOf(c);
                    tokens.add(new Token(i, i + 1, mark, mark, Token.Type.PUNCT, -1));
                    i++;
                }
            }
        }
        return tokens;
    }

    /**
     * The words of {@code text[start, end)}, but only capitalised words and name particles keep their text; every
     * other word or mark becomes one shared separator token. Enough to find names inside
     * quotations, at a fraction of the allocation.
     */
    static List<Token> capitalisedWords(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (ReportText.isSpace(c)) {
                i++;
            } else if (Character.isUpperCase(c) || c == 'd' || c == 'v' || c == 'l') {
                int before = tokens.size();
                i = word(text, i, end, tokens);
                for (int t = tokens.size() - 1; t >= before; t--) {
                    Token token = tokens.get(t);
                    if (!token.capitalised() && !PARTICLES.contains(token.lower())) {
                        tokens.set(t, SEPARATOR);
                    }
                }
            } else if (Character.isLetterOrDigit(c)) {
                while (i < end && !ReportText.isSpace(text.charAt(i))) {
                    i++;
                }
                tokens.add(SEPARATOR);
            } else {
                tokens.add(SEPARATOR);
                i++;
            }
        }
        return tokens;
    }

    private static final Token SEPARATOR = new Token(0, 0, "·", "·", Token.Type.PUNCT, -1);
    private static final Set<String> PARTICLES = Set.of("de", "von", "van", "der", "den", "da", "di", "du", "la", "le");

    /** Reads one word from {@code start}, keeping inner hyphens, dots of abbreviations and apostrophes. */
    private static int word(String text, int start, int end, List<Token> tokens) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\u0301') {
                i++;
                continue;
            }
            boolean inner = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
            if (inner && (c == '-' || c == '‑')) {
                i++;
            } else if (inner && c == '.' && Character.isLetter(text.charAt(i + 1)) && i - start <= 2) {
                if (Character.isUpperCase(text.charAt(i + 1)) && Character.isLowerCase(nextOrSpace(text, i + 2, end))
                        && Lexicon.HONORIFICS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    // "M.Riabkov" written without a space: the honorific, its full stop, then the name.
                    add(text, start, i, tokens);
                    tokens.add(new Token(i, i + 1, ".", ".", Token.Type.PUNCT, -1));
                    return i + 1;
                }
                i++;
            } else if (inner && (c == '\'' || c == '’') && Character.isLetter(text.charAt(i + 1))) {
                String before = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (ELISIONS.contains(before)) {
                    add(text, start, i + 1, tokens);
                    return i + 1;
                }
                i++;
            } else {
                break;
            }
        }
        add(text, start, i, tokens);
        return i;
    }

    private static char nextOrSpace(String text, int i, int end) {
        return i < end ? text.charAt(i) : ' ';
    }

    private static void add(String text, int start, int end, List<Token> tokens) {
        String word = text.substring(start, end);
        tokens.add(new Token(start, end, word, word.toLowerCase(Locale.ROOT).replace('’', '\''), Token.Type.WORD, -1));
    }
}
