package org.pacta.core.extract;

/**
 * Where one outermost quotation sits: {@code open} is the offset of its opening mark,
 * {@code close} that of its closing mark (or the end of its last paragraph when the writer never
 * closed it), and {@code [start, end)} the quoted text with surrounding white space trimmed. When
 * {@link AuthorInsertions} splits a quotation, the dashes around the narrator's words play the
 * part of the missing marks.
 * {@code paragraph} is the paragraph holding the opening mark.
 */
record QuoteSpan(int open, int close, int start, int end, int paragraph, boolean closed) {

    QuoteSpan {
        if (open >= start || start > end || end > close) {
            throw new IllegalArgumentException("quote span must satisfy open < start <= end <= close");
        }
    }

    boolean spansParagraphs(ReportText report) {
        return report.paragraphAt(close) != paragraph;
    }
}
