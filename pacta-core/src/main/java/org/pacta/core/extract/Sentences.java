package org.pacta.core.extract;

import java.util.Set;

/**
 * Sentence boundaries over a token stream in which quotations are single tokens, so a full stop
 * inside a quotation never ends the narrating sentence around it. A sentence ends at a paragraph
 * break, at {@code . ! ? …} followed by a capitalised word or a quotation (abbreviations and
 * initials excepted), and after a quotation that itself ends a sentence and is followed by a new
 * capitalised sentence ({@code “… plus forte.” Selon Riabkov, “…”}).
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "jr", "sr", "prof", "mme",
            "mlle", "no", "vs", "u.s", "u.k", "e.g", "i.e", "lt", "col", "capt", "adm", "cf", "p", "jan",
            "feb", "aug", "sept", "oct", "nov", "dec", "av", "bd", "art", "ст", "г", "гг", "т", "им");

    final int[] sentenceOf;
    final int[] starts;
    final int[] ends;

    private Sentences(int[] sentenceOf, int[] starts, int[] ends) {
        this.sentenceOf = sentenceOf;
        this.starts = starts;
        this.ends = ends;
    }

    static Sentences split(java.util.List<Token> tokens, String text, java.util.List<QuoteSpan> quotes) {
        int n = tokens.size();
        int[] sentenceOf = new int[n];
        int[] starts = new int[n + 1];
        int[] ends = new int[n + 1];
        int count = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            if (token.type() == Token.Type.BREAK) {
                if (i > start) {
                    starts[count] = start;
                    ends[count] = i;
                    count++;
                }
                sentenceOf[i] = Math.max(0, count - 1);
                start = i + 1;
                continue;
            }
            sentenceOf[i] = count;
            if (endsSentence(tokens, text, quotes, i) || endsDateline(tokens, start, i)) {
                starts[count] = start;
                ends[count] = i + 1;
                count++;
                start = i + 1;
            }
        }
        if (start < n) {
            starts[count] = start;
            ends[count] = n;
            count++;
        }
        return new Sentences(sentenceOf, java.util.Arrays.copyOf(starts, count), java.util.Arrays.copyOf(ends, count));
    }

    int start(int token) {
        return starts[sentenceOf[token]];
    }

    int end(int token) {
        return ends[sentenceOf[token]];
    }

    private static boolean endsSentence(java.util.List<Token> tokens, String text, java.util.List<QuoteSpan> quotes, int i) {
        Token token = tokens.get(i);
        boolean terminal;
        if (token.isQuote()) {
            QuoteSpan quote = quotes.get(token.quote());
            terminal = quote.end() > quote.start() && ".!?…".indexOf(text.charAt(quote.end() - 1)) >= 0;
        } else {
            terminal = token.type() == Token.Type.PUNCT && ".!?…".indexOf(token.text().charAt(0)) >= 0
                    && !(i > 0 && isAbbreviation(tokens.get(i - 1)));
        }
        if (!terminal || i + 1 >= tokens.size()) {
            return terminal;
        }
        Token next = tokens.get(i + 1);
        boolean resumedQuote = next.isQuote() && "—–―".indexOf(text.charAt(next.start())) >= 0;
        return next.capitalised() || next.isQuote() && !resumedQuote || next.type() == Token.Type.BREAK
                || next.isWord() && Character.isDigit(next.text().charAt(0));
    }

    /** How far into a paragraph a dateline may run: "MOSCOW/WASHINGTON, Feb 17 (Reuters) -". */
    private static final int DATELINE_REACH = 14;

    /**
     * The dash closing a wire dateline ("GENEVA, Jan 10 (Reuters) -", "Genève (AFP) -") ends a
     * sentence of its own, so that the city is never taken for the subject of what follows.
     */
    private static boolean endsDateline(java.util.List<Token> tokens, int start, int i) {
        Token token = tokens.get(i);
        if (i - start > DATELINE_REACH || i == start || !(token.isPunct('-') || token.isPunct('—') || token.isPunct('–'))) {
            return false;
        }
        if (!(start == 0 || tokens.get(start - 1).type() == Token.Type.BREAK)) {
            return false;
        }
        Token first = tokens.get(start);
        boolean capitalCity = first.isWord() && first.text().length() >= 3 && first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))
                && Character.isLetter(first.text().charAt(0));
        boolean agency = tokens.get(i - 1).isPunct(')');
        return capitalCity || agency;
    }

    private static boolean isAbbreviation(Token token) {
        if (!token.isWord()) {
            return false;
        }
        return token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0))
                || ABBREVIATIONS.contains(token.lower());
    }
}
