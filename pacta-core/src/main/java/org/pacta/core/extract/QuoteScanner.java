package org.pacta.core.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the outermost quotations of a report in one left-to-right pass with a stack of expected
 * closing marks, so nested quotations ({@code « … “ … ” … »}, {@code « … „ … “ … »},
 * {@code " … ‘ … ’ … "}) stay inside their outer unit, as the labelling rules want.
 *
 * <p>Two ambiguities are settled by the neighbouring characters rather than by the mark itself:
 * {@code ’} between two letters is an apostrophe ({@code it’s}, {@code l’OTAN}), never a closing
 * mark; a straight {@code "} or a {@code ‘} opens only after a non-letter, so {@code 12"} or a
 * misplaced apostrophe cannot open a quotation. A quotation still open at the end of a paragraph
 * continues into the next one when that paragraph reopens with a quotation mark (the French and
 * English convention for long quotations) or closes the quotation before opening any other;
 * otherwise the writer forgot to close it and it ends with its paragraph.
 */
final class QuoteScanner {

    /** How many paragraphs one quotation may run over before it is taken for an unclosed mark. */
    private static final int MAX_CONTINUATIONS = 6;

    private QuoteScanner() {
    }

    static List<QuoteSpan> scan(ReportText report) {
        String text = report.text();
        List<Paragraph> paragraphs = report.paragraphs();
        List<QuoteSpan> spans = new ArrayList<>();
        Deque<Character> expected = new ArrayDeque<>();
        int open = -1;
        int openParagraph = -1;
        char opener = 0;
        int continuations = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            int i = paragraph.start();
            if (open >= 0 && i < paragraph.end() && isOpeningMark(text.charAt(i))) {
                i++;
            }
            for (; i < paragraph.end(); i++) {
                char c = text.charAt(i);
                if (c < '«' && c != '"' && c != '\'' || c > '»' && c < '‘') {
                    // Letters, digits and ordinary punctuation: no quotation mark lives there.
                    continue;
                }
                if (expected.isEmpty()) {
                    char closer = closerOpenedAt(text, i, paragraph);
                    if (closer != 0) {
                        expected.push(closer);
                        open = i;
                        openParagraph = p;
                        opener = c;
                        continuations = 0;
                    }
                } else if (closes(text, i, expected.peek(), paragraph)) {
                    expected.pop();
                    if (expected.isEmpty()) {
                        add(spans, text, open, i, openParagraph, true);
                        open = -1;
                    }
                } else {
                    char closer = closerOpenedAt(text, i, paragraph);
                    if (closer != 0) {
                        expected.push(closer);
                    }
                }
            }
            if (open >= 0) {
                boolean continues = p + 1 < paragraphs.size()
                        && continuations < MAX_CONTINUATIONS
                        && continuesInto(text, paragraphs.get(p + 1), opener, expected.peekLast());
                if (continues) {
                    continuations++;
                    // Marks nested inside the quotation do not survive a paragraph break.
                    char outer = expected.peekLast();
                    expected.clear();
                    expected.push(outer);
                } else {
                    if (opener != '\'') {
                        // A straight single quote left open was an apostrophe after all ("the '90s").
                        add(spans, text, open, paragraph.end(), openParagraph, false);
                    }
                    expected.clear();
                    open = -1;
                }
            }
        }
        return spans;
    }

    private static void add(List<QuoteSpan> spans, String text, int open, int close, int paragraph, boolean closed) {
        int start = open + 1;
        int end = close;
        while (start < end && ReportText.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && ReportText.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && hasLetterOrDigit(text, start, end)) {
            spans.add(new QuoteSpan(open, close, start, end, paragraph, closed));
        }
    }

    /** A quotation of marks and spaces only is a typographic accident, not speech. */
    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesInto(String text, Paragraph next, char opener, char closer) {
        char first = text.charAt(next.start());
        if (isOpeningMark(first)) {
            return opener != '"' || first == '"';
        }
        if (opener == '"' || opener == '‘' || opener == '‚' || opener == '\'') {
            return false;
        }
        for (int i = next.start(); i < next.end(); i++) {
            char c = text.charAt(i);
            if (c == closer || closer == '“' && c == '”') {
                return true;
            }
            if (c == opener) {
                return false;
            }
        }
        return false;
    }

    private static boolean isOpeningMark(char c) {
        return c == '«' || c == '“' || c == '„' || c == '"' || c == '‘' || c == '‹';
    }

    /** The closing mark expected if a quotation opens at {@code i}, or 0 when none opens there. */
    private static char closerOpenedAt(String text, int i, Paragraph paragraph) {
        char c = text.charAt(i);
        return switch (c) {
            case '«' -> '»';
            case '‹' -> '›';
            case '“' -> '”';
            case '„' -> '“';
            case '‘' -> !letterOrDigitAt(text, i - 1, paragraph) && startsText(text, i + 1, paragraph) ? '’' : 0;
            case '‚' -> i > paragraph.start() && ReportText.isSpace(text.charAt(i - 1))
                    && letterOrDigitAt(text, i + 1, paragraph) ? '‘' : 0;
            case '"' -> !letterOrDigitAt(text, i - 1, paragraph) && startsText(text, i + 1, paragraph) ? '"' : 0;
            // A straight single quote opens only before a letter and after a space or a bracket,
            // never inside a word: "'no winners'" but not "Russia's" or "l'OTAN".
            case '\'' -> (i == paragraph.start() || " ([—–-\u00A0".indexOf(text.charAt(i - 1)) >= 0)
                    && letterOrDigitAt(text, i + 1, paragraph) ? '\'' : 0;
            // A lone ” after a space is a quotation written with the same mark on both sides.
            case '”' -> (i == paragraph.start() || ReportText.isSpace(text.charAt(i - 1)))
                    && letterOrDigitAt(text, i + 1, paragraph) ? '”' : 0;
            default -> 0;
        };
    }

    private static boolean closes(String text, int i, char expected, Paragraph paragraph) {
        char c = text.charAt(i);
        return switch (expected) {
            case '’' -> c == '’' && !(letterAt(text, i - 1, paragraph) && letterAt(text, i + 1, paragraph));
            case '\'' -> c == '\'' && !(letterAt(text, i - 1, paragraph) && letterAt(text, i + 1, paragraph))
                    && i > paragraph.start() && !ReportText.isSpace(text.charAt(i - 1));
            case '‘' -> c == '‘' || c == '’' && !(letterAt(text, i - 1, paragraph) && letterAt(text, i + 1, paragraph));
            case '“' -> c == '“' || c == '”';
            default -> c == expected;
        };
    }

    private static boolean letterOrDigitAt(String text, int i, Paragraph paragraph) {
        return i >= paragraph.start() && i < paragraph.end() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean letterAt(String text, int i, Paragraph paragraph) {
        return i >= paragraph.start() && i < paragraph.end() && Character.isLetter(text.charAt(i));
    }

    private static boolean startsText(String text, int i, Paragraph paragraph) {
        return i < paragraph.end() && !ReportText.isSpace(text.charAt(i));
    }
}
