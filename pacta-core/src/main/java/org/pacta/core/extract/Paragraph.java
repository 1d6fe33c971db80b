package org.pacta.core.extract;

/**
 * One paragraph of a report: its 0-based position and the half-open character range
 * {@code [start, end)} it covers in the report text, surrounding whitespace excluded.
 */
public record Paragraph(int index, int start, int end) {

    public Paragraph {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "paragraph needs 0 <= index and 0 <= start <= end, was " + index + ", " + start + ", " + end);
        }
    }

    /** Whether character offset {@code offset} lies inside this paragraph. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
