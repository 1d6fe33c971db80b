package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report split into paragraphs without copying it: offsets always refer to {@link #text()} as
 * given, so a quotation found later can be cut out of the caller's own string.
 *
 * <p>The plain-text form is the one of the development set: an optional first line
 * {@code " date YYYY-MM[-DD]"} whose remainder may already hold the first paragraph, then
 * paragraphs separated by blank lines.
 */
public record ReportText(String text, Optional<String> date, List<Paragraph> paragraphs) {

    private static final Pattern DATE_LINE =
            Pattern.compile("\\A[ \\t\\uFEFF]*date[ \\t]+(\\d{4}-\\d{2}(?:-\\d{2})?)\\b[ \\t]*");

    public ReportText {
        requireNonNull(text, "text is null");
        requireNonNull(date, "date is null");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads the plain-text form: date line first when present, then blank-line separated paragraphs. */
    public static ReportText parse(String text) {
        requireNonNull(text, "text is null");
        Matcher matcher = DATE_LINE.matcher(text);
        Optional<String> date = Optional.empty();
        int bodyStart = 0;
        if (matcher.lookingAt()) {
            date = Optional.of(matcher.group(1));
            bodyStart = matcher.end();
        }
        return of(text, date, bodyStart);
    }

    /** Splits {@code text} from {@code bodyStart} on blank lines, with a date found elsewhere. */
    static ReportText of(String text, Optional<String> date, int bodyStart) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int length = text.length();
        int lineStart = bodyStart;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int contentStart = lineStart;
            int contentEnd = lineEnd;
            while (contentStart < contentEnd && isSpace(text.charAt(contentStart))) {
                contentStart++;
            }
            while (contentEnd > contentStart && isSpace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentStart == contentEnd) {
                if (paragraphStart >= 0) {
                    paragraphs.add(new Paragraph(paragraphs.size(), paragraphStart, paragraphEnd));
                    paragraphStart = -1;
                }
            } else {
                if (paragraphStart < 0) {
                    paragraphStart = contentStart;
                }
                paragraphEnd = contentEnd;
            }
            lineStart = lineEnd + 1;
        }
        if (paragraphStart >= 0) {
            paragraphs.add(new Paragraph(paragraphs.size(), paragraphStart, paragraphEnd));
        }
        return new ReportText(text, date, paragraphs);
    }

    /** The paragraph holding character {@code offset}, or the last one starting before it. */
    public int paragraphAt(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        int found = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (paragraphs.get(middle).start() <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\u202F'
                || c == '\u2009' || c == '\u2007' || c == '\uFEFF' || c == '\u200B';
    }
}
