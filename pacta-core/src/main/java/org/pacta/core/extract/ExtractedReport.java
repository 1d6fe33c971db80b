package org.pacta.core.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What the extractor found in one report.
 *
 * @param date       the report's date as given ({@code YYYY-MM} or {@code YYYY-MM-DD}), if any
 * @param language   the detected language
 * @param text       the text all offsets refer to: the input itself for plain text, the extracted
 *                   visible text for HTML
 * @param quotations the quotations in document order
 */
public record ExtractedReport(Optional<String> date, Language language, String text, List<Quotation> quotations) {

    public ExtractedReport {
        requireNonNull(date, "date is null");
        requireNonNull(language, "language is null");
        requireNonNull(text, "text is null");
        quotations = List.copyOf(quotations);
    }
}
